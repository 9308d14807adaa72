package io.trunkline.diagram.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

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
 *
 * <p>An instance keeps a placement and {@linkplain #update updates} it after a change to the
 * same result a placement from scratch gives: a label is placed again only when its edge
 * changed, or when a place it looked at was covered or uncovered by a node or by a label
 * before it in order; each label placed anew may in turn move labels after it, and so on, in
 * order, so every label is placed once the labels before it are final.
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

	/** A box filed in the grid: a node's obstacle (in the way of every label) or a label's plate. */
	private static final class Taken {
		final Rectangle box;
		final Label label;

		Taken(Rectangle box, Label label) {
			this.box = box;
			this.label = label;
		}

		long rank() {
			return label == null ? Long.MIN_VALUE : label.rank;
		}
	}

	/** What one edge's placement depended on, and where it went. */
	private static final class Label {
		final DiagramEdge edge;
		final long rank;
		int[] route;
		String text = "";
		Point size;
		/** Every place looked at: the placement changes only when something here changes. */
		Rectangle reach;
		Taken plate;

		Label(DiagramEdge edge, long rank) {
			this.edge = edge;
			this.rank = rank;
		}
	}

	private static final Comparator<Label> BY_RANK = Comparator.comparingLong(label -> label.rank);

	private final int size;
	private final Map<Long, List<Taken>> taken = new HashMap<>();
	/** Each placed label under every cell its reach touches: who may have to move when something appears or goes there. */
	private final Map<Long, List<Label>> reaches = new HashMap<>();
	private final Map<DiagramNode, Taken> obstacles = new IdentityHashMap<>();
	private final Map<DiagramEdge, Label> labels = new IdentityHashMap<>();
	private final PriorityQueue<Label> queue = new PriorityQueue<>(BY_RANK);
	private final Set<Label> queued = Collections.newSetFromMap(new IdentityHashMap<>());

	/** An empty placement for labels of text size {@code size}. */
	public EdgeLabels(int size) {
		this.size = size;
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
		EdgeLabels labels = new EdgeLabels(size);
		Map<DiagramEdge, Long> ranks = new IdentityHashMap<>();
		for (DiagramEdge edge : edges) {
			ranks.put(edge, (long) ranks.size());
		}
		labels.update(surface, nodes, node -> true, edges, ranks::containsKey, ranks::get);
		return labels.plates();
	}

	/** The text size this placement is for. */
	public int size() {
		return size;
	}

	/**
	 * Brings the placement of a diagram's labels up to date: {@code changedNodes} are the nodes
	 * that may have been added, removed, moved, resized, hidden or shown, {@code changedEdges}
	 * the edges that may have been added, removed or re-routed, or had their text changed. An
	 * edge is labelled while it is on its diagram and its ends are not hidden in one collapsed
	 * container; labels take their places in the order the edges were added to the diagram.
	 * The first update, with every node and edge, places everything.
	 */
	public void update(Surface surface, Collection<? extends DiagramNode> changedNodes, Collection<DiagramEdge> changedEdges) {
		update(surface, changedNodes, node -> node.diagram() != null, changedEdges,
				edge -> edge.diagram() != null && edge.source().visibleRepresentative() != edge.target().visibleRepresentative(),
				DiagramEdge::order);
	}

	private void update(Surface surface, Collection<? extends DiagramNode> changedNodes, Predicate<DiagramNode> present,
			Collection<DiagramEdge> changedEdges, Predicate<DiagramEdge> labelled, ToLongFunction<DiagramEdge> rank) {
		for (DiagramNode node : changedNodes) {
			Rectangle now = present.test(node) ? obstacle(node) : null;
			Taken was = obstacles.get(node);
			if (was != null && was.box.equals(now)) {
				continue;
			}
			if (was != null) {
				untake(was);
				obstacles.remove(node);
				queueReaching(was.box, Long.MIN_VALUE);
			}
			if (now != null) {
				Taken obstacle = new Taken(now, null);
				take(obstacle);
				obstacles.put(node, obstacle);
				queueReaching(now, Long.MIN_VALUE);
			}
		}
		for (DiagramEdge edge : changedEdges) {
			Label label = labels.get(edge);
			if (!labelled.test(edge)) {
				if (label != null) {
					labels.remove(edge);
					forget(label);
				}
				continue;
			}
			if (label == null) {
				label = new Label(edge, rank.applyAsLong(edge));
				labels.put(edge, label);
			}
			int[] route = EdgeRoute.points(edge);
			if (!Arrays.equals(route, label.route) || !edge.label().equals(label.text) || label.reach == null) {
				label.route = route;
				label.text = edge.label();
				label.size = label.text.isEmpty() ? null : plateSize(surface, label.text, size);
				queue(label);
			}
		}
		while (!queue.isEmpty()) {
			Label label = queue.poll();
			queued.remove(label);
			place(label);
		}
	}

	/** Places one label again: anything after it that looked where it was, or where it goes, follows. */
	private void place(Label label) {
		unfileReach(label);
		Rectangle plate = label.text.isEmpty() ? null : bestPlace(label);
		fileReach(label);
		Rectangle was = label.plate == null ? null : label.plate.box;
		if (was != null && was.equals(plate)) {
			return;
		}
		if (was != null) {
			untake(label.plate);
			queueReaching(was, label.rank);
		}
		label.plate = plate == null ? null : new Taken(plate, label);
		if (plate != null) {
			take(label.plate);
			queueReaching(plate, label.rank);
		}
	}

	/** An edge no longer labelled: its plate goes, and whoever looked there may move into the room. */
	private void forget(Label label) {
		unfileReach(label);
		if (queued.remove(label)) {
			queue.remove(label);
		}
		if (label.plate != null) {
			untake(label.plate);
			queueReaching(label.plate.box, Long.MIN_VALUE);
		}
	}

	private void queue(Label label) {
		if (queued.add(label)) {
			queue.add(label);
		}
	}

	/** Queues the labels after {@code rank} that looked at a place {@code box} covers. */
	private void queueReaching(Rectangle box, long rank) {
		forCells(box, cell -> {
			List<Label> list = reaches.get(cell);
			if (list != null) {
				for (Label label : list) {
					if (label.rank > rank && label.reach.intersects(box)) {
						queue(label);
					}
				}
			}
		});
	}

	private void fileReach(Label label) {
		if (label.reach != null) {
			forCells(label.reach, cell -> reaches.computeIfAbsent(cell, key -> new ArrayList<>(4)).add(label));
		}
	}

	private void unfileReach(Label label) {
		if (label.reach != null) {
			forCells(label.reach, cell -> {
				List<Label> list = reaches.get(cell);
				list.remove(label);
				if (list.isEmpty()) {
					reaches.remove(cell);
				}
			});
			label.reach = null;
		}
	}

	/** Every labelled edge's plate, in the labels' order. */
	public Map<DiagramEdge, Rectangle> plates() {
		List<Label> placed = new ArrayList<>();
		for (Label label : labels.values()) {
			if (label.plate != null) {
				placed.add(label);
			}
		}
		return inOrder(placed);
	}

	/** The plates that intersect {@code area}, in the labels' order. */
	public Map<DiagramEdge, Rectangle> platesIn(Rectangle area) {
		List<Label> found = new ArrayList<>();
		Set<Taken> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		forCells(area, cell -> {
			List<Taken> list = taken.get(cell);
			if (list != null) {
				for (Taken box : list) {
					if (box.label != null && box.box.intersects(area) && seen.add(box)) {
						found.add(box.label);
					}
				}
			}
		});
		return inOrder(found);
	}

	private static Map<DiagramEdge, Rectangle> inOrder(List<Label> labels) {
		labels.sort(BY_RANK);
		Map<DiagramEdge, Rectangle> plates = new LinkedHashMap<>();
		for (Label label : labels) {
			plates.put(label.edge, label.plate.box);
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

	/** The first place along the route that nothing before the label covers, else the least covered; notes every place looked at. */
	private Rectangle bestPlace(Label label) {
		Point size = label.size;
		Rectangle best = null;
		Rectangle reach = null;
		long leastCovered = Long.MAX_VALUE;
		for (double along : ALONG) {
			Point[] at = pointAndDirection(label.route, along);
			Point p = at[0];
			boolean horizontal = Math.abs(at[1].x) >= Math.abs(at[1].y);
			int dx = horizontal ? 0 : size.x / 2 + GAP, dy = horizontal ? size.y / 2 + GAP : 0;
			for (int side = 0; side < 3; side++) {
				int sign = side == 0 ? 0 : side == 1 ? -1 : 1;
				Rectangle plate = new Rectangle(p.x + sign * dx - size.x / 2, p.y + sign * dy - size.y / 2, size.x, size.y);
				reach = reach == null ? plate : reach.union(plate);
				long covered = covered(plate, label.rank);
				if (covered == 0) {
					label.reach = reach;
					return plate;
				}
				if (covered < leastCovered) {
					leastCovered = covered;
					best = plate;
				}
			}
		}
		label.reach = reach;
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

	/** The area of {@code plate} covered by obstacles and by the plates of labels ranked before {@code rank}. */
	private long covered(Rectangle plate, long rank) {
		long area = 0;
		Set<Taken> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		forCells(plate, cell -> {
			List<Taken> list = taken.get(cell);
			if (list != null) {
				for (Taken other : list) {
					if (other.rank() < rank && other.box.intersects(plate)) {
						seen.add(other);
					}
				}
			}
		});
		for (Taken other : seen) {
			Rectangle overlap = other.box.intersection(plate);
			area += (long) overlap.width * overlap.height;
		}
		return area;
	}

	private void take(Taken box) {
		forCells(box.box, cell -> taken.computeIfAbsent(cell, key -> new ArrayList<>(4)).add(box));
	}

	private void untake(Taken box) {
		forCells(box.box, cell -> {
			List<Taken> list = taken.get(cell);
			list.remove(box);
			if (list.isEmpty()) {
				taken.remove(cell);
			}
		});
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
