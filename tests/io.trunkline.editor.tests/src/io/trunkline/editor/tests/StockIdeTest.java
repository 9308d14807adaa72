package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.examples.Examples;

/**
 * Runs under the plain Eclipse IDE application (org.eclipse.ui.ide.workbench, no Trunkline
 * product; see the "stock-ide" execution in the pom): a .topology file opens in the topology
 * editor by its extension, and live validation fills the Problems view, as after installing
 * the feature into an IDE.
 */
@Tag("stock-ide")
class StockIdeTest {

	@Test
	void topologyFilesOpenInTheEditorUnderTheIdeApplication() throws Exception {
		String product = Platform.getProduct() == null ? "none" : Platform.getProduct().getId();
		assertNotEquals("io.trunkline.rcp.product", product, "this run is not the Trunkline product");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile file = TopologyTemplates.exampleInWorkspace(Examples.FLAWED);
		IEditorPart editor = IDE.openEditor(page, file);
		Bench.settle();
		assertTrue(editor instanceof TopologyEditor, "opened with " + editor);
		assertTrue(Bench.markerMessages(file).size() >= 20, "live markers in the IDE too");
		Bench.screenshot(page.getWorkbenchWindow().getShell(), "stock-ide");
	}
}
