package io.trunkline.diagram.model;

public enum NodeShape {
	ROUNDED, RECTANGLE, ELLIPSE
}
