package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
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
			List<String> drawn = new ArrayList<>(), unreadable = new ArrayList<>();
			measureSiteNames(j, viewer, drawn, unreadable);
			j.expect("site names are drawn on the whole overview: " + drawn, drawn.size() >= 4);
			j.expect("every site name drawn is readable (at least " + Legibility.READABLE_PT + " pt ± " + Legibility.TOLERANCE_PT + ") at zoom "
					+ j.ui(viewer::zoom) + ": " + unreadable, unreadable.isEmpty());
			j.screenshot("01-whole-overview");

			j.step("click the largest site's title to select it (its name is placed first, so it is always drawn)");
			DiagramNode target = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> n instanceof DiagramContainer && n.semantic() instanceof Site)
					.reduce((a, b) -> area(b) > area(a) ? b : a).orElseThrow());
			String oldName = j.ui(target::label);
			user.select(target);
			j.expect("selecting leaves the bitmap current (the handles are drawn over it)", j.ui(viewer::isSceneCacheCurrent));
			int[] before = titlePixels(j, viewer, target);

			j.step("rename " + oldName + " to " + RENAMED + " in the Properties view");
			user.typeProperty("Name", RENAMED);
			Site site = (Site) target.semantic();
			j.waitUntil("the model has the new name", () -> RENAMED.equals(site.getName()));
			j.waitUntil("the diagram names the site " + RENAMED, () -> viewer.diagram().nodes().stream().anyMatch(n -> n.semantic() == site && RENAMED.equals(n.label())));
			j.waitUntil("the bitmap is re-painted with the change", viewer::isSceneCacheCurrent);
			DiagramNode renamed = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> n.semantic() == site).findFirst().orElseThrow());
			j.expect("the site's title on the canvas changed", !Arrays.equals(before, titlePixels(j, viewer, renamed)));
			double points = j.ui(() -> Legibility.labelPoints(viewer, renamed));
			j.expect("the new name is drawn readable: " + points + " pt", points >= Legibility.READABLE_PT - Legibility.TOLERANCE_PT);
			j.screenshot("02-renamed");

			j.step("save");
			user.save();
			String saved = new String(java.nio.file.Files.readAllBytes(file.getLocation().toFile().toPath()), StandardCharsets.UTF_8);
			j.expect("the saved file names the site " + RENAMED, saved.contains(RENAMED));
			j.expect("and no longer " + oldName, !saved.contains("\"" + oldName + "\""));
		});
	}

	/**
	 * Measures the names of every 25th site on the canvas's pixels (a measure takes a while): into
	 * {@code drawn} those drawn, into {@code unreadable} those drawn smaller than readable. Far out
	 * only the names that clear each other are drawn.
	 */
	private static void measureSiteNames(Journey j, DiagramViewer viewer, List<String> drawn, List<String> unreadable) throws Exception {
		List<DiagramNode> sites = j.ui(() -> viewer.diagram().nodes().stream().filter(n -> n instanceof DiagramContainer && n.semantic() instanceof Site).toList());
		for (int i = 0; i < sites.size(); i += 25) {
			DiagramNode site = sites.get(i);
			double points = j.ui(() -> Legibility.labelPoints(viewer, site));
			String measure = String.format(java.util.Locale.ROOT, "%s %.0f pt", site.label(), points);
			if (points > 0) {
				drawn.add(measure);
			}
			if (points > 0 && points < Legibility.READABLE_PT - Legibility.TOLERANCE_PT) {
				unreadable.add(measure);
			}
		}
	}

	private static long area(DiagramNode node) {
		return (long) node.bounds().width * node.bounds().height;
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
