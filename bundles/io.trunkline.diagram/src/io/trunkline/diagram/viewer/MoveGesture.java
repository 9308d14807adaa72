package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.Surface;

/**
 * Drags the selected nodes. A container takes its contents along, and an edge whose both ends
 * move keeps its bend points in step. Alt turns snapping off.
 */
final class MoveGesture implements Gesture {

	private static final int THRESHOLD = 3;

	private final DiagramViewer viewer;
	private final Point start;
	private final List<DiagramNode> moving;
	private final Set<DiagramNode> carried = new LinkedHashSet<>();
	private final Rectangle union;
	private int dx;
	private int dy;
	private boolean started;
	private List<int[]> guides = List.of();

	MoveGesture(DiagramViewer viewer, List<DiagramNode> nodes, Point start) {
		this.viewer = viewer;
		this.start = start;
		this.moving = withoutNested(nodes);
		Rectangle box = null;
		for (DiagramNode node : moving) {
			carried.add(node);
			if (node instanceof DiagramContainer container) {
				carried.addAll(container.descendants());
			}
			box = box == null ? node.bounds() : box.union(node.bounds());
		}
		this.union = box;
	}

	@Override
	public void drag(Point point, int stateMask) {
		int rawDx = point.x - start.x, rawDy = point.y - start.y;
		if (!started && Math.hypot(rawDx, rawDy) * viewer.zoom() < THRESHOLD) {
			return;
		}
		started = true;
		dx = rawDx;
		dy = rawDy;
		guides = List.of();
		if (viewer.isSnapping() && (stateMask & SWT.ALT) == 0) {
			Rectangle moved = new Rectangle(union.x + dx, union.y + dy, union.width, union.height);
			List<DiagramNode> others = new ArrayList<>();
			for (DiagramNode near : viewer.nodesNear(moved, (int) (200 / viewer.zoom()))) {
				if (!carried.contains(near) && !(near instanceof DiagramContainer)) {
					others.add(near);
				}
			}
			Snapper.Snap snap = Snapper.snap(moved, others, (int) Math.ceil(6 / viewer.zoom()), viewer.gridSize());
			dx += snap.dx();
			dy += snap.dy();
			guides = snap.guides();
		}
	}

	@Override
	public void finish(Point point, int stateMask) {
		drag(point, stateMask); // a quick drag may reach us with no motion event before the release
		if (!started || (dx == 0 && dy == 0)) {
			return;
		}
		Map<DiagramNode, Rectangle> bounds = new HashMap<>();
		for (DiagramNode node : carried) {
			Rectangle box = node.bounds();
			bounds.put(node, new Rectangle(box.x + dx, box.y + dy, box.width, box.height));
		}
		Map<DiagramEdge, List<Point>> bendpoints = new HashMap<>();
		for (DiagramEdge edge : viewer.diagram().edges()) {
			if (!edge.bendpoints().isEmpty() && carried.contains(edge.source()) && carried.contains(edge.target())) {
				List<Point> shifted = new ArrayList<>();
				for (Point bend : edge.bendpoints()) {
					shifted.add(new Point(bend.x + dx, bend.y + dy));
				}
				bendpoints.put(edge, shifted);
			}
		}
		viewer.editing().changeGeometry(new GeometryChange("Move", bounds, bendpoints));
	}

	@Override
	public void paintFeedback(Surface surface, double zoom) {
		if (!started) {
			return;
		}
		surface.setForeground(DiagramPainter.SELECTION);
		surface.setLineDash(true);
		surface.setLineWidth((float) (1 / zoom));
		for (DiagramNode node : moving) {
			Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
			surface.drawRectangle(new Rectangle(box.x + dx, box.y + dy, box.width, box.height), 8);
		}
		surface.setLineDash(false);
		Rectangle area = viewer.visibleArea();
		surface.setForeground(new org.eclipse.swt.graphics.RGB(230, 60, 150));
		for (int[] guide : guides) {
			if (guide[0] != Integer.MIN_VALUE) {
				surface.drawPolyline(new int[] { guide[0], area.y, guide[0], area.y + area.height });
			} else {
				surface.drawPolyline(new int[] { area.x, guide[1], area.x + area.width, guide[1] });
			}
		}
		surface.setLineWidth(1);
	}

	/** Moving a container already moves what is inside it. */
	private static List<DiagramNode> withoutNested(List<DiagramNode> nodes) {
		List<DiagramNode> outermost = new ArrayList<>();
		for (DiagramNode node : nodes) {
			boolean nested = false;
			for (DiagramNode other : nodes) {
				nested |= other != node && node.isInside(other);
			}
			if (!nested) {
				outermost.add(node);
			}
		}
		return outermost;
	}
}
