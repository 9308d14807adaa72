package io.trunkline.editor.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;

/**
 * Moves, resizes and re-routes on one diagram as an undoable step on the editor's EMF command
 * stack, next to the model's own commands, so Undo takes back a move just like an edit.
 */
public final class LayoutCommand extends AbstractCommand {

	private final LayoutStore store;
	private final String scope;
	private final Map<String, Rectangle> newBounds;
	private final Map<String, List<Point>> newBends;
	private final Map<String, Rectangle> oldBounds = new HashMap<>();
	private final Map<String, List<Point>> oldBends = new HashMap<>();

	public LayoutCommand(String label, LayoutStore store, String scope, Map<String, Rectangle> bounds, Map<String, List<Point>> bends) {
		super(label);
		this.store = store;
		this.scope = scope;
		this.newBounds = Map.copyOf(bounds);
		this.newBends = Map.copyOf(bends);
	}

	/** A change the canvas or the layout job reports, for the diagram {@code scope}. */
	public static LayoutCommand of(GeometryChange change, LayoutStore store, String scope) {
		Map<String, Rectangle> bounds = new HashMap<>();
		change.bounds().forEach((node, box) -> bounds.put(node.id(), box));
		Map<String, List<Point>> bends = new HashMap<>();
		change.bendpoints().forEach((edge, points) -> bends.put(edge.id(), points));
		return new LayoutCommand(change.name(), store, scope, bounds, bends);
	}

	@Override
	protected boolean prepare() {
		return !newBounds.isEmpty() || !newBends.isEmpty();
	}

	@Override
	public void execute() {
		newBounds.forEach((id, box) -> {
			oldBounds.put(id, store.bounds(scope, id));
			store.setBounds(scope, id, box);
		});
		newBends.forEach((id, points) -> {
			oldBends.put(id, store.bendpoints(scope, id));
			store.setBendpoints(scope, id, points);
		});
	}

	@Override
	public void undo() {
		oldBounds.forEach((id, box) -> store.setBounds(scope, id, box));
		oldBends.forEach((id, points) -> store.setBendpoints(scope, id, points));
	}

	@Override
	public void redo() {
		newBounds.forEach((id, box) -> store.setBounds(scope, id, box));
		newBends.forEach((id, points) -> store.setBendpoints(scope, id, points));
	}
}
