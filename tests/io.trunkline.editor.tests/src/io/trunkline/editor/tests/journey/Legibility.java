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
 * The size a label is actually drawn at on the canvas, read from the canvas's pixels: the longest
 * run of pixel rows holding dark (text-coloured) pixels where the label goes, matched against the
 * same run for the same text drawn at known sizes (small text loses its faint top and bottom rows
 * the same way in both). Whatever the viewer does to draw it (zoom, level of detail, a fixed
 * screen size), this is what the user gets to read.
 */
final class Legibility {

	/** Below 7 pt on screen a label is guessed rather than read (the smallest size desktop UIs use). */
	static final double READABLE_PT = 7;
	/** The measure is good to a point either way (antialiasing, where a glyph's faint rows fall). */
	static final double TOLERANCE_PT = 1;
	private static final int LARGEST_PT = 24;
	/** Text and its antialiased fringe, against the light fills of nodes and title bars. */
	private static final int DARK = 160;

	private Legibility() {
	}

	/**
	 * The size in points at which the label of {@code node} is drawn on screen (a site's title bar,
	 * a box's text beside its icon); 0 when its label is not drawn, -1 when the place is scrolled off
	 * the canvas (a user scrolls to it). UI thread.
	 */
	static double labelPoints(DiagramViewer viewer, DiagramNode node) {
		int drawn = labelRun(viewer, node);
		if (drawn <= 0) {
			return drawn;
		}
		int points = 0;
		for (int pt = 1; pt <= LARGEST_PT && referenceRun(viewer.getControl().getDisplay(), node.label(), pt) <= drawn; pt++) {
			points = pt;
		}
		return points;
	}

	/** The run of the same text drawn black on white in the system font, bold (as the diagram's labels), at {@code pt}. */
	private static int referenceRun(org.eclipse.swt.widgets.Display display, String text, int pt) {
		org.eclipse.swt.graphics.FontData base = display.getSystemFont().getFontData()[0];
		org.eclipse.swt.graphics.Font font = new org.eclipse.swt.graphics.Font(display, base.getName(), pt, org.eclipse.swt.SWT.BOLD);
		Image image = new Image(display, 2000, 200);
		GC gc = new GC(image);
		try {
			gc.setAdvanced(true); // as the viewer paints: cairo, antialiased text
			gc.setAntialias(org.eclipse.swt.SWT.ON);
			gc.setTextAntialias(org.eclipse.swt.SWT.ON);
			gc.setFont(font);
			gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 2000, 200);
			gc.setForeground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
			gc.drawString(text, 10, 10, true);
			return Math.max(1, longestRunOfDarkRows(image.getImageData(), new Rectangle(0, 0, 2000, 200)));
		} finally {
			gc.dispose();
			image.dispose();
			font.dispose();
		}
	}

	private static int labelRun(DiagramViewer viewer, DiagramNode node) {
		Control canvas = viewer.getControl();
		((Canvas) canvas).update();
		Rectangle box = node.bounds();
		org.eclipse.swt.graphics.Point topLeft = viewer.toScreen(box.x, box.y);
		org.eclipse.swt.graphics.Point bottomRight = viewer.toScreen(box.x + box.width, box.y + box.height);
		double zoom = viewer.zoom();
		// a site's name may sit on its title bar's top edge, so the place starts a little above the box
		Rectangle region = node instanceof DiagramContainer
				? new Rectangle(topLeft.x + (int) (30 * zoom), topLeft.y - 10, bottomRight.x - topLeft.x - (int) (30 * zoom) - 20,
						(int) Math.round(DiagramContainer.TITLE_HEIGHT * zoom) + 10)
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
