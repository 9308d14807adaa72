package io.trunkline.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;

/**
 * Arranges a diagram, or a selection of it, with ELK Layered: containers are laid out with
 * their contents (hierarchy handling INCLUDE_CHILDREN, so edges between containers are routed
 * through them), edges orthogonally. Pinned nodes keep their place and their edges fall back to
 * the viewer's own routing.
 *
 * <p>Three steps so a caller can keep the model on the UI thread: {@link #prepare} copies the
 * diagram into an ELK graph, {@link #run} computes (any thread, cancellable), {@link #result}
 * turns the answer into a {@link GeometryChange} to execute as one undoable command.
 */
public final class ElkDiagramLayout {

	private static final int SPACING = 30;
	private static final int PADDING = 14;

	private final Map<DiagramNode, ElkNode> shapes = new HashMap<>();
	private final Map<DiagramEdge, ElkEdge> connections = new HashMap<>();
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final Rectangle scopeBounds;
	private final boolean whole;

	private ElkDiagramLayout(Rectangle scopeBounds, boolean whole) {
		this.scopeBounds = scopeBounds;
		this.whole = whole;
	}

	static {
		if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}

	/**
	 * Copies the part of {@code diagram} to arrange into an ELK graph.
	 *
	 * @param selection the nodes to arrange (with their contents), or empty for the whole diagram
	 */
	public static ElkDiagramLayout prepare(Diagram diagram, Collection<DiagramNode> selection, Direction direction) {
		Set<DiagramNode> scope = new LinkedHashSet<>();
		List<DiagramNode> tops = new ArrayList<>();
		if (selection.isEmpty()) {
			tops.addAll(diagram.roots());
		} else {
			for (DiagramNode node : selection) {
				if (selection.stream().noneMatch(other -> other != node && node.isInside(other))) {
					tops.add(node);
				}
			}
		}
		Rectangle bounds = null;
		for (DiagramNode top : tops) {
			bounds = bounds == null ? top.bounds() : bounds.union(top.bounds());
		}
		ElkDiagramLayout layout = new ElkDiagramLayout(bounds == null ? new Rectangle(0, 0, 0, 0) : bounds, selection.isEmpty());
		ElkNode root = layout.root;
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, direction);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) SPACING * 2);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
		for (DiagramNode top : tops) {
			layout.copy(top, root, scope);
		}
		for (DiagramEdge edge : diagram.edges()) {
			DiagramNode source = edge.source().visibleRepresentative(), target = edge.target().visibleRepresentative();
			ElkNode from = layout.shapes.get(source), to = layout.shapes.get(target);
			if (from != null && to != null && from != to && !source.isInside(target) && !target.isInside(source)) {
				ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
				ElkGraphUtil.updateContainment(elkEdge);
				layout.connections.put(edge, elkEdge);
			}
		}
		return layout;
	}

	private void copy(DiagramNode node, ElkNode parent, Set<DiagramNode> scope) {
		ElkNode shape = ElkGraphUtil.createNode(parent);
		shape.setDimensions(node.width(), node instanceof DiagramContainer c ? c.visibleBounds().height : node.height());
		shapes.put(node, shape);
		scope.add(node);
		if (node instanceof DiagramContainer container && !container.isCollapsed() && !container.children().isEmpty()) {
			shape.setProperty(CoreOptions.PADDING, new ElkPadding(DiagramContainer.TITLE_HEIGHT + PADDING, PADDING, PADDING, PADDING));
			for (DiagramNode child : container.children()) {
				copy(child, shape, scope);
			}
		}
	}

	/** Runs ELK; returns false when cancelled. */
	public boolean run(BooleanSupplier cancelled) {
		try {
			new RecursiveGraphLayoutEngine().layout(root, new CancellableMonitor(cancelled));
		} catch (CancellationException stopped) {
			return false;
		}
		return !cancelled.getAsBoolean();
	}

	/**
	 * ELK asks only the root monitor whether it is cancelled, before the algorithm starts; its
	 * sub-monitors answer "no" (BasicProgressMonitor.isCanceled, ELK 0.12), and Layered with
	 * INCLUDE_CHILDREN checks once. Every sub-task ELK starts (one per processing step) is
	 * therefore where a cancellation stops it.
	 */
	private static final class CancellableMonitor extends BasicProgressMonitor {

		private final BooleanSupplier cancelled;

		CancellableMonitor(BooleanSupplier cancelled) {
			this.cancelled = cancelled;
		}

		@Override
		public boolean isCanceled() {
			return cancelled.getAsBoolean();
		}

		@Override
		protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException();
			}
			return new CancellableMonitor(cancelled);
		}
	}

	/** The computed positions, moved so a laid-out selection stays where it was. */
	public GeometryChange result(String name) {
		int dx = whole ? 0 : scopeBounds.x - PADDING, dy = whole ? 0 : scopeBounds.y - PADDING;
		Map<DiagramNode, Rectangle> bounds = new HashMap<>();
		Set<DiagramNode> pinned = new LinkedHashSet<>();
		for (Map.Entry<DiagramNode, ElkNode> entry : shapes.entrySet()) {
			DiagramNode node = entry.getKey();
			if (node.isPinned() || hasPinnedAncestor(node)) {
				pinned.add(node);
				continue;
			}
			ElkNode shape = entry.getValue();
			double[] origin = absolute(shape);
			Rectangle box = new Rectangle((int) Math.round(origin[0]) + dx, (int) Math.round(origin[1]) + dy,
					(int) Math.round(shape.getWidth()), (int) Math.round(shape.getHeight()));
			if (node instanceof DiagramContainer container && container.isCollapsed()) {
				box.height = node.height();
			}
			bounds.put(node, box);
		}
		Map<DiagramEdge, List<Point>> bendpoints = new HashMap<>();
		for (Map.Entry<DiagramEdge, ElkEdge> entry : connections.entrySet()) {
			DiagramEdge edge = entry.getKey();
			List<Point> points = new ArrayList<>();
			if (!pinned.contains(edge.source().visibleRepresentative()) && !pinned.contains(edge.target().visibleRepresentative())) {
				ElkEdge elkEdge = entry.getValue();
				double[] origin = elkEdge.getContainingNode() == null ? new double[2] : absolute(elkEdge.getContainingNode());
				for (ElkEdgeSection section : elkEdge.getSections()) {
					for (ElkBendPoint bend : section.getBendPoints()) {
						points.add(new Point((int) Math.round(bend.getX() + origin[0]) + dx, (int) Math.round(bend.getY() + origin[1]) + dy));
					}
				}
			}
			bendpoints.put(edge, points);
		}
		return new GeometryChange(name, bounds, bendpoints);
	}

	public int nodeCount() {
		return shapes.size();
	}

	private static boolean hasPinnedAncestor(DiagramNode node) {
		for (DiagramNode up = node.parent(); up != null; up = up.parent()) {
			if (up.isPinned()) {
				return true;
			}
		}
		return false;
	}

	/** Position relative to the root graph (ELK stores positions relative to the parent). */
	private static double[] absolute(ElkNode shape) {
		double x = 0, y = 0;
		for (ElkNode at = shape; at != null && at.getParent() != null; at = at.getParent()) {
			x += at.getX();
			y += at.getY();
		}
		return new double[] { x, y };
	}
}
