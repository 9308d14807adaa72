package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resizing with the real pointer: a handle dragged quickly, as people do, resizes the node. */
class ResizeRealInputTest {

	private CanvasFixture f;
	private RealInput input;

	@BeforeEach
	void open() {
		f = new CanvasFixture();
		f.shell.setLocation(0, 0);
		input = new RealInput(f.display);
		input.spin(300);
	}

	@AfterEach
	void close() {
		f.close();
	}

	private Point screen(int x, int y) {
		return RealInput.onScreen(f.canvas(), f.screen(x, y));
	}

	/** Clicks Mediation C near its bottom-right corner, where its resize handle then appears. */
	private void selectC() {
		input.click(screen(736, 146));
		assertTrue(input.spinUntil(() -> f.viewer.selectedElements().equals(List.of(f.c)), 3000), "a click selects Mediation C");
	}

	@Test
	void quickDragOnTheCornerHandleResizes() {
		selectC();
		input.spin(1000); // past the double-click time: a new gesture, not a second click
		input.quickDrag(screen(740, 150), screen(800, 200));
		input.spinUntil(() -> f.c.width() != 140, 3000);
		input.screenshot("resize-quick-drag.png");
		assertEquals(new Rectangle(600, 100, 200, 100), f.c.bounds());
	}

	/** The press on the handle comes within the double-click time and distance of the selecting click. */
	@Test
	void dragOnAHandleStraightAfterTheSelectingClickResizes() {
		selectC();
		input.slowDrag(screen(738, 148), screen(798, 198)); // the handle's inner half, over the node
		input.spinUntil(() -> f.c.width() != 140, 3000);
		assertEquals(new Rectangle(600, 100, 200, 100), f.c.bounds());
	}
}
