package io.trunkline.diagram.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.Severity;
import io.trunkline.diagram.render.DiagramPainter;

/**
 * A thumbnail of the whole diagram with the viewer's visible area as a rectangle; clicking or
 * dragging moves the view there. It draws boxes only (no text, icons or edges), which is what
 * is legible at thumbnail size and keeps it cheap on big diagrams; repaints are coalesced.
 */
public final class DiagramOverview {

	private static final RGB FRAME = new RGB(0, 112, 204);
	private final Canvas canvas;
	private final DiagramViewer viewer;
	private final Runnable listener = this::scheduleRepaint;
	private boolean repaintPending;
	private boolean dragging;

	public DiagramOverview(Composite parent, DiagramViewer viewer) {
		this.viewer = viewer;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			dragging = true;
			moveTo(e);
		});
		canvas.addListener(SWT.MouseMove, e -> {
			if (dragging) {
				moveTo(e);
			}
		});
		canvas.addListener(SWT.MouseUp, e -> dragging = false);
		viewer.addViewportListener(listener);
		canvas.addListener(SWT.Dispose, e -> viewer.removeViewportListener(listener));
	}

	public Control getControl() {
		return canvas;
	}

	private void scheduleRepaint() {
		if (!repaintPending && !canvas.isDisposed()) {
			repaintPending = true;
			canvas.getDisplay().timerExec(80, () -> {
				repaintPending = false;
				if (!canvas.isDisposed()) {
					canvas.redraw();
				}
			});
		}
	}

	/** Scale and offset mapping diagram space into the thumbnail: {scale, offsetX, offsetY}. */
	private double[] mapping() {
		Rectangle extent = viewer.diagram().extent().union(viewer.visibleArea());
		Rectangle client = canvas.getClientArea();
		double scale = Math.min((client.width - 8.0) / Math.max(extent.width, 1), (client.height - 8.0) / Math.max(extent.height, 1));
		return new double[] { scale, 4 - extent.x * scale, 4 - extent.y * scale };
	}

	private void paint(GC gc) {
		Rectangle client = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(client);
		double[] m = mapping();
		for (DiagramNode node : viewer.diagram().nodes()) {
			if (node.isHidden()) {
				continue;
			}
			Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
			Severity severity = node.worstSeverity();
			gc.setBackground(new Color(severity != null && !(node instanceof DiagramContainer) ? DiagramPainter.colour(severity) : node.style().fill()));
			gc.setForeground(new Color(node.style().border()));
			Rectangle r = map(box, m);
			gc.fillRectangle(r);
			gc.drawRectangle(r);
		}
		Rectangle visible = map(viewer.visibleArea(), m);
		gc.setForeground(new Color(FRAME));
		gc.setLineWidth(2);
		gc.drawRectangle(visible);
	}

	private static Rectangle map(Rectangle box, double[] m) {
		return new Rectangle((int) Math.round(box.x * m[0] + m[1]), (int) Math.round(box.y * m[0] + m[2]),
				Math.max(1, (int) Math.round(box.width * m[0])), Math.max(1, (int) Math.round(box.height * m[0])));
	}

	private void moveTo(Event e) {
		double[] m = mapping();
		Rectangle visible = viewer.visibleArea();
		Point centre = new Point((int) ((e.x - m[1]) / m[0]), (int) ((e.y - m[2]) / m[0]));
		viewer.scrollTo(centre.x - visible.width / 2.0, centre.y - visible.height / 2.0);
	}
}
