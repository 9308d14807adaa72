package io.trunkline.diagram.render;

import java.net.URL;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** A {@link Surface} on an SWT {@link GC} whose transform already maps diagram to device space. */
public final class GcSurface implements Surface {

	private static final int[] DASH = { 6, 4 };

	private final GC gc;
	private final PaintResources resources;
	private final double zoom;

	public GcSurface(GC gc, PaintResources resources, double zoom) {
		this.gc = gc;
		this.resources = resources;
		this.zoom = zoom;
	}

	@Override
	public void setForeground(RGB color) {
		gc.setForeground(resources.colour(color));
	}

	@Override
	public void setBackground(RGB color) {
		gc.setBackground(resources.colour(color));
	}

	@Override
	public void setLineWidth(float width) {
		gc.setLineWidth(Math.max(1, Math.round(width)));
	}

	@Override
	public void setLineDash(boolean dashed) {
		if (dashed) {
			gc.setLineDash(DASH);
		} else {
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	@Override
	public void setAlpha(int alpha) {
		gc.setAlpha(alpha);
	}

	@Override
	public void fillRectangle(Rectangle r, int arc) {
		if (arc == 0) {
			gc.fillRectangle(r);
		} else {
			gc.fillRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
		}
	}

	@Override
	public void drawRectangle(Rectangle r, int arc) {
		if (arc == 0) {
			gc.drawRectangle(r);
		} else {
			gc.drawRoundRectangle(r.x, r.y, r.width, r.height, arc, arc);
		}
	}

	@Override
	public void fillOval(Rectangle r) {
		gc.fillOval(r.x, r.y, r.width, r.height);
	}

	@Override
	public void drawOval(Rectangle r) {
		gc.drawOval(r.x, r.y, r.width, r.height);
	}

	@Override
	public void drawPolyline(int[] points) {
		gc.drawPolyline(points);
	}

	@Override
	public void fillPolygon(int[] points) {
		gc.fillPolygon(points);
	}

	@Override
	public void drawText(String text, int x, int y, int size, boolean bold) {
		gc.setFont(resources.font(size, bold));
		gc.drawString(text, x, y, true);
	}

	@Override
	public Point textExtent(String text, int size, boolean bold) {
		return resources.extent(text, size, bold, () -> {
			gc.setFont(resources.font(size, bold));
			return gc.stringExtent(text);
		});
	}

	@Override
	public void drawIcon(URL url, Rectangle area) {
		int pixels = (int) Math.max(1, Math.min(256, Math.round(area.width * zoom)));
		Image image = resources.icon(url, pixels);
		if (image != null) {
			Rectangle size = image.getBounds();
			gc.drawImage(image, 0, 0, size.width, size.height, area.x, area.y, area.width, area.height);
		}
	}
}
