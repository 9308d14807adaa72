package io.trunkline.diagram.viewer;

import java.util.ArrayList;
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
 * instead of every element. Rebuilt lazily after any change; a rebuild is linear and takes a
 * few milliseconds for 20,000 elements.
 */
final class SpatialIndex {

	private static final int CELL = 256;

	private final Map<Long, List<DiagramElement>> cells = new HashMap<>();
	private final Map<DiagramElement, Rectangle> bounds = new IdentityHashMap<>();
	private final Map<DiagramEdge, int[]> routes = new IdentityHashMap<>();
	private boolean stale = true;

	void invalidate() {
		stale = true;
	}

	/** The elements whose drawn bounds intersect {@code area}, in diagram order. */
	Set<DiagramElement> query(Diagram diagram, Rectangle area) {
		rebuildIfStale(diagram);
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

	/** The polyline of a visible edge, computed once per rebuild. */
	int[] route(DiagramEdge edge) {
		int[] route = routes.get(edge);
		return route != null ? route : EdgeRoute.points(edge);
	}

	Rectangle boundsOf(DiagramElement element) {
		return bounds.get(element);
	}

	private void rebuildIfStale(Diagram diagram) {
		if (!stale) {
			return;
		}
		stale = false;
		cells.clear();
		bounds.clear();
		routes.clear();
		for (DiagramNode node : diagram.nodes()) {
			if (!node.isHidden()) {
				Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
				// room for the decoration badge that sticks out above the top-right corner
				file(node, new Rectangle(box.x - 4, box.y - 12, box.width + 16, box.height + 16));
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.source().visibleRepresentative() == edge.target().visibleRepresentative()) {
				continue;
			}
			int[] route = EdgeRoute.points(edge);
			routes.put(edge, route);
			Rectangle box = EdgeRoute.bounds(route);
			file(edge, new Rectangle(box.x - 20, box.y - 20, box.width + 40, box.height + 40));
		}
	}

	private void file(DiagramElement element, Rectangle box) {
		bounds.put(element, box);
		int x0 = Math.floorDiv(box.x, CELL), x1 = Math.floorDiv(box.x + box.width, CELL);
		int y0 = Math.floorDiv(box.y, CELL), y1 = Math.floorDiv(box.y + box.height, CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(element);
			}
		}
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) | (cy & 0xffffffffL);
	}
}
