package io.trunkline.diagram.render;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.Overlay;

/**
 * Draws an element's {@link Overlay}: a node's wash, hatch and cross under its label
 * ({@link #wash}), a container's under its contents ({@link #washBody}), and the word (and a
 * container's cross) on top of everything ({@link #mark}). Strokes and text keep a size on screen
 * at every zoom, so a zoomed-out overview still shows what failed.
 */
final class OverlayPainter {

	/** Opacity of the colour wash: enough to see the state, little enough to read the label under it. */
	private static final int WASH_ALPHA = 70;
	private static final int HATCH_ALPHA = 150;
	/** Screen pixels between hatch lines. */
	private static final int HATCH_SPACING = 9;
	private static final int WORD_SIZE = 8;
	private static final int MIN_WORD_POINTS = 7;

	private OverlayPainter() {
	}

	static void wash(Surface s, Overlay overlay, Rectangle box, double zoom) {
		if (overlay == null) {
			return;
		}
		hatch(s, overlay, box, zoom);
		if (overlay.crossedOut()) {
			cross(s, overlay.colour(), box, zoom);
		}
	}

	/** A container's wash and hatch below its title bar, which keeps the site's name readable. */
	static void washBody(Surface s, Overlay overlay, Rectangle box, double zoom) {
		if (overlay != null && box.height > DiagramContainer.TITLE_HEIGHT) {
			// fainter and wider than on a node: a site's body is large, and its contents must stay legible
			hatch(s, overlay, new Rectangle(box.x, box.y + DiagramContainer.TITLE_HEIGHT, box.width, box.height - DiagramContainer.TITLE_HEIGHT), zoom,
					WASH_ALPHA / 2, HATCH_ALPHA / 2, HATCH_SPACING * 3 / 2);
		}
	}

	private static void hatch(Surface s, Overlay overlay, Rectangle box, double zoom) {
		hatch(s, overlay, box, zoom, WASH_ALPHA, HATCH_ALPHA, HATCH_SPACING);
	}

	private static void hatch(Surface s, Overlay overlay, Rectangle box, double zoom, int washAlpha, int hatchAlpha, int screenSpacing) {
		s.setAlpha(washAlpha);
		s.setBackground(overlay.colour());
		s.fillRectangle(box, 8);
		s.setAlpha(hatchAlpha);
		s.setForeground(overlay.colour());
		s.setLineWidth((float) Math.max(1, 1.2 / zoom));
		int spacing = (int) Math.max(screenSpacing, Math.round(screenSpacing / zoom));
		// inset, so the strokes stay inside rounded corners
		Rectangle inner = new Rectangle(box.x + 3, box.y + 3, Math.max(0, box.width - 6), Math.max(0, box.height - 6));
		if (overlay.hatch() != Overlay.Hatch.NONE) {
			for (int d = spacing; d < inner.width + inner.height; d += spacing) {
				s.drawPolyline(diagonal(inner, d, false));
				if (overlay.hatch() == Overlay.Hatch.CROSSED) {
					s.drawPolyline(diagonal(inner, d, true));
				}
			}
		}
		s.setAlpha(255);
		s.setLineWidth(1);
	}

	/**
	 * The 45° line at distance {@code d} (along the top edge) from the top-left corner, clipped to
	 * {@code box}; {@code mirrored} runs from the top-right corner instead.
	 */
	static int[] diagonal(Rectangle box, int d, boolean mirrored) {
		int w = box.width, h = box.height;
		// unmirrored: from (d, 0) down-left to (d - h, h), both ends pulled back inside the box
		int startX = Math.min(d, w), startY = d - startX;
		int endY = Math.min(d, h), endX = d - endY;
		if (mirrored) {
			startX = w - startX;
			endX = w - endX;
		}
		return new int[] { box.x + startX, box.y + startY, box.x + endX, box.y + endY };
	}

	/** A node's word on its bottom edge; a container's at the right of its title bar, with its cross over the contents. */
	static void mark(Surface s, Overlay overlay, Rectangle box, boolean container, double zoom) {
		if (overlay == null) {
			return;
		}
		if (container && overlay.crossedOut()) {
			cross(s, overlay.colour(), box, zoom);
		}
		int size = DiagramPainter.readableSize(WORD_SIZE, MIN_WORD_POINTS, zoom);
		Point extent = s.textExtent(overlay.word(), size, true);
		int margin = Math.max(3, size / 3);
		// a container's plate stops short of its collapse toggle (the last 24 px of the title bar)
		int x = container ? box.x + box.width - 28 - extent.x - 2 * margin : box.x + (box.width - extent.x) / 2 - margin;
		int y = container ? box.y + Math.max(1, (DiagramContainer.TITLE_HEIGHT - extent.y - 2) / 2) : box.y + box.height - extent.y / 2 - 2;
		plate(s, overlay, x, y, extent, margin, size);
	}

	/**
	 * A crossed-out edge's cross and word, at the middle of its route; other edges show their
	 * overlay by colour and dashes alone (see {@link DiagramPainter}), which keeps busy diagrams legible.
	 */
	static void mark(Surface s, Overlay overlay, Point middle, double zoom) {
		if (overlay == null || !overlay.crossedOut()) {
			return;
		}
		int arm = (int) Math.max(9, Math.round(9 / zoom));
		cross(s, overlay.colour(), new int[] { middle.x - arm, middle.y - arm, middle.x + arm, middle.y + arm }, new int[] { middle.x + arm,
				middle.y - arm, middle.x - arm, middle.y + arm }, zoom);
		int size = DiagramPainter.readableSize(WORD_SIZE, MIN_WORD_POINTS, zoom);
		Point extent = s.textExtent(overlay.word(), size, true);
		int margin = Math.max(3, size / 3);
		plate(s, overlay, middle.x - extent.x / 2 - margin, middle.y + arm + 2, extent, margin, size);
	}

	private static void cross(Surface s, RGB colour, Rectangle box, double zoom) {
		cross(s, colour, new int[] { box.x, box.y, box.x + box.width, box.y + box.height }, new int[] { box.x + box.width, box.y, box.x, box.y + box.height },
				zoom);
	}

	/** Two strokes in the overlay colour on a white halo, so the cross shows on any fill. */
	private static void cross(Surface s, RGB colour, int[] one, int[] other, double zoom) {
		float stroke = (float) Math.max(2.5, 2.5 / zoom);
		s.setLineDash(false);
		s.setForeground(DiagramPainter.WHITE);
		s.setLineWidth(stroke + (float) Math.max(2, 2 / zoom));
		s.drawPolyline(one);
		s.drawPolyline(other);
		s.setForeground(colour);
		s.setLineWidth(stroke);
		s.drawPolyline(one);
		s.drawPolyline(other);
		s.setLineWidth(1);
	}

	private static void plate(Surface s, Overlay overlay, int x, int y, Point extent, int margin, int size) {
		if (overlay.word().isEmpty()) {
			return;
		}
		s.setBackground(overlay.colour());
		s.fillRectangle(new Rectangle(x, y, extent.x + 2 * margin, extent.y + 2), 6);
		s.setForeground(DiagramPainter.WHITE);
		s.drawText(overlay.word(), x + margin, y + 1, size, true);
	}
}
