package io.trunkline.diagram.render;

import java.net.URL;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where {@link DiagramPainter} draws, in diagram coordinates. One painter with two back-ends,
 * the screen ({@link GcSurface}) and SVG ({@link SvgSurface}), keeps an exported picture
 * identical to what the user sees.
 */
public interface Surface {

	void setForeground(RGB color);

	void setBackground(RGB color);

	void setLineWidth(float width);

	void setLineDash(boolean dashed);

	/** 0 (transparent) to 255 (opaque) for what follows. */
	void setAlpha(int alpha);

	void fillRectangle(Rectangle r, int arc);

	void drawRectangle(Rectangle r, int arc);

	void fillOval(Rectangle r);

	void drawOval(Rectangle r);

	/** x0, y0, x1, y1, … */
	void drawPolyline(int[] points);

	void fillPolygon(int[] points);

	/** Draws {@code text} with its top-left corner at (x, y) in the foreground colour. */
	void drawText(String text, int x, int y, int size, boolean bold);

	Point textExtent(String text, int size, boolean bold);

	/** Draws the image at {@code url} (SVG or raster) scaled into {@code area}. */
	void drawIcon(URL url, Rectangle area);
}
