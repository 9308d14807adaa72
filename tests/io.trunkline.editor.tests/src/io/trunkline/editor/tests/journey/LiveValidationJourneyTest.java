package io.trunkline.editor.tests.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/**
 * Journey (b) of issue 13: validation while the user draws. A PSTN gateway with no trunk is
 * flagged on the diagram and in the Problems view before anything is saved (TL-GW-01); drawing
 * the trunk clears both; the quick fix repairs it from the diagram's context menu and from Ctrl+1
 * in the Problems view.
 */
class LiveValidationJourneyTest {

	private static final String NO_TRUNK = "TL-GW-01";

	@Test
	void aGatewayWithoutTrunkIsFlaggedBeforeSavingAndDrawingTheTrunkClearsIt() throws Exception {
		Journey.run("b-live-validation", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "live.topology", Topologies::siteWithMediation);
			byte[] onDisk = Files.readAllBytes(file.getLocation().toFile().toPath());
			User user = new User(j);
			TopologyEditor editor = openSitePlan(j, user, file);
			CentralSite site = j.ui(() -> editor.topology().getCentralSites().get(0));

			j.step("a PSTN gateway from the palette");
			user.create("pstn_gateway", user.freeSpot());
			j.waitUntil("the gateway is in the model", () -> site.getTrunkPeers().size() == 1);
			TrunkPeer gateway = j.ui(() -> site.getTrunkPeers().get(0));
			String id = j.ui(gateway::getId);
			j.expectWithin("the gateway carries a " + NO_TRUNK + " marker before saving", () -> Topologies.hasMarker(file, NO_TRUNK, id));
			j.expectWithin("and a badge on the diagram", () -> badgeMentions(editor.viewer(), id, NO_TRUNK));
			openErrors(j, user);
			j.expectWithin("the Problems view lists it", () -> problemRows(j).stream().anyMatch(r -> r.startsWith(NO_TRUNK)));
			j.expect("nothing was saved", editor.isDirty() && Arrays.equals(onDisk, Files.readAllBytes(file.getLocation().toFile().toPath())));
			j.screenshot("01-flagged");

			j.step("draw the trunk to the Mediation pool");
			user.connect("trunk", user.node(TrunkPeer.class, gateway.getName()), user.node(MediationPool.class, Topologies.MEDIATION));
			j.waitUntil("the trunk is in the model", () -> editor.topology().getTrunks().size() == 1);
			j.expectWithin("the marker goes", () -> !Topologies.hasMarker(file, NO_TRUNK, id));
			j.expectWithin("and the badge", () -> !badgeMentions(editor.viewer(), id, NO_TRUNK));
			j.expectWithin("and the Problems view row", () -> problemRows(j).stream().noneMatch(r -> r.startsWith(NO_TRUNK)));
		});
	}

	@Test
	void theQuickFixInTheDiagramsContextMenuAddsTheRootTrunk() throws Exception {
		Journey.run("b-quick-fix-context-menu", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "fix-menu.topology", t -> Topologies.gateway(Topologies.siteWithMediation(t)));
			User user = new User(j);
			TopologyEditor editor = openSitePlan(j, user, file);
			Topology topology = editor.topology();
			String id = j.ui(() -> topology.getCentralSites().get(0).getTrunkPeers().get(0).getId());
			j.waitUntil("the gateway is flagged", () -> Topologies.hasMarker(file, NO_TRUNK, id));

			j.step("right-click the gateway, Quick Fix");
			DiagramNode gateway = user.node(TrunkPeer.class, Topologies.GATEWAY);
			user.select(gateway);
			user.contextMenu(user.grip(gateway), "Quick Fix: Add a root trunk");
			j.waitUntil("a trunk is added", () -> topology.getTrunks().size() == 1);
			j.expect("the added trunk is the gateway's root trunk to the Mediation pool", j.ui(() -> {
				Trunk trunk = topology.getTrunks().get(0);
				return trunk.isRoot() && trunk.getPeer().getId().equals(id) && trunk.getMediationPool().getName().equals(Topologies.MEDIATION);
			}));
			j.expectWithin("the marker goes", () -> !Topologies.hasMarker(file, NO_TRUNK, id));
			j.expectWithin("and the badge", () -> !badgeMentions(editor.viewer(), id, NO_TRUNK));
		});
	}

	@Test
	void ctrl1OnTheProblemsRowAppliesTheQuickFix() throws Exception {
		Journey.run("b-quick-fix-ctrl-1", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "fix-ctrl1.topology", t -> Topologies.gateway(Topologies.siteWithMediation(t)));
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Topology topology = editor.topology();
			String id = j.ui(() -> topology.getCentralSites().get(0).getTrunkPeers().get(0).getId());
			j.waitUntil("the gateway is flagged", () -> Topologies.hasMarker(file, NO_TRUNK, id));

			j.step("the row in the Problems view, Ctrl+1");
			openErrors(j, user);
			Point row = waitForRow(j, NO_TRUNK);
			user.click(row);
			user.key("ctrl+1");
			Shell quickFix = user.dialog("Quick Fix");
			j.screenshot("01-quick-fix-dialog");
			user.press(quickFix, "Finish");
			j.waitUntil("a trunk is added", () -> topology.getTrunks().size() == 1);
			j.expect("the added trunk is the gateway's root trunk", j.ui(() -> topology.getTrunks().get(0).isRoot()));
			j.expectWithin("the marker goes", () -> !Topologies.hasMarker(file, NO_TRUNK, id));
			j.expect("the fix is one step on the editor's undo stack", j.ui(() -> editor.domain().getCommandStack().canUndo()));
		});
	}

	/** Opens the Problems view's Errors group as a user does (the view fills a group when it opens). */
	static void openErrors(Journey j, User user) throws Exception {
		j.ui(() -> j.page.showView(IPageLayout.ID_PROBLEM_VIEW));
		Point errors = waitForRow(j, "Errors (");
		user.click(errors);
		user.key("shift+Right");
		j.waitUntil("the Errors group is open", () -> {
			Tree tree = Screen.problemsTree(j.shell);
			return tree != null && tree.getItemCount() > 0 && tree.getItem(0).getExpanded();
		});
	}

	/** Opens {@code file} and its only site's plan with a double-click on the site. */
	static TopologyEditor openSitePlan(Journey j, User user, IFile file) throws Exception {
		j.step("open " + file.getName() + " and double-click the site");
		TopologyEditor editor = user.open(file);
		user.doubleClick(user.grip(user.node(CentralSite.class, Topologies.SITE)));
		j.waitUntil("the site plan is on show", () -> editor.scope() != null);
		return editor;
	}

	/** Whether the node of the element {@code id} shows a badge whose text names {@code rule}. UI thread. */
	static boolean badgeMentions(DiagramViewer viewer, String id, String rule) {
		DiagramNode node = viewer.diagram().node(id);
		return node != null && node.decorations().stream().anyMatch(d -> d.message().contains(rule));
	}

	/** The Problems view's rows ("description | resource"), as shown. */
	static java.util.List<String> problemRows(Journey j) throws Exception {
		return j.ui(() -> {
			java.util.List<String> rows = new java.util.ArrayList<>();
			Tree tree = Screen.problemsTree(j.shell);
			if (tree != null) {
				for (TreeItem group : tree.getItems()) {
					rows.add(group.getText(0));
					for (TreeItem item : group.getItems()) {
						rows.add(item.getText(0) + " | " + item.getText(1));
					}
				}
			}
			return rows;
		});
	}

	private static Point waitForRow(Journey j, String prefix) throws Exception {
		Point[] found = { null };
		j.waitUntil("the Problems view shows a row starting '" + prefix + "'", () -> {
			Tree tree = Screen.problemsTree(j.shell);
			if (tree == null) {
				return false;
			}
			for (TreeItem group : tree.getItems()) {
				if (group.getText(0).startsWith(prefix)) {
					found[0] = Screen.cell(group, 0);
					return found[0] != null;
				}
				if (group.getExpanded()) {
					for (TreeItem item : group.getItems()) {
						if (item.getText(0).startsWith(prefix)) {
							found[0] = Screen.cell(item, 0);
							return found[0] != null;
						}
					}
				}
			}
			return false;
		});
		return found[0];
	}

	static byte[] bytes(IFile file) throws Exception {
		Path path = file.getLocation().toFile().toPath();
		return Files.readAllBytes(path);
	}
}
