package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramOverview;

class OverviewTest {

	@Test
	void clickingTheThumbnailMovesTheViewThere() {
		try (CanvasFixture f = new CanvasFixture()) {
			f.diagram.add(new DiagramNode("far", null, "Far", new Rectangle(4000, 3000, 140, 50)), null);
			Shell outline = new Shell(f.display);
			outline.setSize(200, 150);
			DiagramOverview overview = new DiagramOverview(outline, f.viewer);
			overview.getControl().setBounds(0, 0, 200, 150);
			outline.open();
			f.settle();
			Event click = new Event();
			click.x = 195;
			click.y = 145;
			click.button = 1;
			overview.getControl().notifyListeners(SWT.MouseDown, click);
			overview.getControl().notifyListeners(SWT.MouseUp, click);
			f.settle();
			Rectangle visible = f.viewer.visibleArea();
			assertTrue(visible.contains(4070, 3025), "the far corner is now in view: " + visible);
			outline.dispose();
		}
	}
}
