package io.trunkline.editor.resiliency;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.trunkline.editor.TopologyEditor;

/** The topology editor of the active window that shows a diagram (not a load error), or null. */
final class ActiveTopologyEditor {

	private ActiveTopologyEditor() {
	}

	static TopologyEditor get() {
		IWorkbenchWindow window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page != null && page.getActiveEditor() instanceof TopologyEditor editor && editor.simulation() != null ? editor : null;
	}
}
