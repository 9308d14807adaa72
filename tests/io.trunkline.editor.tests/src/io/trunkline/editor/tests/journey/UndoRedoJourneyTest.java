package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Journey (c) of issue 13: every gesture is one step back with Ctrl+Z and one step forward with
 * Ctrl+Shift+Z and with Ctrl+Y, and each step returns the model and the saved files (topology and
 * layout) byte for byte to where they were.
 */
class UndoRedoJourneyTest {

	interface Gesture {
		void perform(Journey j, User user, TopologyEditor editor) throws Exception;
	}

	@Test
	void createIsUndoneAndRedone() throws Exception {
		check("c-create", Topologies::siteWithMediation, (j, user, editor) -> {
			user.create("pstn_gateway", user.freeSpot());
		});
	}

	@Test
	void connectIsUndoneAndRedone() throws Exception {
		check("c-connect", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> user.connect("trunk",
				user.node(TrunkPeer.class, Topologies.GATEWAY), user.node(MediationPool.class, Topologies.MEDIATION)));
	}

	@Test
	void moveIsUndoneAndRedone() throws Exception {
		check("c-move", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> {
			Point from = user.grip(user.node(TrunkPeer.class, Topologies.GATEWAY));
			user.drag(from, new Point(from.x + 90, from.y + 70));
		});
	}

	@Test
	void resizeIsUndoneAndRedone() throws Exception {
		check("c-resize", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> {
			DiagramNode gateway = user.node(TrunkPeer.class, Topologies.GATEWAY);
			user.select(gateway);
			Rectangle box = j.ui(() -> Screen.nodeOnScreen(editor.viewer(), gateway));
			Point corner = new Point(box.x + box.width, box.y + box.height);
			user.drag(corner, new Point(corner.x + 60, corner.y + 40));
		});
	}

	@Test
	void propertyEditIsUndoneAndRedone() throws Exception {
		check("c-property", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> {
			user.select(user.node(TrunkPeer.class, Topologies.GATEWAY));
			user.typeProperty("Pstn Ports", "30");
		});
	}

	@Test
	void deleteWithCascadeIsUndoneAndRedone() throws Exception {
		check("c-delete-cascade", t -> {
			CentralSite site = Topologies.siteWithMediation(t);
			TrunkPeer gateway = Topologies.gateway(site);
			Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
			trunk.setName("Gateway HQ – Mediation HQ");
			trunk.setRoot(true);
			trunk.setPeer(gateway);
			trunk.setMediationPool(site.getMediationPools().get(0));
			t.getTrunks().add(trunk);
		}, (j, user, editor) -> {
			user.select(user.node(MediationPool.class, Topologies.MEDIATION));
			user.key("Delete");
			user.press(user.dialog("Delete"), "OK");
			j.waitUntil("the pool and its trunk are deleted",
					() -> editor.topology().getTrunks().isEmpty() && editor.topology().getCentralSites().get(0).getMediationPools().isEmpty());
		});
	}

	@Test
	void quickFixIsUndoneAndRedone() throws Exception {
		check("c-quick-fix", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> {
			DiagramNode gateway = user.node(TrunkPeer.class, Topologies.GATEWAY);
			user.select(gateway);
			user.contextMenu(user.grip(gateway), "Quick Fix: Add a root trunk");
		});
	}

	@Test
	void arrangeAllIsUndoneAndRedone() throws Exception {
		check("c-arrange", t -> Topologies.gateway(Topologies.siteWithMediation(t)), (j, user, editor) -> user.menu("Topology", "Arrange All"));
	}

	@Test
	void anUndoneTrunkLeavesNoTraceForTheQuickFixThatFollows() throws Exception {
		Journey.run("c-undo-then-quick-fix", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "undo-fix.topology", t -> Topologies.gateway(Topologies.siteWithMediation(t)));
			User user = new User(j);
			TopologyEditor editor = LiveValidationJourneyTest.openSitePlan(j, user, file);
			Topology topology = editor.topology();
			String id = j.ui(() -> topology.getCentralSites().get(0).getTrunkPeers().get(0).getId());

			j.step("draw the trunk, Ctrl+Z");
			user.connect("trunk", user.node(TrunkPeer.class, Topologies.GATEWAY), user.node(MediationPool.class, Topologies.MEDIATION));
			j.waitUntil("the trunk is drawn", () -> topology.getTrunks().size() == 1);
			user.focusCanvas();
			user.key("ctrl+z");
			j.waitUntil("the trunk is undone", () -> topology.getTrunks().isEmpty());

			j.step("Quick Fix: Add a root trunk");
			DiagramNode gateway = user.node(TrunkPeer.class, Topologies.GATEWAY);
			user.select(gateway);
			user.contextMenu(user.grip(gateway), "Quick Fix: Add a root trunk");
			j.waitUntil("a trunk is added", () -> topology.getTrunks().size() == 1);
			j.expect("the trunk the quick fix adds is the gateway's root trunk (defect 2)", j.ui(() -> topology.getTrunks().get(0).isRoot()));
			j.expectWithin("no 'root trunks' finding (TL-GW-02) appears (defect 2)", () -> !Topologies.hasMarker(file, "TL-GW-02", id));
		});
	}

	/**
	 * Opens a topology made by {@code start} at its site plan, saves a first layout, performs the
	 * gesture, saves, and then walks back and forth: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z, Ctrl+Y, saving
	 * after each, comparing the model and both files with the states before and after the gesture.
	 */
	private static void check(String name, Consumer<Topology> start, Gesture gesture) throws Exception {
		Journey.run(name, 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, name + ".topology", start);
			User user = new User(j);
			TopologyEditor editor = LiveValidationJourneyTest.openSitePlan(j, user, file);
			Path topologyFile = j.ui(editor::file);
			Path layoutFile = topologyFile.resolveSibling(topologyFile.getFileName() + ".layout");

			j.step("a first save, so that the layout file exists");
			Point site = user.grip(user.node(MediationPool.class, Topologies.MEDIATION));
			user.drag(site, new Point(site.x + 30, site.y + 20));
			j.waitUntil("the pool moved", editor::isDirty);
			user.save();
			State before = State.of(j, editor, topologyFile, layoutFile);

			j.step("the gesture");
			gesture.perform(j, user, editor);
			j.waitUntil("the gesture changed the topology", editor::isDirty);
			user.save();
			State after = State.of(j, editor, topologyFile, layoutFile);
			if (after.sameAs(before)) {
				throw new AssertionError("the gesture left model and files unchanged");
			}
			j.screenshot("01-after-gesture");

			walk(j, user, editor, "ctrl+z", before, file, layoutFile);
			walk(j, user, editor, "ctrl+shift+z", after, file, layoutFile);
			walk(j, user, editor, "ctrl+z", before, file, layoutFile);
			walk(j, user, editor, "ctrl+y", after, file, layoutFile);
		});
	}

	private static void walk(Journey j, User user, TopologyEditor editor, String key, State expected, IFile file, Path layoutFile)
			throws Exception {
		Path topologyFile = j.ui(editor::file);
		j.step(key);
		user.focusCanvas();
		user.key(key);
		if (!j.holdsWithin(() -> Arrays.equals(expected.model, TopologyFiles.toBytes(editor.topology())), 5000)) {
			throw new AssertionError(key + " does not bring the model to the state " + expected.label + first(expected.model, State.model(j, editor)));
		}
		if (editor.isDirty()) {
			user.save();
		}
		State now = State.of(j, editor, topologyFile, layoutFile);
		if (!Arrays.equals(expected.topology, now.topology)) {
			throw new AssertionError(key + ": the saved topology differs from the state " + expected.label + first(expected.topology, now.topology));
		}
		if (!Arrays.equals(expected.layout, now.layout)) {
			throw new AssertionError(key + ": the saved layout differs from the state " + expected.label + first(expected.layout, now.layout));
		}
		// the Problems view lists the markers: they must be the findings the status bar counts (defect 10)
		if (!j.holdsWithin(() -> j.ui(() -> editor.findings().size()) == Topologies.markerCount(file), 5000)) {
			throw new AssertionError(key + ": " + Topologies.markerCount(file) + " Problems markers for " + j.ui(() -> editor.findings().size())
					+ " findings");
		}
	}

	/** The first differing line, so a failure says what changed. */
	private static String first(byte[] expected, byte[] actual) {
		String[] a = new String(expected, StandardCharsets.UTF_8).split("\n"), b = new String(actual, StandardCharsets.UTF_8).split("\n");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			String x = i < a.length ? a[i] : "<end>", y = i < b.length ? b[i] : "<end>";
			if (!x.equals(y)) {
				return " at line " + (i + 1) + ":\n  expected " + x.trim() + "\n  found    " + y.trim();
			}
		}
		return "";
	}

	/** The model's canonical bytes and the two files on disk at one moment. */
	private record State(String label, byte[] model, byte[] topology, byte[] layout) {

		static State of(Journey j, TopologyEditor editor, Path topologyFile, Path layoutFile) throws Exception {
			return new State(editor.isDirty() ? "unsaved" : (j.ui(() -> editor.domain().getCommandStack().getUndoCommand() == null ? "start"
					: "after '" + editor.domain().getCommandStack().getUndoCommand().getLabel() + "'")), model(j, editor),
					Files.readAllBytes(topologyFile), Files.exists(layoutFile) ? Files.readAllBytes(layoutFile) : new byte[0]);
		}

		static byte[] model(Journey j, TopologyEditor editor) throws Exception {
			return j.ui(() -> TopologyFiles.toBytes(editor.topology()));
		}

		boolean sameAs(State other) {
			return Arrays.equals(model, other.model) && Arrays.equals(topology, other.topology) && Arrays.equals(layout, other.layout);
		}
	}
}
