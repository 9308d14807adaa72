package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Site;

/**
 * Issue 13, defect 7 (editor part): elements added in a site plan get free places in the
 * overview, and the site's box grows to hold them all.
 */
class OverviewPlacementDefectTest {

	@Test
	void elementsAddedInASitePlanNeitherOverlapNorLeaveTheirSiteInTheOverview() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("overview-placement"), "small.topology");
		Path topology = file.getLocation().toFile().toPath();
		String site = EditorFixture.smallTopologyIds(topology).get("HQ");
		String pool = EditorFixture.smallTopologyIds(topology).get("Med");
		// the user made the site box one row high and moved the Mediation pool to the third cell
		Files.writeString(topology.resolveSibling("small.topology.layout"), "overview " + site + " 40 40 596 124\n"
				+ "overview " + pool + " 446 80 180 56\n");
		TopologyEditor editor = f.open(file);
		Site hq = editor.topology().getCentralSites().get(0);
		editor.openScope(hq);
		Bench.settle();
		int x = 600;
		for (String tool : new String[] { "pstn_gateway", "pbx", "ip_pbx", "mediation_pool" }) {
			editor.viewer().editing().create((Tool.CreateNode) EditorFixture.tool(editor.viewer(), tool), null, new Point(x += 200, 500));
			Bench.settle();
		}
		editor.openScope(null);
		Bench.settle();
		DiagramContainer box = (DiagramContainer) editor.viewer().diagram().node(hq.getId());
		List<DiagramNode> children = box.children();
		assertTrue(children.size() >= 8, children.size() + " elements in the site");
		for (DiagramNode child : children) {
			assertTrue(box.bounds().contains(child.x(), child.y()) && box.bounds().contains(child.x() + child.width() - 1, child.y() + child.height() - 1),
					child.label() + " " + child.bounds() + " lies inside its site " + box.bounds());
			for (DiagramNode other : children) {
				Rectangle a = child.bounds();
				assertFalse(other != child && a.intersects(other.bounds()), child.label() + " " + a + " overlaps " + other.label() + " " + other.bounds());
			}
		}
		assertTrue(EditorFixture.node(editor.viewer(), MediationPool.class, "Med").bounds().equals(new Rectangle(446, 80, 180, 56)),
				"a placed element stays where the user put it");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("overview-placement");
	}
}
