package io.trunkline.diagram.layout;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.swt.widgets.Display;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramNode;

/**
 * Runs an ELK layout in the background so a big diagram never freezes the workbench; the user
 * can cancel it from the progress view. The graph is copied on the UI thread and the result is
 * handed back there, so the diagram is only ever touched by the UI thread.
 */
public final class LayoutJob extends Job {

	private final ElkDiagramLayout layout;
	private final Display display;
	private final Consumer<GeometryChange> apply;
	private final String name;

	/** Must be created on the UI thread; {@code apply} runs there when the layout is done. */
	public LayoutJob(String name, Diagram diagram, Collection<DiagramNode> selection, Direction direction, Consumer<GeometryChange> apply) {
		super(name);
		this.name = name;
		this.layout = ElkDiagramLayout.prepare(diagram, selection, direction);
		this.display = Display.getCurrent();
		this.apply = apply;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(name + " (" + layout.nodeCount() + " elements)", IProgressMonitor.UNKNOWN);
		try {
			if (!layout.run(monitor::isCanceled)) {
				return Status.CANCEL_STATUS;
			}
			GeometryChange change = layout.result(name);
			display.asyncExec(() -> apply.accept(change));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}
}
