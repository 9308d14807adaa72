package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.examples.Examples;

/** Arrange All lays the multi-site example out with ELK as one undoable command. */
class ArrangeAllTest {

	@Test
	void arrangeAllSeparatesSitesAndIsUndoable() throws Exception {
		EditorFixture f = new EditorFixture();
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
		IFile file = TopologyTemplates.exampleInWorkspace(Examples.MULTI_SITE_ENTERPRISE);
		TopologyEditor editor = f.open(file);
		DiagramNode first = editor.viewer().diagram().roots().get(0);
		org.eclipse.swt.graphics.Rectangle pinnedAt = first.bounds();
		editor.domain().getCommandStack().execute(new io.trunkline.editor.diagram.PinCommand(editor.layout(),
				io.trunkline.editor.diagram.TopologyDiagrams.OVERVIEW, List.of(first.id()), true));
		editor.arrange();
		Bench.waitUntil("the layout job applies its result",
				() -> "Arrange All".equals(editor.domain().getCommandStack().getUndoCommand().getLabel()));
		assertEquals("Arrange All", editor.domain().getCommandStack().getUndoCommand().getLabel());
		Bench.settle();
		List<DiagramNode> sites = editor.viewer().diagram().roots();
		for (DiagramNode site : sites) {
			for (DiagramNode other : sites) {
				assertFalse(site != other && site.bounds().intersects(other.bounds()), site + " overlaps " + other);
			}
			for (DiagramNode child : ((io.trunkline.diagram.model.DiagramContainer) site).children()) {
				assertTrue(site.bounds().contains(child.x(), child.y()), child + " stays inside " + site);
			}
		}
		assertEquals(pinnedAt, editor.viewer().diagram().node(first.id()).bounds(), "the pinned site stays where it was");
		assertTrue(editor.viewer().diagram().node(first.id()).isPinned());
		Bench.screenshot(f.shell, "09-multi-site-arranged");
		editor.domain().getCommandStack().undo();
		editor.domain().getCommandStack().undo();
		assertFalse(editor.isDirty(), "undo restores the saved layout and pins");
	}
}
