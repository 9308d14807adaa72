package io.trunkline.diagram.viewer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.Surface;

/**
 * Draws a rubber-band line from the source; the node under the pointer turns green when the
 * client accepts it as a target and red when it does not.
 */
final class ConnectGesture implements Gesture {

	static final RGB VALID = new RGB(40, 160, 70);
	static final RGB INVALID = new RGB(200, 35, 45);

	private final DiagramViewer viewer;
	private final Tool.Connect tool;
	private final DiagramNode source;
	private Point pointer;
	private DiagramNode target;
	private boolean valid;

	ConnectGesture(DiagramViewer viewer, Tool.Connect tool, DiagramNode source, Point start) {
		this.viewer = viewer;
		this.tool = tool;
		this.source = source;
		this.pointer = start;
	}

	@Override
	public void drag(Point point, int stateMask) {
		pointer = point;
		target = viewer.nodeAt(point);
		valid = target != null && target != source && viewer.editing().canConnect(tool, source, target);
	}

	@Override
	public void finish(Point point, int stateMask) {
		drag(point, stateMask);
		if (valid) {
			viewer.editing().connect(tool, source, target);
		}
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		paintRubberBand(surface, source.bounds(), pointer, target == source ? null : target, valid, zoom);
	}

	/** A dashed line from {@code from} to the pointer, and a frame round the target: green if valid, red if not. */
	static void paintRubberBand(Surface surface, Rectangle from, Point pointer, DiagramNode target, boolean valid, double zoom) {
		surface.setForeground(target == null ? DiagramPainter.SELECTION : valid ? VALID : INVALID);
		surface.setLineWidth((float) (2 / zoom));
		surface.setLineDash(true);
		surface.drawPolyline(new int[] { from.x + from.width / 2, from.y + from.height / 2, pointer.x, pointer.y });
		surface.setLineDash(false);
		if (target != null) {
			Rectangle box = target instanceof DiagramContainer c ? c.visibleBounds() : target.bounds();
			surface.drawRectangle(new Rectangle(box.x - 3, box.y - 3, box.width + 6, box.height + 6), 8);
		}
		surface.setLineWidth(1);
	}
}
