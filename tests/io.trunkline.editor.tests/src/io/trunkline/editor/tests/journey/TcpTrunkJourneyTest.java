package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/**
 * Issue 15, defect 6: choosing TCP for a trunk in the Properties view moves its Mediation port to
 * the pool's TCP port (5068 by default [DMS]) in the same command, so no TL-GW-15 appears, the
 * saved file has both, and one Undo takes both back.
 */
class TcpTrunkJourneyTest {

	private static final String PORT_RANGE = "TL-GW-15";

	/** The site with its Mediation pool (TCP enabled) and a gateway with its TLS root trunk on 5067. */
	private static void trunkOverTls(Topology topology) {
		CentralSite site = Topologies.siteWithMediation(topology);
		MediationPool pool = site.getMediationPools().get(0);
		pool.setTcpEnabled(true);
		TrunkPeer gateway = Topologies.gateway(site);
		Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
		trunk.setName("hq-trunk");
		trunk.setRoot(true);
		trunk.setMediationPool(pool);
		trunk.setPeer(gateway);
		topology.getTrunks().add(trunk);
	}

	@Test
	void choosingTcpMovesTheMediationPortAndOneUndoTakesBothBack() throws Exception {
		Journey.run("tcp-trunk", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "tcp.topology", TcpTrunkJourneyTest::trunkOverTls);
			User user = new User(j);
			TopologyEditor editor = LiveValidationJourneyTest.openSitePlan(j, user, file);
			Trunk trunk = j.ui(() -> editor.topology().getTrunks().get(0));
			String id = j.ui(trunk::getId);
			j.expect("the trunk starts on TLS, Mediation port 5067", j.ui(() -> trunk.getTransport() == Transport.TLS && trunk.getMediationPort() == 5067));

			j.step("click the trunk, choose TCP in the Properties view");
			DiagramViewer viewer = editor.viewer();
			user.click(j.ui(() -> pointOn(viewer, id)));
			j.waitUntil("the trunk is selected", () -> viewer.selectedElements().stream().anyMatch(e -> e.id().equals(id)));
			user.chooseProperty("Transport", "Down"); // TLS, then TCP
			j.expectWithin("the trunk uses TCP", () -> trunk.getTransport() == Transport.TCP);
			j.expect("its Mediation port moved to the pool's TCP port 5068", j.ui(() -> trunk.getMediationPort() == 5068));
			j.expectWithin("TCP's own warning is shown (TL-GW-10), so validation ran", () -> Topologies.hasMarker(file, "TL-GW-10", id));
			j.expect("and no " + PORT_RANGE + " marker", !Topologies.hasMarker(file, PORT_RANGE, id));
			j.screenshot("01-tcp-chosen");

			j.step("save");
			user.save();
			String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
			j.expect("the saved trunk has transport TCP and Mediation port 5068",
					saved.lines().anyMatch(l -> l.contains("id=\"" + id + "\"") && l.contains("transport=\"TCP\"") && l.contains("mediationPort=\"5068\"")));

			j.step("Ctrl+Z once");
			user.focusCanvas();
			user.key("ctrl+z");
			j.expectWithin("one Undo brings back TLS", () -> trunk.getTransport() == Transport.TLS);
			j.expect("and port 5067 with it", j.ui(() -> trunk.getMediationPort() == 5067));
			j.expectWithin("the TCP warning goes", () -> !Topologies.hasMarker(file, "TL-GW-10", id));
			j.expect("no " + PORT_RANGE + " marker either", !Topologies.hasMarker(file, PORT_RANGE, id));
		});
	}

	/** A spot on the canvas, on screen, where a click hits the edge {@code id} and nothing else. UI thread. */
	private static Point pointOn(DiagramViewer viewer, String id) {
		Rectangle area = Screen.canvasOnScreen(viewer);
		for (int y = area.y + 5; y < area.y + area.height - 5; y += 3) {
			for (int x = area.x + 5; x < area.x + area.width - 5; x += 3) {
				Point c = viewer.getControl().toControl(x, y);
				DiagramElement hit = viewer.elementAt(viewer.toDiagram(c.x, c.y));
				if (hit instanceof DiagramEdge edge && edge.id().equals(id)) {
					return new Point(x, y);
				}
			}
		}
		throw new AssertionError("the trunk " + id + " is nowhere on the canvas");
	}
}
