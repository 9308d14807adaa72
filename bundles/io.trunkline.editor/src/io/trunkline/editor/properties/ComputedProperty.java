package io.trunkline.editor.properties;

import org.eclipse.ui.views.properties.PropertyDescriptor;

/** A read-only figure shown in the Properties view, computed by the planning engine. */
final class ComputedProperty extends PropertyDescriptor {

	static final String CATEGORY = "Sizing (computed)";

	/**
	 * The descriptor's id. It computes the figure when asked, so the Properties view shows the
	 * current sizing after any edit, not the one from when the element was selected.
	 */
	record Value(String name, java.util.function.Supplier<Object> figure) {
		Object value() {
			return figure.get();
		}
	}

	ComputedProperty(String name, java.util.function.Supplier<Object> value, String description) {
		super(new Value(name, value), name);
		setCategory(CATEGORY);
		setDescription(description);
	}
}
