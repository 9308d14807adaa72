package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.outline.TopologyOutlinePage;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * Issue 18, item 6: a generated 1,000-site topology in the Outline, its WAN links and trunks each in one
 * collapsed row below the central sites; the trunks' row expanded with the keyboard, the last trunk
 * reached with End and Up and clicked, the same trunk selected on the canvas, renamed in the Properties
 * view, its Outline row showing the new name; then saved.
 */
class BigTopologyOutlineJourneyTest {

	private static final String RENAMED = "sip.wolverhampton.example";
	/**
	 * The generator makes one central site per 20 sites: 50 at 1,000 sites, each with two gateways trunked
	 * to its Mediation pool (100 trunks); each of the 950 branches has two trunks (its second gateway and
	 * its SBA, local or PBX gateway): 100 + 1,900 = 2,000 trunks.
	 */
	private static final String TRUNKS = "Trunks (2,000)";
	/** 49 WAN links between consecutive central sites and one per branch to its central site: 49 + 950 = 999. */
	private static final String WAN_LINKS = "WAN links (999)";
	/** Opening takes longer than a UI call may under the load of parallel builds (thousands of Problems markers). */
	private static final long OPEN_LIMIT_MS = 90_000;

	@Test
	void findTheLastTrunkOfABigTopologyInTheOutlineSeeItOnTheCanvasAndRenameIt() throws Exception {
		Journey.run("big-topology-outline", 1600, 1000, j -> {
			IFile file = j.project.getFile("generated-1000.topology");
			TopologyFiles.save(SyntheticTopologyGenerator.generate(1000, 42), file.getLocation().toFile().toPath());
			j.ui(() -> file.refreshLocal(0, null));
			User user = new User(j);
			j.display.asyncExec(() -> open(j, file));
			j.waitUntil("the editor shows " + file.getName(), () -> j.page.getActiveEditor() instanceof TopologyEditor shown && shown.viewer() != null
					&& shown.viewer().getControl().isVisible(), OPEN_LIMIT_MS);
			TopologyEditor editor = user.editor();
			Topology topology = j.ui(editor::topology);
			j.ui(() -> j.page.showView(IPageLayout.ID_OUTLINE));
			Tree outline = j.ui(() -> ((TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class)).tree().getTree());

			j.step("the Outline lists the central sites, then one row for the trunks and one for the WAN links");
			j.waitUntil("the Outline shows the trunks' row", () -> user.treeRow(TRUNKS) != null);
			j.expect("and the WAN links' row", user.treeRow(WAN_LINKS) != null);
			// 50 central sites and the two rows: the 2,999 links no longer stand at the top level
			j.expect("its top level has 52 rows: " + j.ui(outline::getItemCount), j.ui(outline::getItemCount) == 52);
			j.expect("both rows start collapsed", j.ui(() -> !row(outline, TRUNKS).getExpanded() && !row(outline, WAN_LINKS).getExpanded()));
			j.screenshot("01-grouped");

			j.step("click the trunks' row and expand it with +");
			user.click(user.treeRow(TRUNKS));
			user.key("plus");
			j.expectWithin("the trunks' row is expanded", () -> row(outline, TRUNKS).getExpanded());
			j.expect("it holds the 2,000 trunks", j.ui(() -> row(outline, TRUNKS).getItemCount()) == 2000);

			j.step("End goes to the WAN links' row, the last; Up to the last trunk; click it");
			Trunk last = j.ui(() -> topology.getTrunks().get(topology.getTrunks().size() - 1));
			String lastRow = "Trunk " + j.ui(last::getName);
			user.key("End");
			user.key("Up");
			j.expectWithin("the Outline selects the last trunk", () -> selected(outline).equals(List.of(lastRow)));
			user.click(user.treeRow(lastRow));
			j.expectWithin("the canvas selects the same trunk",
					() -> ((IStructuredSelection) editor.viewer().getSelection()).toList().equals(List.of(last)));
			j.screenshot("02-last-trunk-selected");

			j.step("rename it to " + RENAMED + " in the Properties view");
			user.typeProperty("Name", RENAMED);
			j.expectWithin("the trunk is renamed", () -> RENAMED.equals(last.getName()));
			j.expectWithin("the trunks' row still counts 2,000", () -> Arrays.stream(outline.getItems()).anyMatch(item -> item.getText().equals(TRUNKS)));
			j.expectWithin("the trunk's Outline row shows the new name", () -> user.treeRow("Trunk " + RENAMED) != null);
			j.screenshot("03-renamed");

			j.step("save");
			user.save();
			String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
			String id = j.ui(last::getId);
			j.expect("the saved file holds the new name on that trunk",
					saved.lines().anyMatch(l -> l.contains("<trunks id=\"" + id + "\"") && l.contains("name=\"" + RENAMED + "\"")));
		});
	}

	/** What a double-click in the Project Explorer does. */
	private static void open(Journey j, IFile file) {
		try {
			IDE.openEditor(j.page, file, TopologyEditor.ID, true);
		} catch (PartInitException failed) {
			throw new AssertionError("the editor did not open " + file.getName(), failed);
		}
	}

	private static TreeItem row(Tree tree, String text) {
		for (TreeItem item : tree.getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no top-level row " + text);
	}

	private static List<String> selected(Tree tree) throws Exception {
		return Arrays.stream(tree.getSelection()).map(TreeItem::getText).toList();
	}
}
