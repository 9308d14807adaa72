package io.trunkline.diagram.description;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;

/**
 * New bounds for nodes and new bend points for edges, as one undoable step: a move, a resize,
 * a bend point drag or a whole layout. {@code name} is what Undo shows.
 */
public record GeometryChange(String name, Map<DiagramNode, Rectangle> bounds, Map<DiagramEdge, List<Point>> bendpoints) {

	public GeometryChange {
		bounds = Map.copyOf(bounds);
		bendpoints = Map.copyOf(bendpoints);
	}

	public boolean isEmpty() {
		return bounds.isEmpty() && bendpoints.isEmpty();
	}
}
