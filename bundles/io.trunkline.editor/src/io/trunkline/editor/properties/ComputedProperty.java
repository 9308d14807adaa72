package io.trunkline.editor.properties;

import org.eclipse.ui.views.properties.PropertyDescriptor;

/** A read-only figure shown in the Properties view, computed by the planning engine. */
final class ComputedProperty extends PropertyDescriptor {

	static final String CATEGORY = "Sizing (computed)";
	static final String GRADE_OF_SERVICE = "Grade of service of drawn ports";
	/** The longest property name of any element, which the Property column is made to fit. */
	static final String LONGEST_NAME = GRADE_OF_SERVICE;

	/**
	 * The descriptor's id. It computes the figure when asked, so the Properties view shows the
	 * current sizing after any edit, not the one from when the element was selected.
	 */
	record Value(String name, java.util.function.Supplier<Object> figure) {
		Object value() {
			return figure.get();
		}
	}

	private final java.util.function.Supplier<String> explanation;

	ComputedProperty(String name, java.util.function.Supplier<Object> value, String description) {
		this(name, value, () -> description);
	}

	/**
	 * @param explanation the figure's formula with the current numbers and its source, from the
	 *                    planning engine, which the view shows when the row is selected
	 */
	ComputedProperty(String name, java.util.function.Supplier<Object> value, java.util.function.Supplier<String> explanation) {
		super(new Value(name, value), name);
		this.explanation = explanation;
		setCategory(CATEGORY);
	}

	@Override
	public String getDescription() {
		return explanation.get();
	}
}
