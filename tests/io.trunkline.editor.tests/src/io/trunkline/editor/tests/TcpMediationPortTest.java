package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.properties.TopologyPropertySourceProvider;
import io.trunkline.editor.validation.QuickFix;
import io.trunkline.editor.validation.QuickFixes;
import io.trunkline.model.Topology;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.planning.TopologySizer;
import io.trunkline.validation.Validation;

/**
 * Switching a trunk to TCP moves its Mediation port to the pool's TCP port, 5068 by default [DMS], instead of
 * keeping the TLS port 5067 and raising TL-GW-15 (issue 15, defect 6).
 */
class TcpMediationPortTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory();
	private final AdapterFactoryEditingDomain domain;
	private final Topology topology;

	TcpMediationPortTest() throws Exception {
		var resources = TopologyFiles.newResourceSet();
		topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, resources);
		factory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resources);
		// as the editor does, so that a property edit finds its command stack
		resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
	}

	private Trunk tlsTrunkOnPort5067() {
		return topology.getTrunks().stream().filter(t -> t.getTransport() == Transport.TLS && t.getMediationPort() == 5067
				&& t.getMediationPool() != null && t.getMediationPool().getTcpPortFirst() == 5068).findFirst()
				.orElseThrow(() -> new AssertionError("the example has a TLS trunk on 5067 to a pool with the default TCP port"));
	}

	private boolean hasPortFinding(Trunk trunk) {
		return Validation.validate(topology).findings().stream().anyMatch(f -> f.rule().id().equals("TL-GW-15") && f.target() == trunk);
	}

	@Test
	void choosingTcpInThePropertiesMovesTheMediationPortInOneUndoableCommand() {
		Trunk trunk = tlsTrunkOnPort5067();
		trunk.getMediationPool().setTcpEnabled(true);
		IPropertySource source = new TopologyPropertySourceProvider(factory, () -> TopologySizer.size(topology)).getPropertySource(trunk);
		source.setPropertyValue(descriptor(source, "Transport").getId(), Transport.TCP);
		assertEquals(Transport.TCP, trunk.getTransport());
		assertEquals(5068, trunk.getMediationPort(), "the pool's first TCP port, 5068 by default [DMS]");
		assertFalse(hasPortFinding(trunk));
		domain.getCommandStack().undo();
		assertEquals(Transport.TLS, trunk.getTransport(), "one Undo takes back the transport");
		assertEquals(5067, trunk.getMediationPort(), "and the port with it");
	}

	@Test
	void theQuickFixForAPortOutsideTheTcpRangeMovesItInside() {
		Trunk trunk = tlsTrunkOnPort5067();
		trunk.setTransport(Transport.TCP);
		assertTrue(hasPortFinding(trunk), "TCP on 5067 is outside the pool's TCP range 5068-5068");
		List<QuickFix> fixes = QuickFixes.forFinding("TL-GW-15", trunk, domain);
		QuickFix fix = fixes.stream().filter(f -> f.label().startsWith("Use Mediation port 5068")).findFirst()
				.orElseThrow(() -> new AssertionError("fixes offered: " + fixes));
		domain.getCommandStack().execute(fix.command());
		assertEquals(5068, trunk.getMediationPort());
		assertFalse(hasPortFinding(trunk));
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
