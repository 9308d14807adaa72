package io.trunkline.diagram.viewer;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.Routing;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.EdgeRoute;
import io.trunkline.diagram.render.Surface;

/** Moves an existing bend point, or inserts one where the user grabbed the middle of a segment. */
final class BendpointGesture implements Gesture {

	private final DiagramViewer viewer;
	private final DiagramEdge edge;
	private final List<Point> points;
	private final int index;

	/** @param insert whether {@code index} is where a new bend point goes rather than an existing one */
	BendpointGesture(DiagramViewer viewer, DiagramEdge edge, int index, boolean insert, Point start) {
		this.viewer = viewer;
		this.edge = edge;
		this.points = edge.bendpoints();
		this.index = index;
		if (insert) {
			points.add(index, start);
		}
	}

	@Override
	public void drag(Point point, int stateMask) {
		points.set(index, viewer.snap(point, stateMask));
	}

	@Override
	public void finish(Point point, int stateMask) {
		drag(point, stateMask);
		viewer.editing().changeGeometry(new GeometryChange("Move Bend Point", Map.of(), Map.of(edge, points)));
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		DiagramNode source = edge.source().visibleRepresentative(), target = edge.target().visibleRepresentative();
		int[] route = EdgeRoute.points(source.bounds(), target.bounds(), points, Routing.STRAIGHT);
		surface.setForeground(DiagramPainter.SELECTION);
		surface.setLineDash(true);
		surface.setLineWidth((float) (1.5 / zoom));
		surface.drawPolyline(route);
		surface.setLineDash(false);
		Point p = points.get(index);
		int size = (int) Math.ceil(DiagramPainter.HANDLE_SIZE / zoom);
		surface.setBackground(DiagramPainter.SELECTION);
		surface.fillRectangle(new Rectangle(p.x - size / 2, p.y - size / 2, size, size), 0);
		surface.setLineWidth(1);
	}
}
