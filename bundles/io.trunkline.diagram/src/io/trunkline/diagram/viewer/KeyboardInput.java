package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;

/**
 * The diagram's keys: Escape, Delete, F2, Enter, Home (fit) and Shift+Home (selection), zoom
 * keys, Ctrl+A, Tab through the nodes, arrows to the nearest node that way, Ctrl+arrows to
 * nudge (Shift: by one pixel), and Space held down to pan with the left button.
 */
final class KeyboardInput {

	private final DiagramViewer viewer;
	private boolean spaceDown;

	KeyboardInput(DiagramViewer viewer) {
		this.viewer = viewer;
	}

	boolean isSpaceDown() {
		return spaceDown;
	}

	void keyUp(Event e) {
		if (e.character == ' ') {
			spaceDown = false;
		}
	}

	void keyDown(Event e) {
		boolean ctrl = (e.stateMask & SWT.CTRL) != 0;
		if (e.character == ' ' && !ctrl) {
			spaceDown = true;
			return;
		}
		DiagramElement primary = viewer.primary();
		switch (e.keyCode) {
		case SWT.ESC -> viewer.escape();
		case SWT.DEL, SWT.BS -> viewer.deleteSelection();
		case SWT.F2 -> {
			if (primary != null) {
				viewer.editLabel(primary);
			}
		}
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (primary != null) {
				viewer.editing().open(primary);
			}
		}
		case SWT.HOME -> {
			if ((e.stateMask & SWT.SHIFT) != 0) {
				viewer.zoomToSelection();
			} else {
				viewer.fitToWindow();
			}
		}
		case SWT.TAB -> walk((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
		case SWT.ARROW_LEFT -> arrow(e, -1, 0);
		case SWT.ARROW_RIGHT -> arrow(e, 1, 0);
		case SWT.ARROW_UP -> arrow(e, 0, -1);
		case SWT.ARROW_DOWN -> arrow(e, 0, 1);
		default -> {
			if (ctrl && (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
				viewer.zoomIn();
			} else if (ctrl && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
				viewer.zoomOut();
			} else if (ctrl && e.character == '0') {
				viewer.setZoom(1, null);
			} else if (ctrl && (e.keyCode == 'a' || e.character == 1)) {
				viewer.selectAll();
			}
		}
		}
	}

	private void arrow(Event e, int dx, int dy) {
		if ((e.stateMask & SWT.CTRL) != 0) {
			int step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : viewer.gridSize();
			nudge(dx * step, dy * step);
		} else {
			navigate(dx, dy);
		}
	}

	private void nudge(int dx, int dy) {
		Map<DiagramNode, Rectangle> bounds = new HashMap<>();
		for (DiagramElement element : viewer.selectedElements()) {
			if (element instanceof DiagramNode node) {
				List<DiagramNode> carried = new ArrayList<>(List.of(node));
				if (node instanceof DiagramContainer container) {
					carried.addAll(container.descendants());
				}
				for (DiagramNode moved : carried) {
					Rectangle box = moved.bounds();
					bounds.put(moved, new Rectangle(box.x + dx, box.y + dy, box.width, box.height));
				}
			}
		}
		if (!bounds.isEmpty()) {
			viewer.editing().changeGeometry(new GeometryChange("Nudge", bounds, Map.of()));
		}
	}

	/** Selects the nearest visible node in the arrow's direction, favouring ones straight ahead. */
	private void navigate(int dx, int dy) {
		if (!(viewer.primary() instanceof DiagramNode start)) {
			walk(1);
			return;
		}
		Rectangle box = viewer.boundsOf(start);
		double cx = box.x + box.width / 2.0, cy = box.y + box.height / 2.0;
		DiagramNode best = null;
		double bestScore = Double.MAX_VALUE;
		for (DiagramNode node : viewer.diagram().nodes()) {
			if (node == start || node.isHidden() || start.isInside(node)) {
				continue;
			}
			Rectangle other = viewer.boundsOf(node);
			double ox = other.x + other.width / 2.0 - cx, oy = other.y + other.height / 2.0 - cy;
			double along = ox * dx + oy * dy;
			if (along <= 0) {
				continue;
			}
			double across = Math.abs(ox * dy) + Math.abs(oy * dx);
			double score = along + 2 * across;
			if (score < bestScore) {
				bestScore = score;
				best = node;
			}
		}
		if (best != null) {
			viewer.select(List.of(best));
			viewer.reveal(best);
		}
	}

	/** Tab order: the diagram's own order of nodes, skipping hidden ones. */
	private void walk(int step) {
		List<DiagramNode> order = new ArrayList<>();
		for (DiagramNode node : viewer.diagram().nodes()) {
			if (!node.isHidden()) {
				order.add(node);
			}
		}
		if (order.isEmpty()) {
			return;
		}
		int at = order.indexOf(viewer.primary());
		int next = at < 0 ? 0 : Math.floorMod(at + step, order.size());
		viewer.select(List.of(order.get(next)));
		viewer.reveal(order.get(next));
	}
}
