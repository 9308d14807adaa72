package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.diagram.Cascade;
import io.trunkline.editor.diagram.LayoutStore;
import io.trunkline.editor.diagram.TopologyDiagrams;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.planning.TopologySizer;

/** The topology-to-diagram mapping, the layout file and the delete cascade, without the workbench. */
class DiagramMappingTest {

	private static Topology example() throws Exception {
		return Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
	}

	/**
	 * The expected counts are read from the example file itself (multi-site-enterprise.topology):
	 * 2 central sites with 2 branch sites each; what each site holds is counted from the model's
	 * containment, not from the mapping under test.
	 */
	@Test
	void overviewHasEverySiteAsAContainerWithItsElementsAndTheWanLinksAndTrunks() throws Exception {
		Topology topology = example();
		Diagram diagram = new Diagram();
		TopologyDiagrams.build(diagram, topology, null, new LayoutStore(), Map.of(), TopologySizer.size(topology));
		List<Site> sites = new java.util.ArrayList<>();
		for (CentralSite central : topology.getCentralSites()) {
			sites.add(central);
			sites.addAll(central.getBranchSites());
		}
		assertEquals(6, sites.size(), "London and New York with two branches each");
		assertEquals(6, diagram.roots().size());
		for (Site site : sites) {
			DiagramContainer container = (DiagramContainer) diagram.node(site.getId());
			long held = site.eContents().stream().filter(e -> !(e instanceof Site || e instanceof io.trunkline.model.PbxLink
					|| e instanceof io.trunkline.model.PstnLink)).count();
			assertEquals(held, container.children().size(), site.getName());
			assertTrue(container.badges().get(0).endsWith(" users"), container.badges().toString());
		}
		assertEquals(topology.getWanLinks().size() + topology.getTrunks().size(), diagram.edges().size());
	}

	@Test
	void pinnedElementsArePinnedOnTheDiagram() throws Exception {
		Topology topology = example();
		Site site = SiteQueries.sites(topology).get(0);
		LayoutStore store = new LayoutStore();
		store.setPinned(TopologyDiagrams.OVERVIEW, site.getId(), true);
		Diagram diagram = new Diagram();
		TopologyDiagrams.build(diagram, topology, null, store, Map.of(), TopologySizer.size(topology));
		assertTrue(diagram.node(site.getId()).isPinned());
		assertFalse(diagram.node(SiteQueries.sites(topology).get(1).getId()).isPinned());
	}

	@Test
	void sitePlanShowsThePstnAndTheOtherSitesItsTrunksReach() throws Exception {
		Topology topology = example();
		BranchSite branch = topology.getCentralSites().stream().flatMap(c -> c.getBranchSites().stream())
				.filter(b -> !b.getSurvivableBranches().isEmpty()).findFirst().orElseThrow();
		Diagram diagram = new Diagram();
		TopologyDiagrams.build(diagram, topology, branch, new LayoutStore(), Map.of(), TopologySizer.size(topology));
		assertTrue(diagram.node(TopologyDiagrams.PSTN_PREFIX + branch.getId()) != null, "the PSTN is drawn");
		for (TrunkPeer peer : branch.getTrunkPeers()) {
			for (Trunk trunk : peer.getTrunks()) {
				assertTrue(diagram.node(trunk.getMediationPool().getId()) != null, "the far end of " + trunk.getName() + " is shown");
				assertTrue(diagram.edge(trunk.getId()) != null);
			}
		}
		assertNull(diagram.node(branch.getId()), "the site itself is the canvas, not a box on it");
	}

	@Test
	void layoutFileRoundTripsSortedAndSkipsWhatItCannotRead() throws Exception {
		Path file = Files.createTempDirectory("layout").resolve("t.topology.layout");
		Files.writeString(file, "# comment\noverview b 10 20 30 40\noverview a 1 2 3 4\nsite-1 e1 bend 5,6 7,8\noverview a pinned\noverview c x y 1 1\noverview d 1 2 0 4\n",
				StandardCharsets.UTF_8);
		LayoutStore store = LayoutStore.load(file);
		assertEquals(2, store.problems().size(), store.problems().toString());
		assertTrue(store.problems().get(0).contains("line 6"), store.problems().get(0));
		assertTrue(store.isPinned("overview", "a"));
		assertEquals(new Rectangle(1, 2, 3, 4), store.bounds("overview", "a"));
		assertEquals(List.of(new Point(5, 6), new Point(7, 8)), store.bendpoints("site-1", "e1"));
		Files.write(file, store.toBytes(Set.of("a", "b", "site-1", "e1")));
		List<String> lines = Files.readAllLines(file);
		assertEquals(List.of("overview a 1 2 3 4", "overview b 10 20 30 40", "site-1 e1 bend 5,6 7,8", "overview a pinned"),
				lines.subList(1, lines.size()),
				"sorted, one line per entry, unreadable lines not written back");
		assertFalse(new String(store.toBytes(Set.of("a", "site-1", "e1")), StandardCharsets.UTF_8).contains("overview b"),
				"entries of deleted elements are dropped");
	}

	@Test
	void deletingAGatewayTakesItsTrunksAndLinksAlong() throws Exception {
		Topology topology = example();
		TrunkPeer gateway = topology.getCentralSites().get(0).getTrunkPeers().stream().filter(p -> !p.getTrunks().isEmpty()).findFirst()
				.orElseThrow();
		Set<EObject> doomed = Cascade.of(List.of(gateway), topology);
		Set<EObject> expected = new java.util.LinkedHashSet<>(gateway.getTrunks());
		expected.add(gateway);
		for (var it = topology.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof io.trunkline.model.PbxLink link && link.getGateway() == gateway
					|| next instanceof io.trunkline.model.PstnLink line && line.getGateway() == gateway) {
				expected.add(next);
			}
		}
		assertEquals(ids(expected), ids(doomed));
		CentralSite central = topology.getCentralSites().get(0);
		assertTrue(Cascade.of(List.of(central), topology).containsAll(central.getBranchSites()), "a site takes its branches along");
	}

	private static Set<String> ids(Set<EObject> objects) {
		return objects.stream().map(o -> ((io.trunkline.model.Element) o).getId()).collect(Collectors.toSet());
	}
}
