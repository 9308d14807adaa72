package io.trunkline.diagram.model;

/** Hears about changes to a {@link Diagram} so views can repaint and re-index. */
public interface DiagramListener {

	/** Label, icon, style or decorations of an element changed; nothing moved. */
	default void appearanceChanged(DiagramElement element) {
	}

	/** An element moved, resized or was re-routed. */
	default void geometryChanged(DiagramElement element) {
	}

	/** Elements were added or removed, or a container collapsed or expanded. */
	default void structureChanged() {
	}

	/**
	 * Elements were added or removed, or a container collapsed or expanded; {@code change} says
	 * which elements (those changed inside the same batch included), so a view can update its
	 * own structures for them only.
	 */
	default void structureChanged(DiagramChange change) {
		structureChanged();
	}
}
