package io.trunkline.diagram.model;

import org.eclipse.swt.graphics.RGB;

public record EdgeStyle(RGB color, int width, boolean dashed) {

	public static final EdgeStyle DEFAULT = new EdgeStyle(new RGB(90, 100, 112), 1, false);
}
