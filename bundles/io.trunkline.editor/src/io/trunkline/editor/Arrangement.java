package io.trunkline.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.layout.LayoutJob;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.diagram.LayoutCommand;
import io.trunkline.editor.diagram.TopologyDiagrams;

/**
 * Arrange All (ELK) as a cancellable background job. The job remembers the diagram it was
 * started on: switching to another plan or closing the editor cancels it, and a result that
 * still arrives for a plan no longer on show is dropped, so positions are never stored under
 * the wrong plan.
 */
final class Arrangement {

	private final TopologyEditor editor;
	private LayoutJob running;

	Arrangement(TopologyEditor editor) {
		this.editor = editor;
	}

	/** Arranges the selection, or the whole diagram on show. */
	void start() {
		cancel();
		List<DiagramNode> selected = new ArrayList<>();
		for (DiagramElement element : editor.viewer().selectedElements()) {
			if (element instanceof DiagramNode node) {
				selected.add(node);
			}
		}
		String scope = TopologyDiagrams.scopeKey(editor.scope());
		LayoutJob[] job = new LayoutJob[1];
		job[0] = new LayoutJob(selected.isEmpty() ? "Arrange All" : "Arrange Selection", editor.viewer().diagram(), selected,
				editor.scope() == null ? Direction.DOWN : Direction.RIGHT, change -> finished(job[0], scope, change));
		running = job[0];
		running.schedule();
	}

	private void finished(LayoutJob job, String scope, GeometryChange change) {
		if (job != running || editor.viewer().getControl().isDisposed() || !scope.equals(TopologyDiagrams.scopeKey(editor.scope()))) {
			return;
		}
		running = null;
		editor.domain().getCommandStack().execute(LayoutCommand.of(change, editor.layout(), scope));
		editor.viewer().fitToWindow();
	}

	/** Stops a running arrangement; its result, should it still arrive, is dropped. */
	void cancel() {
		if (running != null) {
			running.cancel();
			running = null;
		}
	}
}
