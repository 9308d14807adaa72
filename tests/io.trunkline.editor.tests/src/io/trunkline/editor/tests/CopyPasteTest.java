package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.BranchSite;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;

/** Duplicate and copy/paste make independent copies with fresh ids, as one undoable step. */
class CopyPasteTest {

	@Test
	void duplicateAndPasteIntoAnotherSite() throws Exception {
		EditorFixture f = new EditorFixture();
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
		TopologyEditor editor = f.open(TopologyTemplates.exampleInWorkspace(Examples.MULTI_SITE_ENTERPRISE));
		TrunkPeer gateway = first(editor, PeerKind.PSTN_GATEWAY);
		Site home = (Site) gateway.eContainer();
		int before = home.getTrunkPeers().size();
		editor.viewer().setSelection(new StructuredSelection(gateway));
		Rectangle original = editor.viewer().elementFor(gateway) instanceof io.trunkline.diagram.model.DiagramNode n ? n.bounds() : null;

		editor.copyPaste().duplicate();
		assertEquals(before + 1, home.getTrunkPeers().size());
		TrunkPeer copy = home.getTrunkPeers().get(before);
		assertNotEquals(gateway.getId(), copy.getId());
		assertEquals(gateway.getName() + " (copy)", copy.getName());
		assertEquals(gateway.getPstnPorts(), copy.getPstnPorts());
		assertTrue(copy.getTrunks().isEmpty(), "connections are not copied");
		Rectangle placed = ((io.trunkline.diagram.model.DiagramNode) editor.viewer().elementFor(copy)).bounds();
		assertEquals(new Rectangle(original.x + 30, original.y + 30, original.width, original.height), placed);
		editor.domain().getCommandStack().undo();
		assertEquals(before, home.getTrunkPeers().size(), "one undo takes the duplicate away");

		BranchSite branch = editor.topology().getCentralSites().stream().flatMap(c -> c.getBranchSites().stream())
				.filter(b -> b != home).findFirst().orElseThrow();
		int branchPeers = branch.getTrunkPeers().size();
		editor.viewer().setSelection(new StructuredSelection(gateway));
		editor.copyPaste().copy();
		editor.viewer().setSelection(new StructuredSelection(branch));
		editor.copyPaste().paste();
		assertEquals(branchPeers + 1, branch.getTrunkPeers().size(), "pasted into the selected site");
		assertEquals(List.of(), branch.getTrunkPeers().get(branchPeers).getTrunks());
	}

	private static TrunkPeer first(TopologyEditor editor, PeerKind kind) {
		for (var it = editor.topology().eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrunkPeer peer && peer.getKind() == kind) {
				return peer;
			}
		}
		throw new AssertionError("no " + kind);
	}
}
