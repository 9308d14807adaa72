package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.properties.TopologyPropertySourceProvider;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.planning.TopologySizer;

/** The Properties view's sizing explains each figure with its formula, numbers and source (issue 15, defect 5). */
class SizingPropertiesTest {

	private final Topology topology;
	private final TopologyPropertySourceProvider provider;

	SizingPropertiesTest() throws Exception {
		topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
		provider = new TopologyPropertySourceProvider(factory, () -> TopologySizer.size(topology));
	}

	private CentralSite site(String name) {
		return topology.getCentralSites().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void aSitesErlangBRowExplainsItselfWithTheNumbersFilledIn() {
		IPropertySource source = provider.getPropertySource(site("New York"));
		// New York: 2,000 moderate users x 2 calls x 180 s / 3,600 s = 200 E; 221 ports at 1 % (size --explain).
		assertEquals(221, source.getPropertyValue(descriptor(source, "Ports needed (Erlang B)").getId()));
		String why = descriptor(source, "Ports needed (Erlang B)").getDescription();
		assertTrue(why.contains("B(N, 200.00 E) <= 1.00 % is N = 221") && why.contains("[ErlangB"), why);
		String traffic = descriptor(source, "Offered traffic (erlangs)").getDescription();
		assertTrue(traffic.contains("2,000 users x 2 calls in the busy hour x 180 s / 3,600 s = 200.00 E"), traffic);
	}

	@Test
	void aMediationPoolShowsItsPeakCallsAgainstItsCapacity() {
		MediationPool pool = site("New York").getMediationPools().get(0);
		IPropertySource source = provider.getPropertySource(pool);
		// New York's stand-alone pool: 2 servers x 1,100 calls (hyper-threading off) = 2,200 [UMU]
		assertEquals(2_200, source.getPropertyValue(descriptor(source, "Capacity (calls)").getId()));
		String why = descriptor(source, "Peak concurrent non-bypass calls").getDescription();
		assertTrue(why.contains("Peak concurrent non-bypass calls [DS, ErlangB") && why.contains("within capacity"), why);
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
