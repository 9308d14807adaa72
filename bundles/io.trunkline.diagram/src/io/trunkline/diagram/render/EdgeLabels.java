package io.trunkline.diagram.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;

/**
 * Where edge labels go: on their edge, at the first of several places along it (the middle
 * first, then outwards) and beside it where the label covers neither a node, nor a container's
 * title, nor a label placed before. Parallel edges share one route, so their labels stack beside
 * each other instead of on top of each other. When every place is taken the least covered wins.
 */
public final class EdgeLabels {

	/** The labels' size in points at 100 %. */
	private static final int SIZE = 8;
	/** Smallest size (points on screen) labels are drawn at when zoomed out. */
	private static final int MIN_POINTS = 7;
	/** Fractions of the edge's length tried in turn. */
	private static final double[] ALONG = { 0.5, 0.38, 0.62, 0.26, 0.74, 0.16, 0.84 };
	private static final int GAP = 3;
	private static final int CELL = 256;

	private final Map<Long, List<Rectangle>> taken = new HashMap<>();

	private EdgeLabels() {
	}

	/** The size labels are drawn at for {@code zoom}: at least {@link #MIN_POINTS} on screen. */
	public static int size(double zoom) {
		return DiagramPainter.readableSize(SIZE, MIN_POINTS, zoom);
	}

	/**
	 * The plate (text box with its margin) of each labelled edge among {@code edges} at text size
	 * {@code size}, keeping clear of {@code nodes}; the order of {@code edges} decides who gets
	 * the best place.
	 */
	public static Map<DiagramEdge, Rectangle> place(Surface surface, Collection<? extends DiagramNode> nodes, Collection<DiagramEdge> edges,
			int size) {
		if (edges.stream().allMatch(edge -> edge.label().isEmpty())) {
			return Map.of();
		}
		EdgeLabels labels = new EdgeLabels();
		for (DiagramNode node : nodes) {
			Rectangle obstacle = obstacle(node);
			if (obstacle != null) {
				labels.take(obstacle);
			}
		}
		Map<DiagramEdge, Rectangle> plates = new LinkedHashMap<>();
		for (DiagramEdge edge : edges) {
			if (!edge.label().isEmpty()) {
				Rectangle plate = labels.bestPlace(EdgeRoute.points(edge), plateSize(surface, edge.label(), size));
				labels.take(plate);
				plates.put(edge, plate);
			}
		}
		return plates;
	}

	/** The plate's size: the text plus a margin of a third of the size across and 1 px down. */
	private static Point plateSize(Surface surface, String label, int size) {
		Point extent = surface.textExtent(label, size, false);
		return new Point(extent.x + 2 * margin(size), extent.y + 2);
	}

	/** Space left and right of the text on its plate. */
	static int margin(int size) {
		return Math.max(3, size / 3);
	}

	/** What a label must not cover of a node: a box, or an open container's title bar; nothing when hidden. */
	private static Rectangle obstacle(DiagramNode node) {
		if (node.isHidden()) {
			return null;
		}
		if (node instanceof DiagramContainer container) {
			Rectangle box = container.visibleBounds();
			return new Rectangle(box.x, box.y, box.width, Math.min(box.height, DiagramContainer.TITLE_HEIGHT));
		}
		return node.bounds();
	}

	private Rectangle bestPlace(int[] route, Point size) {
		Rectangle best = null;
		long leastCovered = Long.MAX_VALUE;
		for (double along : ALONG) {
			Point[] at = pointAndDirection(route, along);
			Point p = at[0];
			boolean horizontal = Math.abs(at[1].x) >= Math.abs(at[1].y);
			int dx = horizontal ? 0 : size.x / 2 + GAP, dy = horizontal ? size.y / 2 + GAP : 0;
			for (int side = 0; side < 3; side++) {
				int sign = side == 0 ? 0 : side == 1 ? -1 : 1;
				Rectangle plate = new Rectangle(p.x + sign * dx - size.x / 2, p.y + sign * dy - size.y / 2, size.x, size.y);
				long covered = covered(plate);
				if (covered == 0) {
					return plate;
				}
				if (covered < leastCovered) {
					leastCovered = covered;
					best = plate;
				}
			}
		}
		return best;
	}

	/** The point at {@code along} of the polyline's length, and the direction of the segment it is on. */
	static Point[] pointAndDirection(int[] points, double along) {
		double total = 0;
		for (int i = 2; i < points.length; i += 2) {
			total += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
		}
		double remaining = total * along;
		for (int i = 2; i < points.length; i += 2) {
			int dx = points[i] - points[i - 2], dy = points[i + 1] - points[i - 1];
			double length = Math.hypot(dx, dy);
			if (length >= remaining && length > 0) {
				double t = remaining / length;
				return new Point[] { new Point((int) Math.round(points[i - 2] + t * dx), (int) Math.round(points[i - 1] + t * dy)), new Point(dx, dy) };
			}
			remaining -= length;
		}
		return new Point[] { new Point(points[0], points[1]), new Point(1, 0) };
	}

	private long covered(Rectangle plate) {
		long area = 0;
		Set<Rectangle> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		forCells(plate, cell -> {
			List<Rectangle> list = taken.get(cell);
			if (list != null) {
				for (Rectangle other : list) {
					if (other.intersects(plate)) {
						seen.add(other);
					}
				}
			}
		});
		for (Rectangle other : seen) {
			Rectangle overlap = other.intersection(plate);
			area += (long) overlap.width * overlap.height;
		}
		return area;
	}

	private void take(Rectangle box) {
		forCells(box, cell -> taken.computeIfAbsent(cell, key -> new ArrayList<>(4)).add(box));
	}

	private static void forCells(Rectangle box, java.util.function.LongConsumer action) {
		int x0 = Math.floorDiv(box.x, CELL), x1 = Math.floorDiv(box.x + box.width, CELL);
		int y0 = Math.floorDiv(box.y, CELL), y1 = Math.floorDiv(box.y + box.height, CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				action.accept(((long) cx << 32) | (cy & 0xffffffffL));
			}
		}
	}
}
