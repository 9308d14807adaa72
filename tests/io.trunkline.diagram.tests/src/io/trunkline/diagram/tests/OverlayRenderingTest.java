package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.export.DiagramImages;
import io.trunkline.diagram.model.Overlay;

/** A client's overlay (a simulated failure, say) as the canvas and the SVG export draw it. */
class OverlayRenderingTest {

	private static final RGB RED = new RGB(200, 35, 45);
	private static final RGB AMBER = new RGB(222, 150, 0);

	private CanvasFixture f;

	@BeforeEach
	void open() {
		f = new CanvasFixture();
		f.viewer.scrollTo(0, 0);
	}

	@AfterEach
	void close() {
		f.close();
	}

	@Test
	void aCrossedOutNodeHasBothDiagonalsInTheOverlayColour() throws Exception {
		f.c.setOverlay(new Overlay(RED, Overlay.Hatch.NONE, "failed", true));
		f.settle();
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "overlay-crossed-out.png");
		// Mediation C is (600, 100) 140 × 50: its diagonals pass (635, 112.5) and (705, 112.5), a quarter of the way down
		for (Point onDiagonal : List.of(new Point(635, 112), new Point(705, 112), new Point(635, 137), new Point(705, 137))) {
			Point p = f.pixel(onDiagonal.x, onDiagonal.y);
			assertTrue(nearby(shot, p, RED, 2), "the cross passes " + onDiagonal + ": " + Pixels.at(shot, p.x, p.y));
		}
	}

	@Test
	void withoutTheOverlayTheSameSpotsShowTheNodesFill() throws Exception {
		ImageData shot = f.screenshot();
		for (Point onDiagonal : List.of(new Point(635, 112), new Point(705, 137))) {
			Point p = f.pixel(onDiagonal.x, onDiagonal.y);
			assertTrue(!nearby(shot, p, RED, 2), "no cross at " + onDiagonal + " on a plain node");
		}
	}

	@Test
	void aCrossedOutEdgeHasACrossAtTheMiddleOfItsRoute() throws Exception {
		f.ac.setOverlay(new Overlay(RED, Overlay.Hatch.NONE, "failed", true));
		f.settle();
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "overlay-crossed-edge.png");
		Point middle = io.trunkline.diagram.render.EdgeRoute.midpoint(io.trunkline.diagram.render.EdgeRoute.points(f.ac));
		// at 100 % the cross's arms reach 9 px from the middle: probe 6 px out along each diagonal
		for (int[] d : new int[][] { { -6, -6 }, { 6, 6 }, { 6, -6 }, { -6, 6 } }) {
			Point p = f.pixel(middle.x + d[0], middle.y + d[1]);
			assertTrue(nearby(shot, p, RED, 1), "the cross reaches " + d[0] + ", " + d[1] + " from the middle " + middle);
		}
	}

	@Test
	void hatchedNodesAreStripedNotOnlyTinted() throws Exception {
		f.b.setOverlay(new Overlay(AMBER, Overlay.Hatch.DIAGONAL, "", false));
		f.settle();
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "overlay-hatched.png");
		// Gateway B is (240, 180) 140 × 50; along y = 222, below its label, the stripes come every 9 px
		int stripes = 0;
		boolean inStripe = false;
		for (int x = 245; x < 375; x++) {
			Point p = f.pixel(x, 222);
			RGB rgb = Pixels.at(shot, p.x, p.y);
			boolean amber = rgb.red > 200 && rgb.blue < 150;
			stripes += amber && !inStripe ? 1 : 0;
			inStripe = amber;
		}
		// 130 px of scan line at one stripe every 9 px: 14 stripes, give or take the ends
		assertTrue(stripes >= 12 && stripes <= 16, "stripes across Gateway B: " + stripes);
	}

	@Test
	void theWordIsWrittenOnThePicture() throws Exception {
		f.c.setOverlay(new Overlay(RED, Overlay.Hatch.CROSSED, "no service", false));
		String svg = DiagramImages.svg(f.diagram, List.of());
		assertTrue(svg.contains(">no service<"), "the SVG names the state in words");
	}

	@Test
	void settingTheSameOverlayAgainDoesNotRepaint() {
		Overlay failed = new Overlay(RED, Overlay.Hatch.NONE, "failed", true);
		f.c.setOverlay(failed);
		int[] changes = { 0 };
		f.diagram.addListener(new io.trunkline.diagram.model.DiagramListener() {
			@Override
			public void appearanceChanged(io.trunkline.diagram.model.DiagramElement element) {
				changes[0]++;
			}
		});
		f.c.setOverlay(new Overlay(RED, Overlay.Hatch.NONE, "failed", true));
		assertEquals(0, changes[0]);
		f.c.setOverlay(null);
		assertEquals(1, changes[0]);
	}

	private static boolean nearby(ImageData shot, Point p, RGB colour, int reach) {
		for (int x = p.x - reach; x <= p.x + reach; x++) {
			for (int y = p.y - reach; y <= p.y + reach; y++) {
				if (Pixels.close(Pixels.at(shot, x, y), colour, 30)) {
					return true;
				}
			}
		}
		return false;
	}
}
