package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * Issue 18, item 3: a generated 400-site topology zoomed out to the whole overview with the
 * keyboard, painted from the zoomed-out bitmap, the site names drawn there readable (only those
 * that clear each other are drawn); a site picked with the mouse there and renamed in the
 * Properties view, and the new name on the canvas once the bitmap has caught up; then saved.
 */
class ZoomedOutPaintJourneyTest {

	private static final String RENAMED = "Wolverhampton Exchange";
	/** Legibility's readable size less its tolerance: the smallest size a name may come out at. */
	private static final int READABLE_PT = (int) (Legibility.READABLE_PT - Legibility.TOLERANCE_PT);

	@Test
	void zoomOutOnABigTopologyRenameASiteAndSeeIt() throws Exception {
		Journey.run("zoomed-out-paint", 1600, 1000, j -> {
			IFile file = j.project.getFile("generated-400.topology");
			TopologyFiles.save(SyntheticTopologyGenerator.generate(400, 42), file.getLocation().toFile().toPath());
			j.ui(() -> file.refreshLocal(0, null));
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();

			j.step("zoom out with Ctrl+minus, then the whole overview with Home");
			user.focusCanvas();
			double opened = j.ui(viewer::zoom);
			user.key("ctrl+minus", "ctrl+minus");
			j.expectWithin("Ctrl+minus zooms out from " + opened, () -> viewer.zoom() < opened);
			user.key("Home");
			j.waitUntil("the view is below the zoom of the bitmap", () -> viewer.zoom() < DiagramPainter.DETAIL_ZOOM);
			j.waitUntil("the zoomed-out bitmap shows the whole overview", viewer::isSceneCacheCurrent);
			j.expect("the whole overview is in view: " + j.ui(viewer::visibleArea) + " holds " + j.ui(() -> viewer.diagram().extent()),
					j.ui(() -> viewer.visibleArea().contains(viewer.diagram().extent().x, viewer.diagram().extent().y)));
			List<DiagramNode> centrals = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> n.semantic() instanceof CentralSite).toList());
			List<String> unreadable = new ArrayList<>();
			for (DiagramNode central : centrals) {
				if (!drawnReadable(j, viewer, central)) {
					unreadable.add(central.label());
				}
			}
			j.expect("the central sites' names, placed first as the largest sites, are drawn at least " + READABLE_PT + " pt at zoom " + j.ui(viewer::zoom)
					+ "; not: " + unreadable, unreadable.isEmpty());
			j.screenshot("01-whole-overview");
			DiagramNode first = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> !n.isHidden()).findFirst().orElseThrow());
			int[] before = titlePixels(j, viewer, first);

			j.step("Tab selects the first site");
			user.key("Tab");
			j.waitUntil("a site is selected", () -> viewer.primary() instanceof DiagramContainer && viewer.primary().semantic() instanceof Site);
			DiagramNode target = j.ui(() -> (DiagramNode) viewer.primary());
			j.expect("Tab selected the first node on the diagram", j.ui(() -> target == first));
			String oldName = j.ui(target::label);
			j.expect("selecting leaves the bitmap current (the handles are drawn over it)", j.ui(viewer::isSceneCacheCurrent));

			j.step("rename " + oldName + " to " + RENAMED + " in the Properties view");
			user.typeProperty("Name", RENAMED);
			Site site = (Site) target.semantic();
			j.waitUntil("the model has the new name", () -> RENAMED.equals(site.getName()));
			j.waitUntil("the diagram names the site " + RENAMED, () -> viewer.diagram().nodes().stream().anyMatch(n -> n.semantic() == site && RENAMED.equals(n.label())));
			j.waitUntil("the bitmap is re-painted with the change", viewer::isSceneCacheCurrent);
			j.screenshot("02-renamed");
			user.focusCanvas(); // a click on an empty spot: nothing selected, as when the title was first read
			j.waitUntil("the selection is cleared", () -> viewer.selectedElements().isEmpty() && viewer.isSceneCacheCurrent());
			DiagramNode renamed = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> n.semantic() == site).findFirst().orElseThrow());
			j.expect("the site's title on the canvas changed", !Arrays.equals(before, titlePixels(j, viewer, renamed)));
			j.expect("the new name is drawn at least " + READABLE_PT + " pt", drawnReadable(j, viewer, renamed));

			j.step("save");
			user.save();
			String saved = new String(java.nio.file.Files.readAllBytes(file.getLocation().toFile().toPath()), StandardCharsets.UTF_8);
			j.expect("the saved file names the site " + RENAMED, saved.contains(RENAMED));
			j.expect("and no longer " + oldName, !saved.contains("\"" + oldName + "\""));
		});
	}

	/**
	 * Whether a zoomed-out site's name is drawn at least {@value #READABLE_PT} pt on screen: its
	 * longest run of rows with dark pixels on the canvas, in the strip the name is drawn in from the
	 * site's top-left corner, is as tall as the same text drawn at that size ({@link Legibility}
	 * measures the same way, in a site's title bar, which far out is thinner than the name).
	 */
	private static boolean drawnReadable(Journey j, DiagramViewer viewer, DiagramNode site) throws Exception {
		return j.ui(() -> {
			Canvas canvas = (Canvas) viewer.getControl();
			canvas.update();
			Point topLeft = viewer.toScreen(site.bounds().x, site.bounds().y);
			Rectangle strip = new Rectangle(topLeft.x, topLeft.y - 2, 120, 22).intersection(canvas.getClientArea());
			return darkRun(canvasPixels(canvas), strip) >= darkRun(reference(canvas, site.label()), new Rectangle(0, 0, 400, 40));
		});
	}

	/** {@code text} drawn as the canvas draws names (bold, system font, antialiased) at {@value #READABLE_PT} pt, black on white. */
	private static ImageData reference(Canvas canvas, String text) {
		org.eclipse.swt.graphics.FontData base = canvas.getDisplay().getSystemFont().getFontData()[0];
		org.eclipse.swt.graphics.Font font = new org.eclipse.swt.graphics.Font(canvas.getDisplay(), base.getName(), READABLE_PT, SWT.BOLD);
		Image image = new Image(canvas.getDisplay(), 400, 40);
		GC gc = new GC(image);
		try {
			gc.setAdvanced(true);
			gc.setTextAntialias(SWT.ON);
			gc.setFont(font);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 400, 40);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(text, 4, 4, true);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
			font.dispose();
		}
	}

	private static ImageData canvasPixels(Canvas canvas) {
		Rectangle client = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), client.width, client.height);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The longest run of rows of {@code region} with at least two dark (text) pixels, as {@link Legibility} counts them. */
	private static int darkRun(ImageData data, Rectangle region) {
		int longest = 0, run = 0;
		for (int y = region.y; y < region.y + region.height; y++) {
			int dark = 0;
			for (int x = region.x; x < region.x + region.width && dark < 2; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 160) {
					dark++;
				}
			}
			run = dark >= 2 ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	/** The canvas's pixels (as on screen) of the strip a site's name is drawn in: its title bar, 120 pixels wide at least. */
	private static int[] titlePixels(Journey j, DiagramViewer viewer, DiagramNode site) throws Exception {
		return j.ui(() -> {
			Canvas canvas = (Canvas) viewer.getControl();
			canvas.update();
			Rectangle box = site.bounds();
			Point topLeft = viewer.toScreen(box.x, box.y);
			Rectangle strip = new Rectangle(topLeft.x, topLeft.y, Math.max(120, (int) (box.width * viewer.zoom())), 16).intersection(canvas.getClientArea());
			Rectangle client = canvas.getClientArea();
			Image image = new Image(canvas.getDisplay(), client.width, client.height);
			GC gc = new GC(canvas);
			try {
				gc.copyArea(image, 0, 0);
				ImageData data = image.getImageData();
				int[] pixels = new int[strip.width * strip.height];
				for (int y = 0; y < strip.height; y++) {
					for (int x = 0; x < strip.width; x++) {
						pixels[y * strip.width + x] = data.getPixel(strip.x + x, strip.y + y);
					}
				}
				return pixels;
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}
}
