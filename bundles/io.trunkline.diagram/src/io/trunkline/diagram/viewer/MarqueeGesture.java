package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.EdgeRoute;
import io.trunkline.diagram.render.Surface;
import io.trunkline.diagram.model.DiagramEdge;

/**
 * Rubber-band selection. Dragged to the right it selects what lies entirely inside; dragged to
 * the left, whatever it touches (the convention of Sirius and most CAD tools).
 */
final class MarqueeGesture implements Gesture {

	private final DiagramViewer viewer;
	private final Point start;
	private final List<DiagramElement> keep;
	private Point end;

	MarqueeGesture(DiagramViewer viewer, Point start, List<DiagramElement> keep) {
		this.viewer = viewer;
		this.start = start;
		this.end = start;
		this.keep = keep;
	}

	@Override
	public void drag(Point point, int stateMask) {
		end = point;
	}

	@Override
	public void finish(Point point, int stateMask) {
		end = point;
		Rectangle area = area();
		boolean touching = end.x < start.x;
		List<DiagramElement> selected = new ArrayList<>(keep);
		for (DiagramElement element : viewer.elementsIn(area)) {
			boolean hit;
			if (element instanceof DiagramNode node) {
				Rectangle box = node.bounds();
				hit = touching ? box.intersects(area) : area.contains(box.x, box.y) && area.contains(box.x + box.width, box.y + box.height);
			} else {
				Rectangle box = EdgeRoute.bounds(EdgeRoute.points((DiagramEdge) element));
				hit = touching ? box.intersects(area) : area.contains(box.x, box.y) && area.contains(box.x + box.width - 1, box.y + box.height - 1);
			}
			if (hit && !selected.contains(element)) {
				selected.add(element);
			}
		}
		viewer.select(selected);
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		surface.setBackground(DiagramPainter.SELECTION);
		surface.setAlpha(30);
		surface.fillRectangle(area(), 0);
		surface.setAlpha(255);
		surface.setForeground(new RGB(0, 90, 170));
		surface.setLineWidth((float) (1 / zoom));
		surface.setLineDash(end.x < start.x);
		surface.drawRectangle(area(), 0);
		surface.setLineDash(false);
		surface.setLineWidth(1);
	}

	Rectangle area() {
		return new Rectangle(Math.min(start.x, end.x), Math.min(start.y, end.y), Math.abs(end.x - start.x), Math.abs(end.y - start.y));
	}
}
