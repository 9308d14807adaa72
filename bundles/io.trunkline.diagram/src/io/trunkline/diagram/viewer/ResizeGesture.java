package io.trunkline.diagram.viewer;

import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.Surface;

/** Drags one of the eight handles of a node; the handle index follows {@link DiagramPainter#handles}. */
final class ResizeGesture implements Gesture {

	static final int MIN_WIDTH = 40;
	static final int MIN_HEIGHT = DiagramContainer.TITLE_HEIGHT;

	private final DiagramViewer viewer;
	private final DiagramNode node;
	private final int handle;
	private Rectangle bounds;

	ResizeGesture(DiagramViewer viewer, DiagramNode node, int handle) {
		this.viewer = viewer;
		this.node = node;
		this.handle = handle;
		this.bounds = node.bounds();
	}

	@Override
	public void drag(Point point, int stateMask) {
		Point p = viewer.snap(point, stateMask);
		Rectangle old = node.bounds();
		int left = old.x, top = old.y, right = old.x + old.width, bottom = old.y + old.height;
		if (handle == 0 || handle == 6 || handle == 7) {
			left = Math.min(p.x, right - MIN_WIDTH);
		}
		if (handle == 2 || handle == 3 || handle == 4) {
			right = Math.max(p.x, left + MIN_WIDTH);
		}
		if (handle == 0 || handle == 1 || handle == 2) {
			top = Math.min(p.y, bottom - MIN_HEIGHT);
		}
		if (handle == 4 || handle == 5 || handle == 6) {
			bottom = Math.max(p.y, top + MIN_HEIGHT);
		}
		bounds = new Rectangle(left, top, right - left, bottom - top);
	}

	@Override
	public void finish(Point point, int stateMask) {
		drag(point, stateMask); // a quick drag may reach us with no motion event before the release
		if (!bounds.equals(node.bounds())) {
			viewer.editing().changeGeometry(new GeometryChange("Resize", Map.of(node, bounds), Map.of()));
		}
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		surface.setForeground(DiagramPainter.SELECTION);
		surface.setLineDash(true);
		surface.setLineWidth((float) (1 / zoom));
		surface.drawRectangle(bounds, 8);
		surface.setLineDash(false);
		surface.setLineWidth(1);
	}
}
