package io.trunkline.editor.resiliency;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;

/**
 * Simulate Failure: adds the selected elements to the active editor's simulated failures and
 * brings up the Resiliency view. Adding (rather than replacing) lets a planner fail a WAN link
 * on the overview and a gateway in a site plan together.
 */
public final class SimulateFailureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof TopologyEditor editor) {
			List<Element> failing = failable(HandlerUtil.getCurrentSelection(event));
			if (!failing.isEmpty()) {
				IWorkbenchPage page = editor.getSite().getPage();
				try {
					page.showView(ResiliencyView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
				} catch (PartInitException noView) {
					// the diagram and the status bar still show the simulation
				}
				// a view that opens takes the status line for a moment and leaves it empty: the editor takes it back
				// before the simulation writes its summary there
				page.activate(editor);
				editor.simulation().fail(failing);
			}
		}
		return null;
	}

	/** Asked each time the context menu opens: the diagram's selection holds something that can fail. */
	@Override
	public boolean isEnabled() {
		TopologyEditor editor = ActiveTopologyEditor.get();
		return editor != null && !failable(editor.getSite().getSelectionProvider().getSelection()).isEmpty();
	}

	static List<Element> failable(ISelection selection) {
		List<Element> elements = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object object : structured.toList()) {
				if (object instanceof Element element && FailureSimulation.canFail(element)) {
					elements.add(element);
				}
			}
		}
		return elements;
	}
}
