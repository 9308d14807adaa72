package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.outline.TopologyOutlinePage;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * Issue 18, item 6: the Outline of a generated 200-site topology lists its central sites with one
 * collapsed row for the trunks and one for the WAN links, and still follows selection and commands.
 * The generator makes one central site per 20 sites (10), each with two gateways trunked to its pool
 * (20 trunks); each of the 190 branches has two trunks (380): 400 trunks. WAN links: 9 between
 * consecutive central sites and one per branch, 199.
 */
class OutlineTest {

	private TopologyEditor editor;
	private Topology topology;
	private TopologyOutlinePage outline;

	@BeforeEach
	void open() throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("outline");
		IFile file = project.getFile("generated-200.topology");
		TopologyFiles.save(SyntheticTopologyGenerator.generate(200, 42), file.getLocation().toFile().toPath());
		editor = f.open(file);
		topology = editor.topology();
		f.page.showView(IPageLayout.ID_OUTLINE);
		outline = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Bench.settle();
	}

	@Test
	void theTopLevelIsTheCentralSitesThenTheTrunksAndTheWanLinksInOneRowEach() {
		List<String> rows = Arrays.stream(tree().getItems()).map(TreeItem::getText).toList();
		assertEquals(12, rows.size(), "10 central sites and two rows: " + rows);
		assertEquals("Central Site Central 1", rows.get(0));
		assertEquals(List.of("Trunks (400)", "WAN links (199)"), rows.subList(10, 12));
	}

	@Test
	void theTrunksAndWanLinksRowsStartCollapsed() {
		assertTrue(!row("Trunks (400)").getExpanded() && !row("WAN links (199)").getExpanded());
	}

	@Test
	void aTrunkSelectedInTheOutlineIsSelectedOnTheDiagram() {
		Trunk last = topology.getTrunks().get(399);
		outline.tree().setSelection(new StructuredSelection(last), true);
		Bench.settle();
		assertEquals(List.of(last), ((IStructuredSelection) editor.viewer().getSelection()).toList());
	}

	@Test
	void aRenamedTrunksRowShowsItsNewName() {
		Trunk last = topology.getTrunks().get(399);
		outline.tree().setSelection(new StructuredSelection(last), true);
		Bench.settle();
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), last, TopologyPackage.Literals.ELEMENT__NAME, "renamed trunk"));
		Bench.settle();
		assertEquals(List.of("Trunk renamed trunk"), Arrays.stream(tree().getSelection()).map(TreeItem::getText).toList());
	}

	@Test
	void aDeletedTrunkLeavesOneFewerInTheTrunksRow() {
		editor.domain().getCommandStack().execute(DeleteCommand.create(editor.domain(), topology.getTrunks().get(0)));
		Bench.settle();
		assertEquals("Trunks (399)", row("Trunks (399)").getText());
	}

	/** The refresh after the delete asked where the removed trunk's row belongs, and failed on its missing container. */
	@Test
	void deletingTheTrunkSelectedInTheOutlineRefreshesIt() {
		Trunk last = topology.getTrunks().get(399);
		outline.tree().setSelection(new StructuredSelection(last), true);
		Bench.settle();
		editor.domain().getCommandStack().execute(DeleteCommand.create(editor.domain(), last));
		Bench.settle();
		assertEquals(List.of(), Arrays.stream(tree().getSelection()).map(TreeItem::getText).toList(), "nothing selected");
		assertEquals("Trunks (399)", row("Trunks (399)").getText());
	}

	private Tree tree() {
		return outline.tree().getTree();
	}

	private TreeItem row(String text) {
		return Arrays.stream(tree().getItems()).filter(item -> item.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no top-level row " + text + " in " + Arrays.stream(tree().getItems()).map(TreeItem::getText).toList()));
	}
}
