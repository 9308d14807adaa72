package io.trunkline.editor.tests.journey;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;

/**
 * How tall a label is actually drawn on the canvas, read from the canvas's pixels: the longest run
 * of pixel rows holding dark (text-coloured) pixels within the place a label goes. Whatever the
 * viewer does to draw it (zoom, level of detail, a fixed font), this is what the user can read.
 */
final class Legibility {

	/** Text lower than this many pixels, ascender to descender, is not read but guessed. */
	static final int READABLE_PX = 7;
	private static final int DARK = 90;

	private Legibility() {
	}

	/**
	 * The drawn height, in screen pixels, of the label of {@code node}: a site's title bar, a box's
	 * text beside its icon; 0 when its label is not drawn, -1 when the place is scrolled off the
	 * canvas (a user scrolls to it). UI thread.
	 */
	static int labelHeight(DiagramViewer viewer, DiagramNode node) {
		Control canvas = viewer.getControl();
		((Canvas) canvas).update();
		Rectangle box = node.bounds();
		org.eclipse.swt.graphics.Point topLeft = viewer.toScreen(box.x, box.y);
		org.eclipse.swt.graphics.Point bottomRight = viewer.toScreen(box.x + box.width, box.y + box.height);
		double zoom = viewer.zoom();
		Rectangle region = node instanceof DiagramContainer
				? new Rectangle(topLeft.x + (int) (30 * zoom), topLeft.y + 2, bottomRight.x - topLeft.x - (int) (55 * zoom),
						(int) Math.round(DiagramContainer.TITLE_HEIGHT * zoom) - 3)
				: new Rectangle(topLeft.x + (int) (36 * zoom), topLeft.y + 2, bottomRight.x - topLeft.x - (int) (40 * zoom), bottomRight.y - topLeft.y - 4);
		Rectangle client = ((Canvas) canvas).getClientArea();
		Rectangle shown = region.intersection(client);
		if (shown.width < region.width / 2 || shown.height < region.height) {
			return region.width < 3 || region.height < 3 ? 0 : -1;
		}
		region = shown;
		Image image = new Image(canvas.getDisplay(), client.width, client.height);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			return longestRunOfDarkRows(image.getImageData(), region);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static int longestRunOfDarkRows(ImageData data, Rectangle region) {
		PaletteData palette = data.palette;
		int longest = 0, run = 0;
		for (int y = region.y; y < region.y + region.height; y++) {
			int dark = 0;
			for (int x = region.x; x < region.x + region.width && dark < 2; x++) {
				RGB rgb = palette.getRGB(data.getPixel(x, y));
				if (0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < DARK) {
					dark++;
				}
			}
			run = dark >= 2 ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}
}
