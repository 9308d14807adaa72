package io.trunkline.diagram.viewer;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Which part of the diagram a canvas shows and how large: the zoom, the diagram point at the
 * canvas's top-left corner, the conversion between canvas pixels and diagram coordinates, and
 * the scroll bars, which range over the diagram plus a margin (and whatever is in view).
 */
public final class Viewport {

	static final double MIN_ZOOM = 0.05;
	static final double MAX_ZOOM = 4;
	private static final int MARGIN = 60;
	/** Screen pixels left free round what {@link #fit} frames. */
	private static final int FIT_BORDER = 20;

	private final Canvas canvas;
	private final Supplier<Rectangle> extent;
	private final Runnable changed;
	private double zoom = 1;
	private double originX;
	private double originY;

	/**
	 * @param extent  the diagram's extent, in diagram coordinates
	 * @param changed told after every change of zoom or origin
	 */
	Viewport(Canvas canvas, Supplier<Rectangle> extent, Runnable changed) {
		this.canvas = canvas;
		this.extent = extent;
		this.changed = changed;
		canvas.addListener(SWT.Resize, e -> updateScrollBars());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
	}

	public double zoom() {
		return zoom;
	}

	/** The diagram x coordinate at the canvas's left edge. */
	double originX() {
		return originX;
	}

	/** The diagram y coordinate at the canvas's top edge. */
	double originY() {
		return originY;
	}

	/** Sets the zoom, keeping the diagram point under {@code screenAnchor} (the centre when null) where it is. */
	public void setZoom(double newZoom, Point screenAnchor) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		Point anchor = screenAnchor != null ? screenAnchor : centre();
		double x = originX + anchor.x / zoom, y = originY + anchor.y / zoom;
		zoom = clamped;
		originX = x - anchor.x / zoom;
		originY = y - anchor.y / zoom;
		changed();
	}

	/** Puts diagram point (x, y) at the top-left corner of the view. */
	public void scrollTo(double x, double y) {
		originX = x;
		originY = y;
		changed();
	}

	/** Moves the view by a drag of (dx, dy) screen pixels. */
	public void panBy(int dx, int dy) {
		originX -= dx / zoom;
		originY -= dy / zoom;
		changed();
	}

	/** Zooms (at most to {@code maxZoom}) and scrolls so that {@code area} fills the view, centred. */
	public void fit(Rectangle area, double maxZoom) {
		Rectangle client = canvas.getClientArea();
		if (client.width <= 0 || client.height <= 0 || area.width <= 0) {
			return;
		}
		zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, Math.min((client.width - 2.0 * FIT_BORDER) / area.width,
				(client.height - 2.0 * FIT_BORDER) / Math.max(area.height, 1))));
		originX = area.x + area.width / 2.0 - client.width / 2.0 / zoom;
		originY = area.y + area.height / 2.0 - client.height / 2.0 / zoom;
		changed();
	}

	/** Scrolls so that {@code box} is in view, centring it if it was not. */
	public void reveal(Rectangle box) {
		Rectangle visible = visibleArea();
		if (!visible.contains(box.x, box.y) || !visible.contains(box.x + box.width, box.y + box.height)) {
			originX = box.x + box.width / 2.0 - visible.width / 2.0;
			originY = box.y + box.height / 2.0 - visible.height / 2.0;
			changed();
		}
	}

	/** The part of the diagram currently on screen, in diagram coordinates. */
	public Rectangle visibleArea() {
		Rectangle client = canvas.getClientArea();
		return new Rectangle((int) Math.floor(originX), (int) Math.floor(originY), (int) Math.ceil(client.width / zoom) + 1,
				(int) Math.ceil(client.height / zoom) + 1);
	}

	/** The diagram area under a rectangle of the canvas, rounded outwards. */
	public Rectangle toDiagram(Rectangle screen) {
		Point topLeft = toDiagram(screen.x, screen.y);
		return new Rectangle(topLeft.x - 1, topLeft.y - 1, (int) Math.ceil(screen.width / zoom) + 2, (int) Math.ceil(screen.height / zoom) + 2);
	}

	public Point toDiagram(int screenX, int screenY) {
		return new Point((int) Math.floor(originX + screenX / zoom), (int) Math.floor(originY + screenY / zoom));
	}

	public Point toScreen(int diagramX, int diagramY) {
		return new Point((int) Math.round((diagramX - originX) * zoom), (int) Math.round((diagramY - originY) * zoom));
	}

	/** Makes {@code transform} map diagram coordinates to canvas pixels. */
	void applyTo(Transform transform) {
		transform.scale((float) zoom, (float) zoom);
		transform.translate((float) -originX, (float) -originY);
	}

	private Point centre() {
		Rectangle client = canvas.getClientArea();
		return new Point(client.width / 2, client.height / 2);
	}

	private void changed() {
		updateScrollBars();
		changed.run();
	}

	private Rectangle scrollExtent() {
		Rectangle diagram = extent.get();
		Rectangle padded = new Rectangle(diagram.x - MARGIN, diagram.y - MARGIN, diagram.width + 2 * MARGIN, diagram.height + 2 * MARGIN);
		return padded.union(visibleArea());
	}

	/** Sets the scroll bars from the extent, the zoom and the origin. */
	void updateScrollBars() {
		if (canvas.isDisposed()) {
			return;
		}
		Rectangle range = scrollExtent();
		Rectangle client = canvas.getClientArea();
		configure(canvas.getHorizontalBar(), range.width * zoom, client.width, (originX - range.x) * zoom);
		configure(canvas.getVerticalBar(), range.height * zoom, client.height, (originY - range.y) * zoom);
	}

	private static void configure(ScrollBar bar, double total, int thumb, double selection) {
		bar.setValues((int) Math.round(selection), 0, (int) Math.ceil(total), Math.max(1, thumb), Math.max(1, thumb / 10), Math.max(1, thumb));
	}

	private void scrolled() {
		Rectangle range = scrollExtent();
		originX = range.x + canvas.getHorizontalBar().getSelection() / zoom;
		originY = range.y + canvas.getVerticalBar().getSelection() / zoom;
		changed.run();
	}
}
