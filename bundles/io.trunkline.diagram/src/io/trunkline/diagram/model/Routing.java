package io.trunkline.diagram.model;

/** How an edge without bend points is drawn between its ends. */
public enum Routing {
	/** Horizontal and vertical segments only. */
	ORTHOGONAL,
	/** One straight segment. */
	STRAIGHT
}
