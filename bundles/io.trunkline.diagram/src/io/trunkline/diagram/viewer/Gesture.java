package io.trunkline.diagram.viewer;

import org.eclipse.swt.graphics.Point;

import io.trunkline.diagram.render.Surface;

/**
 * One mouse drag in progress: it follows the pointer, draws its own feedback and, on release,
 * asks the client for the change. Nothing in the diagram changes before the release, so
 * Escape simply drops the gesture.
 */
interface Gesture {

	/** The pointer moved to {@code point} (diagram coordinates). */
	void drag(Point point, int stateMask);

	void finish(Point point, int stateMask);

	/** Draws the gesture's feedback, in diagram coordinates, after the diagram. */
	default void paintFeedback(Surface surface, double zoom) {
	}
}
