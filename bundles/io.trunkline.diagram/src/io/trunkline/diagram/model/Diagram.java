package io.trunkline.diagram.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.graphics.Rectangle;

/**
 * The view model a viewer shows: nodes (some of them containers) and edges, indexed by id.
 * Changes made inside {@link #batch(Runnable)} reach listeners as one structure change, so a
 * client rebuilding thousands of elements does not trigger thousands of repaints.
 */
public final class Diagram {

	private final List<DiagramNode> roots = new ArrayList<>();
	private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
	private final Map<String, DiagramEdge> edges = new LinkedHashMap<>();
	private final List<DiagramListener> listeners = new CopyOnWriteArrayList<>();
	private int batchDepth;
	private boolean batchDirty;
	/** What the changes since the last structure change touched, for {@link DiagramChange}. */
	private final Set<DiagramElement> touched = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean touchedWhole;
	/** The edges that start or end at each node, so removing a node or following its edges does not scan every edge. */
	private final Map<DiagramNode, List<DiagramEdge>> edgesAt = new IdentityHashMap<>();
	private long added;
	/** The extent while known: changes keep it, or forget it when it may have shrunk. */
	private Rectangle extent;

	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	public Collection<DiagramNode> nodes() {
		return Collections.unmodifiableCollection(nodes.values());
	}

	public Collection<DiagramEdge> edges() {
		return Collections.unmodifiableCollection(edges.values());
	}

	public DiagramNode node(String id) {
		return nodes.get(id);
	}

	public DiagramEdge edge(String id) {
		return edges.get(id);
	}

	/** The edges that start or end at {@code node}. */
	public List<DiagramEdge> edgesAt(DiagramNode node) {
		List<DiagramEdge> at = edgesAt.get(node);
		return at == null ? List.of() : Collections.unmodifiableList(at);
	}

	public DiagramElement element(String id) {
		DiagramNode node = nodes.get(id);
		return node != null ? node : edges.get(id);
	}

	/** Adds a node at the top level, or inside {@code parent} when it is not null. */
	public <N extends DiagramNode> N add(N node, DiagramContainer parent) {
		return add(node, parent, parent == null ? roots.size() : parent.children().size());
	}

	/**
	 * Adds a node at {@code index} among the top-level nodes, or among {@code parent}'s children:
	 * a client updating part of a diagram puts a new node where a full rebuild would have put it,
	 * so both paint in the same order.
	 */
	public <N extends DiagramNode> N add(N node, DiagramContainer parent, int index) {
		if (nodes.putIfAbsent(node.id(), node) != null) {
			throw new IllegalArgumentException("Duplicate diagram node id " + node.id());
		}
		node.diagram = this;
		node.parent = parent;
		node.order = ++added;
		shapeChanged(node);
		touched.add(node);
		(parent == null ? roots : parent.mutableChildren()).add(index, node);
		fireStructureChanged();
		return node;
	}

	public DiagramEdge add(DiagramEdge edge) {
		if (edges.putIfAbsent(edge.id(), edge) != null) {
			throw new IllegalArgumentException("Duplicate diagram edge id " + edge.id());
		}
		edge.diagram = this;
		edge.order = ++added;
		shapeChanged(edge);
		link(edge, edge.source(), edge.target());
		touched.add(edge);
		fireStructureChanged();
		return edge;
	}

	/** Removes an element; a node takes its contents and every edge touching them along. */
	public void remove(DiagramElement element) {
		batch(() -> {
			if (element instanceof DiagramEdge edge) {
				if (edges.remove(edge.id()) != null) {
					shapeChanging(edge);
					edge.diagram = null;
					unlink(edge, edge.source(), edge.target());
					touched.add(edge);
				}
			} else if (element instanceof DiagramNode node && nodes.containsKey(node.id())) {
				if (node instanceof DiagramContainer container) {
					for (DiagramNode child : new ArrayList<>(container.children())) {
						remove(child);
					}
				}
				for (DiagramEdge edge : new ArrayList<>(edgesAt(node))) {
					remove(edge);
				}
				shapeChanging(node);
				nodes.remove(node.id());
				if (node.parent == null) {
					roots.remove(node);
				} else {
					node.parent.mutableChildren().remove(node);
				}
				node.diagram = null;
				touched.add(node);
			}
			batchDirty = true;
		});
	}

	public void clear() {
		batch(() -> {
			for (DiagramElement element : nodes.values()) {
				element.diagram = null;
			}
			for (DiagramElement element : edges.values()) {
				element.diagram = null;
			}
			roots.clear();
			nodes.clear();
			edges.clear();
			edgesAt.clear();
			extent = null;
			touchedWhole = true;
			batchDirty = true;
		});
	}

	void link(DiagramEdge edge, DiagramNode source, DiagramNode target) {
		edgesAt.computeIfAbsent(source, node -> new ArrayList<>(2)).add(edge);
		if (target != source) {
			edgesAt.computeIfAbsent(target, node -> new ArrayList<>(2)).add(edge);
		}
	}

	void unlink(DiagramEdge edge, DiagramNode source, DiagramNode target) {
		for (DiagramNode end : source == target ? List.of(source) : List.of(source, target)) {
			List<DiagramEdge> at = edgesAt.get(end);
			if (at != null) {
				at.remove(edge);
				if (at.isEmpty()) {
					edgesAt.remove(end);
				}
			}
		}
	}

	/** The smallest rectangle holding every visible node and bend point. */
	public Rectangle extent() {
		if (extent == null) {
			for (DiagramNode node : nodes.values()) {
				grow(shape(node));
			}
			for (DiagramEdge edge : edges.values()) {
				shape(edge).forEach(this::grow);
			}
		}
		return extent == null ? new Rectangle(0, 0, 0, 0) : new Rectangle(extent.x, extent.y, extent.width, extent.height);
	}

	/** What a node adds to the extent: its drawn box, nothing while hidden. */
	private static Rectangle shape(DiagramNode node) {
		if (node.isHidden()) {
			return null;
		}
		return node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
	}

	/** What an edge adds to the extent: its bend points. */
	private static List<Rectangle> shape(DiagramEdge edge) {
		List<Rectangle> dots = new ArrayList<>();
		for (var point : edge.bendpoints()) {
			dots.add(new Rectangle(point.x, point.y, 1, 1));
		}
		return dots;
	}

	private void grow(Rectangle box) {
		if (box != null) {
			extent = extent == null ? box : extent.union(box);
		}
	}

	/** An element's shape is about to go or move: the extent is looked at again unless it lay well inside. */
	private void shrink(Rectangle box) {
		if (box != null && extent != null && !(box.x > extent.x && box.y > extent.y && box.x + box.width < extent.x + extent.width
				&& box.y + box.height < extent.y + extent.height)) {
			extent = null;
		}
	}

	/** Keeps the extent while a node changes its bounds: called before and after. */
	void shapeChanging(DiagramNode node) {
		shrink(shape(node));
	}

	void shapeChanged(DiagramNode node) {
		if (extent != null) {
			grow(shape(node));
		}
	}

	void shapeChanging(DiagramEdge edge) {
		shape(edge).forEach(this::shrink);
	}

	void shapeChanged(DiagramEdge edge) {
		if (extent != null) {
			shape(edge).forEach(this::grow);
		}
	}

	public void batch(Runnable changes) {
		batchDepth++;
		try {
			changes.run();
		} finally {
			batchDepth--;
		}
		if (batchDepth == 0 && batchDirty) {
			batchDirty = false;
			DiagramChange change = touchedWhole ? DiagramChange.whole() : DiagramChange.of(touched);
			touched.clear();
			touchedWhole = false;
			for (DiagramListener listener : listeners) {
				listener.structureChanged(change);
			}
		}
	}

	public void addListener(DiagramListener listener) {
		listeners.add(listener);
	}

	public void removeListener(DiagramListener listener) {
		listeners.remove(listener);
	}

	void fireChanged(DiagramElement element, boolean geometry) {
		if (batchDepth > 0) {
			batchDirty = true;
			touched.add(element);
			return;
		}
		for (DiagramListener listener : listeners) {
			if (geometry) {
				listener.geometryChanged(element);
			} else {
				listener.appearanceChanged(element);
			}
		}
	}

	void fireStructureChanged() {
		batch(() -> batchDirty = true);
	}

	/** A change that may show or hide any number of elements, such as a container collapsing. */
	void fireWholeChanged() {
		extent = null;
		batch(() -> {
			touchedWhole = true;
			batchDirty = true;
		});
	}
}
