package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.diagram.TopologyDiagrams;
import io.trunkline.editor.tests.DiagramSnapshot;
import io.trunkline.model.CentralSite;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;
import io.trunkline.planning.TopologySizer;
import io.trunkline.validation.Finding;

/**
 * Issue 18, item 2: the overview follows edits incrementally, and undo and redo repaint it
 * correctly. On the multi-site example, through the X server: drag a gateway inside its site,
 * rename the site with F2, drop a new PSTN gateway at the foot of its box from the palette
 * (the site below overlaps it there, so the gateway may land in that one: either way it must be drawn
 * in the box of the site that holds it); then Ctrl+Z three
 * times and Ctrl+Shift+Z three times. After every step the diagram on the canvas is the one a
 * full rebuild draws from the model (structure, labels, badges, findings, geometry); after the
 * undos it is the overview as opened, after the redos the overview as edited.
 */
class OverviewUndoRedoJourneyTest {

	@Test
	void overviewEditsAreUndoneAndRedoneOnTheCanvas() throws Exception {
		Journey.run("s-overview-undo-redo", 1600, 1000, j -> {
			IFile file = j.project.getFile(Examples.fileName(Examples.MULTI_SITE_ENTERPRISE));
			file.create(new ByteArrayInputStream(Examples.bytes(Examples.MULTI_SITE_ENTERPRISE)), true, null);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			CentralSite site = j.ui(() -> editor.topology().getCentralSites().get(0));
			TrunkPeer gateway = j.ui(() -> site.getTrunkPeers().stream().filter(p -> p.getKind() == PeerKind.PSTN_GATEWAY).findFirst().orElseThrow());
			String siteName = j.ui(site::getName);
			DiagramSnapshot opened = inStep(j, editor, "as opened");
			j.screenshot("01-opened");

			j.step("drag gateway '" + j.ui(gateway::getName) + "' a little within its site");
			DiagramNode gatewayNode = user.node(TrunkPeer.class, j.ui(gateway::getName));
			Rectangle before = j.ui(gatewayNode::bounds);
			Point grip = user.grip(gatewayNode);
			user.drag(grip, new Point(grip.x + 30, grip.y + 20));
			j.waitUntil("the gateway moved", () -> !editor.viewer().diagram().node(gatewayNode.id()).bounds().equals(before));
			inStep(j, editor, "after the move");

			j.step("F2 on site '" + siteName + "', type a new name, Enter");
			user.select(user.node(CentralSite.class, siteName));
			user.key("F2");
			user.type("Renamed HQ");
			user.key("Return");
			j.waitUntil("the site is renamed", () -> "Renamed HQ".equals(site.getName()));
			j.expect("the site's box is labelled with the new name",
					j.ui(() -> editor.viewer().diagram().node(site.getId()).label().equals("Renamed HQ")));
			inStep(j, editor, "after the rename");

			j.step("drop a PSTN gateway into the site from the palette");
			java.util.Set<TrunkPeer> peersBefore = j.ui(() -> peers(editor));
			Point drop = j.ui(() -> {
				Rectangle box = editor.viewer().diagram().node(site.getId()).bounds();
				return new Point(box.x + 30, box.y + box.height - 8);
			});
			user.create("pstn_gateway", user.at(drop.x, drop.y));
			j.waitUntil("the topology holds one more trunk peer", () -> peers(editor).size() == peersBefore.size() + 1);
			j.expect("the new gateway is drawn inside the box of the site that holds it", j.ui(() -> {
				TrunkPeer added = peers(editor).stream().filter(p -> !peersBefore.contains(p)).findFirst().orElseThrow();
				DiagramNode created = editor.viewer().diagram().node(added.getId());
				return created != null && created.parent() == editor.viewer().diagram().node(((io.trunkline.model.Site) added.eContainer()).getId());
			}));
			DiagramSnapshot edited = inStep(j, editor, "after the create");
			j.screenshot("02-edited");

			String[] undone = { "the create", "the rename", "the move" };
			for (String step : undone) {
				undoOrRedo(j, user, editor, "ctrl+z", "undo of " + step);
			}
			j.expect("after three undos the overview is the one as opened: " + opened.differences(snapshot(j, editor)),
					opened.differences(snapshot(j, editor)).isEmpty());
			j.expect("after three undos the editor is clean", !j.ui(editor::isDirty));
			j.screenshot("03-undone");

			for (int i = undone.length - 1; i >= 0; i--) {
				undoOrRedo(j, user, editor, "ctrl+shift+z", "redo of " + undone[i]);
			}
			j.expect("after three redos the overview is the one as edited: " + edited.differences(snapshot(j, editor)),
					edited.differences(snapshot(j, editor)).isEmpty());
			j.expect("the redone site is called 'Renamed HQ' on the canvas",
					j.ui(() -> editor.viewer().diagram().node(site.getId()).label().equals("Renamed HQ")));
			j.screenshot("04-redone");
		});
	}

	/** Presses {@code key} and waits until the command on top of the undo (or redo) stack went over to the other one. */
	private static void undoOrRedo(Journey j, User user, TopologyEditor editor, String key, String what) throws Exception {
		j.step(key + ": " + what);
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		boolean undo = key.equals("ctrl+z");
		Command moving = j.ui(() -> undo ? stack.getUndoCommand() : stack.getRedoCommand());
		user.focusCanvas();
		user.key(key);
		j.waitUntil(what + " happened", () -> (undo ? stack.getRedoCommand() : stack.getUndoCommand()) == moving);
		inStep(j, editor, "after the " + what);
	}

	/** Checks that the canvas shows what a full rebuild draws now, and returns what it shows. */
	private static DiagramSnapshot inStep(Journey j, TopologyEditor editor, String when) throws Exception {
		String differences = j.ui(() -> rebuilt(editor).differences(DiagramSnapshot.of(editor.viewer().diagram())));
		j.expect("the overview " + when + " is what a full rebuild draws" + (differences.isEmpty() ? "" : ":\n" + differences),
				differences.isEmpty());
		return snapshot(j, editor);
	}

	private static java.util.Set<TrunkPeer> peers(TopologyEditor editor) {
		java.util.Set<TrunkPeer> peers = new java.util.HashSet<>();
		editor.topology().eAllContents().forEachRemaining(e -> {
			if (e instanceof TrunkPeer peer) {
				peers.add(peer);
			}
		});
		return peers;
	}

	private static DiagramSnapshot snapshot(Journey j, TopologyEditor editor) throws Exception {
		return j.ui(() -> DiagramSnapshot.of(editor.viewer().diagram()));
	}

	private static DiagramSnapshot rebuilt(TopologyEditor editor) {
		Map<String, List<Finding>> byElement = new LinkedHashMap<>();
		for (Finding finding : editor.findings()) {
			byElement.computeIfAbsent(finding.target().getId(), id -> new ArrayList<>()).add(finding);
		}
		Diagram fresh = new Diagram();
		TopologyDiagrams.build(fresh, editor.topology(), null, editor.layout(), byElement, TopologySizer.size(editor.topology()));
		return DiagramSnapshot.of(fresh);
	}
}
