package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.validation.QuickFix;
import io.trunkline.editor.validation.QuickFixes;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

/** Issue 13, defect 2: undoing a drawn trunk leaves both its ends as they were, so the next trunk is root again. */
class TrunkUndoDefectTest {

	private TopologyEditor editor;
	private TrunkPeer gateway;
	private MediationPool pool;

	@BeforeEach
	void open() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("trunk-undo"), "small.topology");
		editor = f.open(file);
		gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		pool = EditorFixture.element(editor, MediationPool.class, "Med");
		editor.openScope(editor.topology().getCentralSites().get(0));
		Bench.settle();
	}

	private void drawTrunk() {
		Tool.Connect trunk = (Tool.Connect) EditorFixture.tool(editor.viewer(), "trunk");
		DiagramNode from = EditorFixture.node(editor.viewer(), TrunkPeer.class, "GW");
		DiagramNode to = EditorFixture.node(editor.viewer(), MediationPool.class, "Med");
		assertTrue(editor.viewer().editing().canConnect(trunk, from, to));
		editor.viewer().editing().connect(trunk, from, to);
		Bench.settle();
	}

	@Test
	void undoingADrawnTrunkTakesItOutOfBothEndsTrunkLists() {
		drawTrunk();
		assertEquals(1, gateway.getTrunks().size());
		editor.domain().getCommandStack().undo();
		assertEquals(List.of(), gateway.getTrunks(), "the gateway's trunks");
		assertEquals(List.of(), pool.getTrunks(), "the pool's trunks");
	}

	@Test
	void aTrunkDrawnAfterUndoIsTheRootTrunk() {
		drawTrunk();
		editor.domain().getCommandStack().undo();
		drawTrunk();
		Trunk drawn = editor.topology().getTrunks().get(0);
		assertTrue(drawn.isRoot(), "the gateway's only trunk is its root trunk");
		assertEquals(List.of(drawn), gateway.getTrunks());
	}

	@Test
	void theAddARootTrunkQuickFixAfterUndoAddsARootTrunk() {
		drawTrunk();
		editor.domain().getCommandStack().undo();
		QuickFix fix = QuickFixes.forFinding("TL-GW-01", gateway, editor.domain()).stream().filter(q -> q.label().contains("'Med'")).findFirst()
				.orElseThrow();
		editor.domain().getCommandStack().execute(fix.command());
		Bench.settle();
		assertEquals(1, gateway.getTrunks().size());
		assertTrue(gateway.getTrunks().get(0).isRoot());
		assertTrue(editor.findings(gateway.getId()).stream().noneMatch(f -> f.rule().id().equals("TL-GW-02")), "no 'has 0 root trunks' finding");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("trunk-undo");
	}
}
