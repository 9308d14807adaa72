package io.trunkline.editor.resiliency;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trunkline.editor.TopologyEditor;

/** Clear Simulation: the diagram, the status bar and the Resiliency view back to normal. */
public final class ClearSimulationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		TopologyEditor editor = editor(HandlerUtil.getActiveEditor(event));
		if (editor != null) {
			editor.simulation().clear();
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return editor(ActiveTopologyEditor.get()) != null;
	}

	private static TopologyEditor editor(Object part) {
		return part instanceof TopologyEditor editor && editor.simulation().isActive() ? editor : null;
	}
}
