package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.EdgeRoute;

/**
 * A uniform grid over diagram space: each visible element is filed under every cell its
 * bounds touch, so painting a viewport and hit testing a click look at a handful of cells
 * instead of every element. After a change only the elements it touched, and the edges ending
 * at them, are filed again (at the next query), in the same cells and the same order a rebuild
 * from scratch gives; {@link #invalidate()} asks for such a rebuild.
 */
final class SpatialIndex {

	private static final int CELL = 256;

	private final Map<Long, List<DiagramElement>> cells = new HashMap<>();
	private final Map<DiagramElement, Rectangle> bounds = new IdentityHashMap<>();
	private final Map<DiagramEdge, int[]> routes = new IdentityHashMap<>();
	private final Set<DiagramElement> pending = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean stale = true;

	/** Rebuild everything at the next query. */
	void invalidate() {
		stale = true;
		pending.clear();
	}

	/** File {@code elements} (added, removed, moved or resized) again at the next query. */
	void changed(Collection<DiagramElement> elements) {
		if (!stale) {
			pending.addAll(elements);
		}
	}

	/** The elements whose drawn bounds intersect {@code area}, cell by cell, each cell in diagram order. */
	Set<DiagramElement> query(Diagram diagram, Rectangle area) {
		bringUpToDate(diagram);
		Set<DiagramElement> found = new LinkedHashSet<>();
		int x0 = Math.floorDiv(area.x, CELL), x1 = Math.floorDiv(area.x + area.width, CELL);
		int y0 = Math.floorDiv(area.y, CELL), y1 = Math.floorDiv(area.y + area.height, CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				List<DiagramElement> cell = cells.get(key(cx, cy));
				if (cell != null) {
					for (DiagramElement element : cell) {
						if (bounds.get(element).intersects(area)) {
							found.add(element);
						}
					}
				}
			}
		}
		return found;
	}

	/** The polyline of a visible edge, computed once when it was filed. */
	int[] route(DiagramEdge edge) {
		int[] route = routes.get(edge);
		return route != null ? route : EdgeRoute.points(edge);
	}

	private void bringUpToDate(Diagram diagram) {
		if (stale) {
			stale = false;
			cells.clear();
			bounds.clear();
			routes.clear();
			for (DiagramNode node : diagram.nodes()) {
				file(node);
			}
			for (DiagramEdge edge : diagram.edges()) {
				file(edge);
			}
		} else if (!pending.isEmpty()) {
			Set<DiagramElement> refile = Collections.newSetFromMap(new IdentityHashMap<>());
			refile.addAll(pending);
			for (DiagramElement element : pending) {
				if (element instanceof DiagramNode node && node.diagram() == diagram) {
					refile.addAll(DiagramViewer.edgesEndingAt(node)); // their routes start or end at a node that moved
				}
			}
			pending.clear();
			refile.forEach(this::unfile);
			for (DiagramElement element : refile) {
				if (element.diagram() == diagram) {
					file(element);
				}
			}
		}
	}

	/** Where an element comes in a rebuild: nodes before edges, each in the diagram's order. */
	private static long rank(DiagramElement element) {
		return element instanceof DiagramEdge ? Long.MAX_VALUE / 2 + element.order() : element.order();
	}

	private void file(DiagramElement element) {
		if (element instanceof DiagramNode node) {
			if (!node.isHidden()) {
				Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
				// room for the decoration badge that sticks out above the top-right corner
				file(node, new Rectangle(box.x - 4, box.y - 12, box.width + 16, box.height + 16));
			}
		} else if (element instanceof DiagramEdge edge && edge.source().visibleRepresentative() != edge.target().visibleRepresentative()) {
			int[] route = EdgeRoute.points(edge);
			routes.put(edge, route);
			Rectangle box = EdgeRoute.bounds(route);
			file(edge, new Rectangle(box.x - 20, box.y - 20, box.width + 40, box.height + 40));
		}
	}

	private void file(DiagramElement element, Rectangle box) {
		bounds.put(element, box);
		long rank = rank(element);
		forCells(box, key -> {
			List<DiagramElement> cell = cells.computeIfAbsent(key, k -> new ArrayList<>(4));
			int at = cell.size();
			while (at > 0 && rank(cell.get(at - 1)) > rank) {
				at--; // a new element goes before those that come after it in the diagram
			}
			cell.add(at, element);
		});
	}

	private void unfile(DiagramElement element) {
		Rectangle box = bounds.remove(element);
		if (box == null) {
			return;
		}
		routes.remove(element);
		forCells(box, key -> {
			List<DiagramElement> cell = cells.get(key);
			cell.remove(element);
			if (cell.isEmpty()) {
				cells.remove(key);
			}
		});
	}

	private static void forCells(Rectangle box, java.util.function.LongConsumer action) {
		int x0 = Math.floorDiv(box.x, CELL), x1 = Math.floorDiv(box.x + box.width, CELL);
		int y0 = Math.floorDiv(box.y, CELL), y1 = Math.floorDiv(box.y + box.height, CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				action.accept(key(cx, cy));
			}
		}
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) | (cy & 0xffffffffL);
	}
}
