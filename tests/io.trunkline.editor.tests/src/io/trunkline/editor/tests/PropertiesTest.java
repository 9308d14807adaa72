package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.properties.TopologyPropertySourceProvider;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;

/** The Properties view's editors: numbers checked as typed, enumerations as combos, sizing read-only. */
class PropertiesTest {

	@Test
	void numbersAreCheckedEnumsAreCombosAndSizingIsReadOnly() throws Exception {
		var resources = TopologyFiles.newResourceSet();
		Topology topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, resources);
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
		new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resources);
		TopologyPropertySourceProvider provider = new TopologyPropertySourceProvider(factory, () -> io.trunkline.planning.TopologySizer.size(topology));
		Shell shell = new Shell(Bench.display());
		try {
			TrunkPeer gateway = topology.getCentralSites().get(0).getTrunkPeers().get(0);
			IPropertySource peer = provider.getPropertySource(gateway);
			CellEditor ports = descriptor(peer, "Pstn Ports").createPropertyEditor(shell);
			assertNotNull(ports.getValidator());
			assertNotNull(ports.getValidator().isValid("abc"), "'abc' ports is refused");
			assertNotNull(ports.getValidator().isValid("-5"), "negative ports are refused");
			assertNull(ports.getValidator().isValid("24"));
			assertTrue(descriptor(peer, "Kind").createPropertyEditor(shell) instanceof ComboBoxCellEditor, "an enumeration is a combo");

			Site site = topology.getCentralSites().get(0);
			IPropertySource siteSource = provider.getPropertySource(site);
			IPropertyDescriptor erlang = descriptor(siteSource, "Ports needed (Erlang B)");
			assertNull(erlang.createPropertyEditor(shell), "computed figures cannot be edited");
			assertEquals("Sizing (computed)", erlang.getCategory());
			assertTrue((Integer) siteSource.getPropertyValue(erlang.getId()) > 0);
		} finally {
			shell.dispose();
		}
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (descriptor.getDisplayName().equals(name)) {
				return descriptor;
			}
		}
		throw new AssertionError("no property " + name);
	}
}
