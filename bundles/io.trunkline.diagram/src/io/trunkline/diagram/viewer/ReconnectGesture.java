package io.trunkline.diagram.viewer;

import org.eclipse.swt.graphics.Point;

import io.trunkline.diagram.description.EdgeEnd;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.Surface;

/** Drags one end of an edge onto another node, with the same valid/invalid feedback as connecting. */
final class ReconnectGesture implements Gesture {

	private final DiagramViewer viewer;
	private final DiagramEdge edge;
	private final EdgeEnd end;
	private Point pointer;
	private DiagramNode target;
	private boolean valid;

	ReconnectGesture(DiagramViewer viewer, DiagramEdge edge, EdgeEnd end, Point start) {
		this.viewer = viewer;
		this.edge = edge;
		this.end = end;
		this.pointer = start;
	}

	@Override
	public void drag(Point point, int stateMask) {
		pointer = point;
		target = viewer.nodeAt(point);
		DiagramNode current = end == EdgeEnd.SOURCE ? edge.source() : edge.target();
		valid = target != null && target != current && viewer.editing().canReconnect(edge, end, target);
	}

	@Override
	public void finish(Point point, int stateMask) {
		drag(point, stateMask);
		if (valid) {
			viewer.editing().reconnect(edge, end, target);
		}
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		DiagramNode fixed = end == EdgeEnd.SOURCE ? edge.target() : edge.source();
		ConnectGesture.paintRubberBand(surface, fixed.visibleRepresentative().bounds(), pointer, target, valid, zoom);
	}
}
