package io.trunkline.diagram.model;

import org.eclipse.swt.graphics.RGB;

/** Fill, outline and outline shape of a node; containers use the fill for their title bar. */
public record NodeStyle(RGB fill, RGB border, NodeShape shape) {

	public static final NodeStyle DEFAULT = new NodeStyle(new RGB(245, 247, 250), new RGB(90, 100, 112), NodeShape.ROUNDED);
}
