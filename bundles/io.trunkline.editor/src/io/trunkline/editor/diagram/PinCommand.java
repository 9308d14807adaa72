package io.trunkline.editor.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/** Pins or unpins elements of one diagram, undoably; a pinned element keeps its place in Arrange All. */
public final class PinCommand extends AbstractCommand {

	private final LayoutStore store;
	private final String scope;
	private final List<String> ids;
	private final boolean pin;
	private final Map<String, Boolean> before = new HashMap<>();

	public PinCommand(LayoutStore store, String scope, List<String> ids, boolean pin) {
		super(pin ? "Pin Position" : "Unpin Position");
		this.store = store;
		this.scope = scope;
		this.ids = List.copyOf(ids);
		this.pin = pin;
	}

	@Override
	protected boolean prepare() {
		return !ids.isEmpty();
	}

	@Override
	public void execute() {
		for (String id : ids) {
			before.put(id, store.isPinned(scope, id));
		}
		redo();
	}

	@Override
	public void undo() {
		before.forEach((id, was) -> store.setPinned(scope, id, was));
	}

	@Override
	public void redo() {
		ids.forEach(id -> store.setPinned(scope, id, pin));
	}
}
