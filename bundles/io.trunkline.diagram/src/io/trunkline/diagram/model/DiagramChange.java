package io.trunkline.diagram.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What one structure change touched, so a view can update the parts it keeps for those
 * elements only: every element added, removed, moved or restyled, or the whole diagram when
 * it was cleared or a container collapsed or expanded (which shows or hides whole subtrees).
 */
public final class DiagramChange {

	private static final DiagramChange WHOLE = new DiagramChange(Set.of(), true);

	private final Set<DiagramElement> elements;
	private final boolean whole;

	private DiagramChange(Set<DiagramElement> elements, boolean whole) {
		this.elements = elements;
		this.whole = whole;
	}

	public static DiagramChange whole() {
		return WHOLE;
	}

	/** A change of {@code elements} only; the set is copied (by identity). */
	public static DiagramChange of(Set<DiagramElement> elements) {
		Set<DiagramElement> copy = Collections.newSetFromMap(new IdentityHashMap<>());
		copy.addAll(elements);
		return new DiagramChange(Collections.unmodifiableSet(copy), false);
	}

	/** The elements added, removed (no longer on the diagram), moved or restyled; empty when {@link #isWhole()}. */
	public Set<DiagramElement> elements() {
		return elements;
	}

	/** Whether anything on the diagram may have changed, including which nodes are shown. */
	public boolean isWhole() {
		return whole;
	}
}
