package io.trunkline.diagram.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;

/** A connection between two nodes, with optional bend points in absolute diagram coordinates. */
public class DiagramEdge extends DiagramElement {

	private DiagramNode source;
	private DiagramNode target;
	private List<Point> bendpoints = List.of();
	private Routing routing = Routing.ORTHOGONAL;
	private EdgeStyle style = EdgeStyle.DEFAULT;

	public DiagramEdge(String id, Object semantic, String label, DiagramNode source, DiagramNode target) {
		super(id, semantic, label);
		this.source = source;
		this.target = target;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	public void setEnds(DiagramNode newSource, DiagramNode newTarget) {
		if (diagram != null) {
			diagram.unlink(this, source, target);
			diagram.link(this, newSource, newTarget);
		}
		source = newSource;
		target = newTarget;
		geometryChanged();
	}

	public List<Point> bendpoints() {
		List<Point> copy = new ArrayList<>(bendpoints.size());
		for (Point point : bendpoints) {
			copy.add(new Point(point.x, point.y));
		}
		return copy;
	}

	public void setBendpoints(List<Point> points) {
		List<Point> copy = new ArrayList<>(points.size());
		for (Point point : points) {
			copy.add(new Point(point.x, point.y));
		}
		if (diagram != null) {
			diagram.shapeChanging(this);
		}
		bendpoints = List.copyOf(copy);
		if (diagram != null) {
			diagram.shapeChanged(this);
		}
		geometryChanged();
	}

	public Routing routing() {
		return routing;
	}

	public void setRouting(Routing routing) {
		this.routing = routing;
		geometryChanged();
	}

	public EdgeStyle style() {
		return style;
	}

	public void setStyle(EdgeStyle style) {
		this.style = style;
		changed();
	}
}
