package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.Decoration;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.NodeShape;
import io.trunkline.diagram.model.NodeStyle;
import io.trunkline.diagram.model.Overlay;
import io.trunkline.diagram.model.Severity;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.viewer.DiagramViewer;

/**
 * The zoomed-out bitmap of the scene: it shows what direct painting shows, a change of the
 * diagram reaches it once it is re-painted (the old picture staying until then; a new look of
 * one element at the next paint), and the selection drawn over it is always the current one. Scenes are CanvasBenchmark's generated
 * sites at fit-to-window in a 1000×700 viewer.
 */
class SceneCacheTest {

	private static final RGB ORANGE = new RGB(255, 140, 0);
	/** Share of pixels (off by more than 48 in a channel) a cached picture may differ from a direct one: text hinting at band seams. */
	private static final double SAME_PICTURE = 0.005;

	private final Display display = Display.getDefault();
	private Shell shell;
	private DiagramViewer viewer;
	private Diagram diagram;

	@BeforeEach
	void open() {
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 700);
		viewer = new DiagramViewer(shell, () -> List.of());
		// 1,000 nodes: 125 sites in 12 columns of 760 and 11 rows of 260, fitted at about 10 %
		diagram = CanvasBenchmark.scene(1_000);
		viewer.setDiagram(diagram);
		shell.open();
		settle();
		viewer.fitToWindow();
		awaitCache();
	}

	@AfterEach
	void close() {
		shell.dispose();
		settle();
	}

	@Test
	void cachedPictureOfAGeneratedSceneEqualsDirectPainting() throws Exception {
		assertTrue(viewer.zoom() < DiagramPainter.DETAIL_ZOOM, "fit-to-window is below the cache's zoom: " + viewer.zoom());
		diagram.node("n3-2").setDecorations(List.of(new Decoration(Severity.ERROR, "no trunk")));
		diagram.node("s7").setOverlay(new Overlay(new RGB(200, 35, 45), Overlay.Hatch.DIAGONAL, "failed", true));
		awaitCache();
		ImageData cached = shot();
		CanvasFixture.save(cached, "scene-cache-cached.png");
		viewer.setSceneCacheZoom(0);
		ImageData direct = shot();
		CanvasFixture.save(direct, "scene-cache-direct.png");
		double share = differingShare(cached, direct);
		assertTrue(share < SAME_PICTURE, "cached and direct pictures differ in " + share * 100 + " % of pixels");
	}

	@Test
	void cachedPictureEqualsDirectPaintingAfterPanningAtAnotherZoom() throws Exception {
		viewer.setZoom(0.3, new Point(0, 0));
		viewer.scrollTo(1_234, 567);
		awaitCache();
		ImageData cached = shot();
		viewer.setSceneCacheZoom(0);
		double share = differingShare(cached, shot());
		assertTrue(share < SAME_PICTURE, "at 30 % cached and direct pictures differ in " + share * 100 + " % of pixels");
	}

	@Test
	void anAddedNodeAppearsOnceTheBitmapIsRepainted() throws Exception {
		// the last row holds sites 120 to 124 (columns 0 to 4); column 8 of that row is empty
		Rectangle box = new Rectangle(8 * 760, 10 * 260, 600, 200);
		DiagramNode added = new DiagramNode("added", null, "Added", box);
		added.setStyle(new NodeStyle(ORANGE, ORANGE, NodeShape.RECTANGLE));
		diagram.add(added, null);
		assertFalse(isOrange(shot(), aboveLabel(box)), "the previous bitmap stays on screen until the new one is painted");
		awaitCache();
		assertTrue(isOrange(shot(), aboveLabel(box)), "the new node is in the re-painted bitmap");
	}

	@Test
	void aMovedNodeAppearsAtItsNewPlace() throws Exception {
		DiagramNode node = diagram.node("n0-0");
		node.setStyle(new NodeStyle(ORANGE, ORANGE, NodeShape.RECTANGLE));
		node.setBounds(new Rectangle(8 * 760, 10 * 260, 600, 200));
		awaitCache();
		Rectangle target = new Rectangle(9 * 760, 10 * 260, 600, 200);
		node.setBounds(target);
		awaitCache();
		ImageData shot = shot();
		assertTrue(isOrange(shot, aboveLabel(target)), "the node is drawn where it went");
		assertFalse(isOrange(shot, aboveLabel(new Rectangle(8 * 760, 10 * 260, 600, 200))), "and no longer where it was");
	}

	@Test
	void aRenamedSiteShowsItsNewNameOnceTheBitmapIsRepainted() throws Exception {
		DiagramContainer site = (DiagramContainer) diagram.node("s0");
		// the name is drawn from the site's top-left corner: 120 screen pixels at most, 20 high
		Rectangle title = new Rectangle(0, 0, (int) (130 / viewer.zoom()), (int) (20 / viewer.zoom()));
		ImageData before = shot();
		site.setLabel("Wolverhampton");
		awaitCache(); // a site's new name may clear or cover other names: a new bitmap
		ImageData after = shot();
		assertTrue(differingShare(region(before, title), region(after, title)) > 0.02, "the site's title changed on screen");
		viewer.setSceneCacheZoom(0);
		assertTrue(differingShare(region(after, title), region(shot(), title)) < 0.02, "and reads as direct painting draws it");
	}

	@Test
	void aNewProblemMarkerAppearsAtTheNextPaint() throws Exception {
		DiagramNode node = diagram.node("n60-0");
		Rectangle box = node.bounds();
		Rectangle nearBadge = new Rectangle(box.x + box.width - 200, box.y - 200, 400, 300);
		assertFalse(hasBadgeRed(shot(), nearBadge), "no badge before the marker");
		node.setDecorations(List.of(new Decoration(Severity.ERROR, "Gateway has no trunk")));
		assertTrue(hasBadgeRed(shot(), nearBadge), "the error badge is drawn at the next paint");
		assertTrue(viewer.isSceneCacheCurrent(), "without a new bitmap");
	}

	@Test
	void selectionDrawnOverTheBitmapIsCurrentWithoutARepaintOfIt() throws Exception {
		DiagramNode first = diagram.node("n10-0");
		DiagramNode second = diagram.node("n90-5");
		viewer.select(List.of(first));
		assertTrue(viewer.isSceneCacheCurrent(), "selecting leaves the bitmap as it is");
		ImageData shot = shot();
		assertTrue(hasSelectionBlue(shot, first.bounds()), "the first node's handles are drawn");
		viewer.select(List.of(second));
		shot = shot();
		assertFalse(hasSelectionBlue(shot, first.bounds()), "the first node's handles are gone at once");
		assertTrue(hasSelectionBlue(shot, second.bounds()), "the second node's handles are drawn");
	}

	/** Pumps events, prompting a repaint, until the bitmap shows the diagram as it is now. */
	private void awaitCache() {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!viewer.isSceneCacheCurrent()) {
			assertTrue(System.currentTimeMillis() < deadline, "the scene bitmap was not re-painted within 20 s");
			if (!display.readAndDispatch()) {
				viewer.getControl().redraw();
				viewer.getControl().update();
			}
		}
	}

	private void settle() {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	/** The canvas's paint code run into an image, as the screen would show it now, without running queued events. */
	private ImageData shot() {
		Rectangle size = viewer.getControl().getBounds();
		Image image = new Image(display, size.width, size.height);
		GC gc = new GC(image);
		try {
			viewer.getControl().print(gc);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private Point pixel(int x, int y) {
		Point p = viewer.toScreen(x, y);
		int border = viewer.getControl().getBorderWidth();
		return new Point(p.x + border, p.y + border);
	}

	/** Inside the box, above its label, which a zoomed-out node shows centred at a readable size. */
	private static Point aboveLabel(Rectangle box) {
		return new Point(box.x + box.width / 2, box.y + 25);
	}

	private boolean isOrange(ImageData shot, Point diagramPoint) {
		Point p = pixel(diagramPoint.x, diagramPoint.y);
		return Pixels.close(Pixels.at(shot, p.x, p.y), ORANGE, 8);
	}

	private boolean hasBadgeRed(ImageData shot, Rectangle area) {
		return count(shot, area, rgb -> rgb.red > 150 && rgb.green < 90 && rgb.blue < 90) > 10;
	}

	private boolean hasSelectionBlue(ImageData shot, Rectangle box) {
		Rectangle around = new Rectangle(box.x - 80, box.y - 80, box.width + 160, box.height + 160);
		return count(shot, around, rgb -> Pixels.close(rgb, DiagramPainter.SELECTION, 24)) > 4;
	}

	private int count(ImageData shot, Rectangle area, java.util.function.Predicate<RGB> test) {
		Point from = pixel(area.x, area.y), to = pixel(area.x + area.width, area.y + area.height);
		int found = 0;
		for (int x = Math.max(0, from.x); x < Math.min(shot.width, to.x); x++) {
			for (int y = Math.max(0, from.y); y < Math.min(shot.height, to.y); y++) {
				found += test.test(Pixels.at(shot, x, y)) ? 1 : 0;
			}
		}
		return found;
	}

	private ImageData region(ImageData shot, Rectangle area) {
		Point from = pixel(area.x, area.y), to = pixel(area.x + area.width, area.y + area.height);
		int x0 = Math.max(0, from.x), y0 = Math.max(0, from.y);
		ImageData part = new ImageData(Math.min(shot.width, to.x) - x0, Math.min(shot.height, to.y) - y0, 24,
				new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int x = 0; x < part.width; x++) {
			for (int y = 0; y < part.height; y++) {
				part.setPixel(x, y, part.palette.getPixel(Pixels.at(shot, x0 + x, y0 + y)));
			}
		}
		return part;
	}

	private static double differingShare(ImageData a, ImageData b) {
		if (a.width != b.width || a.height != b.height) {
			return 1;
		}
		long differing = 0;
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width; x++) {
				if (!Pixels.close(Pixels.at(a, x, y), Pixels.at(b, x, y), 48)) {
					differing++;
				}
			}
		}
		return (double) differing / ((long) a.width * a.height);
	}
}
