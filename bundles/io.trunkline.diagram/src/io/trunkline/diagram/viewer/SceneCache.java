package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;

import io.trunkline.diagram.render.DiagramPainter;

/**
 * A bitmap of the zoomed-out scene (everything but the selection and the gesture feedback), so
 * that a repaint at fit-to-window copies pixels instead of drawing every shape of a large
 * diagram. It covers the view and a margin round it at one zoom. After a change of the diagram,
 * the zoom or the view, a new bitmap is painted in bands between events (GC on an Image belongs
 * to the UI thread on GTK, so not on a thread of its own), each band a few milliseconds, while
 * the previous bitmap stays on screen; when the last band is done it replaces the old one, which
 * is disposed. At most two bitmaps of a bounded size exist at a time. A change of one element's
 * look alone (a label, a marker, an overlay) is re-painted at the next paint into the bitmap on
 * screen, where the element draws, which takes a few milliseconds whatever the diagram's size.
 */
final class SceneCache {

	/** Paints the scene of {@code area} into a GC whose transform maps diagram coordinates to its pixels. */
	interface Scene {
		void paint(GC gc, Rectangle area, double zoom);
	}

	/** The margin painted round the view on each side, as a share of the view: room for small pans. */
	private static final double MARGIN = 0.25;
	/** Pixels of one bitmap at most (a 4K screen with its margins); larger views are painted directly. */
	private static final long MAX_PIXELS = 3840L * 2160 * 9 / 4;
	/**
	 * Height in pixels of one band of a bitmap being painted: about 7 ms of painting at
	 * fit-to-window with 20,000 nodes; lower bands would redraw more of the shapes that cross
	 * their edges, taller ones hold the UI thread longer.
	 */
	private static final int BAND = 64;
	/** How long one turn of painting bands may hold the UI thread. */
	private static final long TURN_NANOS = 4_000_000;

	private final Canvas canvas;
	private final Viewport viewport;
	private final Scene scene;
	private final Color background;
	private Picture shown;
	private Render rendering;
	/** Boxes of elements whose look changed since the bitmap on screen was painted. */
	private final List<Rectangle> dirty = new ArrayList<>();
	/** Counts diagram changes; a picture is current when painted at the latest. */
	private long generation;

	SceneCache(Canvas canvas, Viewport viewport, Scene scene, Color background) {
		this.canvas = canvas;
		this.background = background;
		this.viewport = viewport;
		this.scene = scene;
	}

	/** The diagram changed: the bitmap on screen stays until its successor is painted. */
	void invalidate() {
		generation++;
		dirty.clear();
	}

	/**
	 * One element's look changed where it stands (a label, a marker, an overlay): the next paint
	 * re-paints only where it draws, {@code box} and what {@link DiagramPainter#paintedExtent}
	 * adds, into the bitmap on screen, when that is current and no successor is under way.
	 */
	void invalidate(Rectangle box) {
		if (shown != null && shown.generation == generation && rendering == null) {
			dirty.add(box);
		} else {
			invalidate();
		}
	}

	/** Frees both bitmaps, for when the view is zoomed in again or closes. */
	void dispose() {
		if (rendering != null) {
			rendering.cancel();
			rendering = null;
		}
		if (shown != null) {
			shown.image.dispose();
			shown = null;
		}
	}

	/** Whether the bitmap shows the diagram as it is now, at the view's zoom, over the whole view. */
	boolean isCurrent() {
		return shown != null && shown.generation == generation && dirty.isEmpty() && shown.fits(viewport, canvas.getClientArea());
	}

	/**
	 * Draws the cached scene into {@code clip} and, when it is not current, starts painting its
	 * successor. Returns false when there is no bitmap yet, or the view is empty or too large for
	 * one, so the caller paints the scene directly this once.
	 */
	boolean draw(GC gc, Rectangle clip) {
		Rectangle client = canvas.getClientArea();
		if (client.isEmpty() || pixels(client) > MAX_PIXELS) {
			dispose();
			return false;
		}
		if (!dirty.isEmpty()) {
			repaintDirty();
		}
		if (!isCurrent()) {
			renderSoon(client);
		}
		if (shown == null) {
			return false;
		}
		shown.drawInto(gc, clip, viewport, background);
		return true;
	}

	/** Re-paints the changed elements' places in the bitmap on screen: a few milliseconds, so at once. */
	private void repaintDirty() {
		Rectangle bounds = shown.image.getBounds();
		GC gc = new GC(shown.image);
		try {
			for (Rectangle box : dirty) {
				Rectangle extent = DiagramPainter.paintedExtent(box, shown.zoom);
				int x0 = (int) Math.floor((extent.x - shown.x) * shown.zoom), y0 = (int) Math.floor((extent.y - shown.y) * shown.zoom);
				int x1 = (int) Math.ceil((extent.x + extent.width - shown.x) * shown.zoom), y1 = (int) Math.ceil((extent.y + extent.height - shown.y) * shown.zoom);
				Rectangle pixels = new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(bounds);
				if (!pixels.isEmpty()) {
					paintPart(gc, pixels, shown.zoom, shown.x, shown.y);
				}
			}
		} finally {
			gc.dispose();
		}
		dirty.clear();
	}

	/** Paints the pixels {@code part} of a bitmap whose pixel (0, 0) is diagram point (x, y) at {@code zoom}. */
	private void paintPart(GC gc, Rectangle part, double zoom, double x, double y) {
		gc.setTransform(null);
		gc.setClipping(part);
		Transform transform = new Transform(canvas.getDisplay());
		try {
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -x, (float) -y);
			gc.setTransform(transform);
			Rectangle area = new Rectangle((int) Math.floor(x + part.x / zoom) - 1, (int) Math.floor(y + part.y / zoom) - 1,
					(int) Math.ceil(part.width / zoom) + 2, (int) Math.ceil(part.height / zoom) + 2);
			scene.paint(gc, area, zoom);
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private void renderSoon(Rectangle client) {
		if (rendering != null && rendering.generation == generation && rendering.fits(viewport, client)) {
			return; // the bitmap on its way will do
		}
		if (rendering != null) {
			rendering.cancel();
		}
		rendering = new Render(client);
		canvas.getDisplay().asyncExec(rendering::turn);
	}

	private static long pixels(Rectangle client) {
		return (long) Math.ceil(client.width * (1 + 2 * MARGIN)) * (long) Math.ceil(client.height * (1 + 2 * MARGIN));
	}

	/** A finished bitmap: pixel (0, 0) is diagram point (x, y), one pixel is 1 / zoom diagram units. */
	private record Picture(Image image, double zoom, double x, double y, long generation) {

		boolean fits(Viewport view, Rectangle client) {
			if (zoom != view.zoom()) {
				return false;
			}
			Rectangle bounds = image.getBounds();
			Rectangle onScreen = new Rectangle(offsetX(view), offsetY(view), bounds.width, bounds.height);
			return onScreen.contains(0, 0) && onScreen.contains(client.width - 1, client.height - 1);
		}

		int offsetX(Viewport view) {
			return (int) Math.round((x - view.originX()) * zoom);
		}

		int offsetY(Viewport view) {
			return (int) Math.round((y - view.originY()) * zoom);
		}

		/** At the view's zoom a copy of pixels; at another, the old picture scaled until the new one is ready. */
		void drawInto(GC gc, Rectangle clip, Viewport view, Color background) {
			Rectangle bounds = image.getBounds();
			if (zoom == view.zoom()) {
				int dx = offsetX(view), dy = offsetY(view);
				Rectangle copied = clip.intersection(new Rectangle(dx, dy, bounds.width, bounds.height));
				if (!copied.equals(clip)) {
					gc.setBackground(background);
					gc.fillRectangle(clip);
				}
				if (!copied.isEmpty()) {
					gc.drawImage(image, copied.x - dx, copied.y - dy, copied.width, copied.height, copied.x, copied.y, copied.width, copied.height);
				}
			} else {
				double scale = view.zoom() / zoom;
				gc.setBackground(background);
				gc.fillRectangle(clip);
				gc.drawImage(image, 0, 0, bounds.width, bounds.height, (int) Math.round((x - view.originX()) * view.zoom()),
						(int) Math.round((y - view.originY()) * view.zoom()), (int) Math.round(bounds.width * scale),
						(int) Math.round(bounds.height * scale));
			}
		}
	}

	/** A bitmap being painted band by band, on the UI thread, between events. */
	private final class Render {

		final long generation = SceneCache.this.generation;
		final double zoom = viewport.zoom();
		final int marginX;
		final int marginY;
		final double x;
		final double y;
		final Image image;
		final GC gc;
		int nextBand;
		boolean cancelled;

		Render(Rectangle client) {
			marginX = (int) Math.ceil(client.width * MARGIN);
			marginY = (int) Math.ceil(client.height * MARGIN);
			// whole pixels of margin, so the bitmap's pixels fall on the screen's
			x = viewport.originX() - marginX / zoom;
			y = viewport.originY() - marginY / zoom;
			image = new Image(canvas.getDisplay(), client.width + 2 * marginX, client.height + 2 * marginY);
			gc = new GC(image);
		}

		boolean fits(Viewport view, Rectangle client) {
			return new Picture(image, zoom, x, y, generation).fits(view, client);
		}

		void turn() {
			if (cancelled || canvas.isDisposed()) {
				return;
			}
			long start = System.nanoTime();
			Rectangle bounds = image.getBounds();
			do {
				paintPart(gc, new Rectangle(0, nextBand, bounds.width, Math.min(BAND, bounds.height - nextBand)), zoom, x, y);
				nextBand += BAND;
			} while (nextBand < bounds.height && System.nanoTime() - start < TURN_NANOS);
			if (nextBand < bounds.height) {
				canvas.getDisplay().asyncExec(this::turn);
				return;
			}
			gc.dispose();
			rendering = null;
			if (shown != null) {
				shown.image.dispose();
			}
			shown = new Picture(image, zoom, x, y, generation);
			canvas.redraw();
		}

		void cancel() {
			cancelled = true;
			gc.dispose();
			image.dispose();
		}
	}
}
