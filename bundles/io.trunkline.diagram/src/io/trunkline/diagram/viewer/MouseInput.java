package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

import io.trunkline.diagram.description.EdgeEnd;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.EdgeRoute;
import io.trunkline.diagram.render.Surface;

/**
 * What the mouse does on the canvas: which gesture a press starts (depending on the armed tool,
 * the handles of the selection and what lies under the pointer), panning with the middle button
 * or Space, the collapse toggle of containers, double click, Ctrl+wheel zoom and hover tooltips.
 */
final class MouseInput {

	private final DiagramViewer viewer;
	private final KeyboardInput keyboard;
	private Gesture gesture;
	/** Whether the last press grabbed a handle of the selection. */
	private boolean pressedOnHandle;
	private Point panAnchor;
	private DiagramElement hovered;

	MouseInput(DiagramViewer viewer, KeyboardInput keyboard) {
		this.viewer = viewer;
		this.keyboard = keyboard;
	}

	/** Drops the gesture in progress; true if there was one. */
	boolean cancel() {
		boolean had = gesture != null;
		gesture = null;
		return had;
	}

	void paintFeedback(Surface surface, double zoom) {
		if (gesture != null) {
			gesture.paintFeedback(surface, zoom);
		}
	}

	void down(Event e) {
		pressedOnHandle = false;
		viewer.getControl().setFocus();
		viewer.commitLabelEditor();
		if (e.button == 2 || (e.button == 1 && keyboard.isSpaceDown())) {
			panAnchor = new Point(e.x, e.y);
			viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
			return;
		}
		Point p = viewer.toDiagram(e.x, e.y);
		if (e.button == 3) {
			DiagramElement element = viewer.elementAt(p);
			if (element != null && !viewer.selectedElements().contains(element)) {
				viewer.select(List.of(element));
			}
			return;
		}
		if (e.button != 1) {
			return;
		}
		boolean keep = (e.stateMask & SWT.CTRL) != 0 && !(viewer.activeTool() instanceof Tool.Select);
		if (viewer.activeTool() instanceof Tool.CreateNode tool) {
			DiagramContainer container = viewer.containerAt(p);
			if (viewer.editing().canCreate(tool, container)) {
				viewer.editing().create(tool, container, viewer.snap(p, e.stateMask));
			}
			if (!keep) {
				viewer.setActiveTool(new Tool.Select());
			}
			return;
		}
		if (viewer.activeTool() instanceof Tool.Connect tool) {
			DiagramNode source = viewer.nodeAt(p);
			if (source != null && viewer.editing().canStartConnection(tool, source)) {
				gesture = new ConnectGesture(viewer, tool, source, p);
			}
			return;
		}
		if (viewer.activeTool() instanceof Tool.Marquee) {
			gesture = new MarqueeGesture(viewer, p, (e.stateMask & (SWT.SHIFT | SWT.CTRL)) != 0 ? viewer.selectedElements() : List.of());
			return;
		}
		pressedOnHandle = startHandleGesture(p);
		if (pressedOnHandle) {
			return;
		}
		DiagramElement element = viewer.elementAt(p);
		if (element instanceof DiagramContainer container && onCollapseToggle(container, p)) {
			container.setCollapsed(!container.isCollapsed());
			return;
		}
		if (element == null) {
			gesture = new MarqueeGesture(viewer, p, (e.stateMask & (SWT.SHIFT | SWT.CTRL)) != 0 ? viewer.selectedElements() : List.of());
			if ((e.stateMask & (SWT.SHIFT | SWT.CTRL)) == 0) {
				viewer.select(List.of());
			}
			return;
		}
		if ((e.stateMask & SWT.CTRL) != 0) {
			List<DiagramElement> toggled = new ArrayList<>(viewer.selectedElements());
			if (!toggled.remove(element)) {
				toggled.add(element);
			}
			viewer.select(toggled);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			List<DiagramElement> added = new ArrayList<>(viewer.selectedElements());
			added.remove(element);
			added.add(element);
			viewer.select(added);
		} else if (!viewer.selectedElements().contains(element)) {
			viewer.select(List.of(element));
		}
		List<DiagramNode> nodes = new ArrayList<>();
		for (DiagramElement selected : viewer.selectedElements()) {
			if (selected instanceof DiagramNode node) {
				nodes.add(node);
			}
		}
		if (element instanceof DiagramNode && viewer.selectedElements().contains(element) && !nodes.isEmpty()) {
			gesture = new MoveGesture(viewer, nodes, p);
		}
	}

	private boolean startHandleGesture(Point p) {
		if (viewer.selectedElements().size() != 1) {
			return false;
		}
		DiagramElement only = viewer.primary();
		double reach = (DiagramPainter.HANDLE_SIZE / 2.0 + 2) / viewer.zoom();
		if (only instanceof DiagramNode node) {
			List<Point> handles = DiagramPainter.handles(viewer.boundsOf(node));
			for (int i = 0; i < handles.size(); i++) {
				if (near(handles.get(i), p, reach)) {
					gesture = new ResizeGesture(viewer, node, i);
					return true;
				}
			}
		} else if (only instanceof DiagramEdge edge) {
			int[] route = EdgeRoute.points(edge);
			int last = route.length / 2 - 1;
			for (int i = 0; i <= last; i++) {
				Point point = new Point(route[2 * i], route[2 * i + 1]);
				if (near(point, p, reach)) {
					if (i == 0 || i == last) {
						gesture = new ReconnectGesture(viewer, edge, i == 0 ? EdgeEnd.SOURCE : EdgeEnd.TARGET, p);
					} else if (!edge.bendpoints().isEmpty()) {
						gesture = new BendpointGesture(viewer, edge, i - 1, false, p);
					} else {
						gesture = new BendpointGesture(viewer, edge, 0, true, p);
					}
					return true;
				}
			}
			if (EdgeRoute.distance(route, p.x, p.y) <= reach) {
				gesture = new BendpointGesture(viewer, edge, insertionIndex(edge, route, p), true, p);
				return true;
			}
		}
		return false;
	}

	/** Where a bend point grabbed at {@code p} goes in the edge's list of bend points. */
	private static int insertionIndex(DiagramEdge edge, int[] route, Point p) {
		if (edge.bendpoints().isEmpty()) {
			return 0;
		}
		int best = 0;
		double bestDistance = Double.MAX_VALUE;
		for (int i = 2; i < route.length; i += 2) {
			double d = EdgeRoute.distance(new int[] { route[i - 2], route[i - 1], route[i], route[i + 1] }, p.x, p.y);
			if (d < bestDistance) {
				bestDistance = d;
				best = i / 2 - 1;
			}
		}
		return Math.min(best, edge.bendpoints().size());
	}

	private static boolean near(Point a, Point b, double reach) {
		return Math.abs(a.x - b.x) <= reach && Math.abs(a.y - b.y) <= reach;
	}

	private static boolean onCollapseToggle(DiagramContainer container, Point p) {
		Rectangle box = container.bounds();
		return p.y <= box.y + DiagramContainer.TITLE_HEIGHT && p.x >= box.x + box.width - 24;
	}

	void move(Event e) {
		if (panAnchor != null) {
			viewer.viewport().panBy(e.x - panAnchor.x, e.y - panAnchor.y);
			panAnchor = new Point(e.x, e.y);
			return;
		}
		Point p = viewer.toDiagram(e.x, e.y);
		if (gesture != null) {
			gesture.drag(p, e.stateMask);
			viewer.getControl().redraw();
			return;
		}
		DiagramElement over = viewer.elementAt(p);
		if (over != hovered) {
			hovered = over;
			viewer.getControl().setToolTipText(null);
		}
	}

	void up(Event e) {
		if (panAnchor != null) {
			panAnchor = null;
			viewer.setActiveTool(viewer.activeTool());
			return;
		}
		if (gesture != null) {
			Gesture finished = gesture;
			gesture = null;
			finished.finish(viewer.toDiagram(e.x, e.y), e.stateMask);
			if (finished instanceof ConnectGesture && (e.stateMask & SWT.CTRL) == 0) {
				viewer.setActiveTool(new Tool.Select());
			}
			viewer.getControl().redraw();
		}
	}

	void doubleClick(Event e) {
		// A handle grabbed right after the click that selected its node comes as a double click;
		// it is the start of a resize or reconnect, so it must neither open the element nor end the drag.
		if (e.button != 1 || pressedOnHandle) {
			return;
		}
		DiagramElement element = viewer.elementAt(viewer.toDiagram(e.x, e.y));
		if (element != null) {
			gesture = null;
			viewer.editing().open(element);
		}
	}

	void wheel(Event e) {
		if ((e.stateMask & SWT.CTRL) != 0) {
			e.doit = false;
			viewer.setZoom(e.count > 0 ? viewer.zoom() * 1.1 : viewer.zoom() / 1.1, new Point(e.x, e.y));
		}
	}

	void hover(Event e) {
		DiagramElement element = viewer.elementAt(viewer.toDiagram(e.x, e.y));
		viewer.getControl().setToolTipText(element == null ? null : DiagramViewer.tooltip(element));
	}
}
