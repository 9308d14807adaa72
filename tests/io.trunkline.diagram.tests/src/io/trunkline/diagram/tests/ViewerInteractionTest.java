package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.EdgeEnd;
import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.Palette;

/** Each interaction of the canvas driven by mouse and key events; asserts on requests and view state. */
class ViewerInteractionTest {

	private CanvasFixture f;

	@BeforeEach
	void open() {
		f = new CanvasFixture();
	}

	@AfterEach
	void close() {
		f.close();
	}

	@Test
	void clickSelectsCtrlTogglesShiftAddsEmptyClears() {
		List<Object> published = new ArrayList<>();
		f.viewer.addSelectionChangedListener(e -> published.add(((IStructuredSelection) e.getSelection()).toList()));
		f.click(100, 100, 0);
		assertEquals(List.of(f.a), f.viewer.selectedElements());
		assertEquals(List.of("A object"), published.get(published.size() - 1), "the JFace selection carries semantic objects");
		f.click(650, 120, SWT.SHIFT);
		assertEquals(List.of(f.a, f.c), f.viewer.selectedElements());
		f.click(100, 100, SWT.CTRL);
		assertEquals(List.of(f.c), f.viewer.selectedElements());
		f.click(900, 600, 0);
		assertTrue(f.viewer.selectedElements().isEmpty());
	}

	@Test
	void clickOnEdgeSelectsEdgeAndClickInSiteSelectsSite() {
		f.click(500, 115, 0);
		assertEquals(List.of(f.ac), f.viewer.selectedElements());
		f.click(300, 60, 0);
		assertEquals(List.of(f.site), f.viewer.selectedElements());
	}

	@Test
	void marqueeToTheRightSelectsContainedToTheLeftSelectsTouched() {
		f.drag(500, 60, 760, 170, 1, 0);
		assertEquals(List.of(f.c), f.viewer.selectedElements(), "only Mediation C lies entirely inside");
		f.drag(560, 300, 230, 170, 1, 0);
		assertTrue(f.viewer.selectedElements().containsAll(List.of(f.b, f.site)), "dragged leftwards: touched nodes count");
		assertFalse(f.viewer.selectedElements().contains(f.c));
	}

	@Test
	void dragMovesSelectionSnappedToGridAsOneCommand() {
		f.drag(650, 120, 713, 347, 1, SWT.ALT);
		GeometryChange move = f.editing.of(GeometryChange.class).get(0);
		assertEquals("Move", move.name());
		assertEquals(new Rectangle(663, 327, 140, 50), f.c.bounds(), "Alt: no snapping, exact delta");
		f.drag(700, 350, 712, 364, 1, 0);
		Rectangle snapped = f.c.bounds();
		assertEquals(0, snapped.x % 10, "snapped to the 10 px grid: " + snapped);
		assertEquals(0, snapped.y % 10, "snapped to the 10 px grid: " + snapped);
	}

	@Test
	void movingASiteCarriesItsContents() {
		f.click(300, 30, 0);
		f.drag(300, 30, 400, 130, 1, SWT.ALT);
		assertEquals(new Rectangle(120, 120, 400, 250), f.site.bounds());
		assertEquals(new Rectangle(140, 180, 140, 50), f.a.bounds());
		assertEquals(new Rectangle(340, 280, 140, 50), f.b.bounds());
		assertEquals(1, f.editing.of(GeometryChange.class).size(), "one undoable step");
	}

	@Test
	void alignmentGuideSnapsToNeighbourEdge() {
		// C's left edge (600) dragged to 3 px from B's left edge (240): lands exactly on it
		f.drag(650, 120, 293, 300, 1, 0);
		assertEquals(240, f.c.x());
	}

	@Test
	void resizeFromBottomRightHandle() {
		f.click(650, 120, 0);
		f.drag(740, 150, 800, 200, 1, 0);
		GeometryChange resize = f.editing.of(GeometryChange.class).get(0);
		assertEquals("Resize", resize.name());
		assertEquals(new Rectangle(600, 100, 200, 100), f.c.bounds());
	}

	@Test
	void handlePressedAndReleasedElsewhereWithoutMotionResizes() {
		f.click(650, 120, 0);
		f.down(740, 150, 1, 0);
		f.up(800, 200, 1, 0);
		assertEquals(new Rectangle(600, 100, 200, 100), f.c.bounds());
	}

	@Test
	void nodePressedAndReleasedElsewhereWithoutMotionMoves() {
		f.click(650, 120, 0);
		f.down(650, 120, 1, SWT.ALT);
		f.up(700, 150, 1, SWT.ALT);
		assertEquals(new Rectangle(650, 130, 140, 50), f.c.bounds());
	}

	@Test
	void deleteKeyDeletesSelection() {
		f.click(650, 120, 0);
		f.key(SWT.DEL, (char) 127, 0);
		assertEquals(List.of(new RecordingEditing.Delete(List.of(f.c))), f.editing.of(RecordingEditing.Delete.class));
		assertNull(f.diagram.node("c"));
		assertNull(f.diagram.edge("ac"), "the edge went with its node");
		assertTrue(f.viewer.selectedElements().isEmpty());
	}

	@Test
	void f2EditsLabelInPlace() {
		f.click(650, 120, 0);
		f.key(SWT.F2, (char) 0, 0);
		Text text = f.viewer.labelEditorText();
		assertNotNull(text, "F2 opens the in-place editor");
		assertEquals("Mediation C", text.getText());
		text.setText("Mediation Paris");
		text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		f.settle();
		assertEquals(List.of(new RecordingEditing.EditLabel(f.c, "Mediation Paris")), f.editing.of(RecordingEditing.EditLabel.class));
		assertNull(f.viewer.labelEditorText());
	}

	@Test
	void connectToolConnectsValidTargetsOnly() {
		f.viewer.setActiveTool(RecordingEditing.LINK);
		f.drag(300, 200, 650, 120, 1, 0);
		assertEquals(List.of(new RecordingEditing.Connect(f.b, f.c)), f.editing.of(RecordingEditing.Connect.class));
		assertTrue(f.viewer.activeTool() instanceof Tool.Select, "tool disarms after use");
		f.viewer.setActiveTool(RecordingEditing.LINK);
		f.drag(300, 200, 300, 40, 1, 0);
		assertEquals(1, f.editing.of(RecordingEditing.Connect.class).size(), "a site is not a valid target");
	}

	@Test
	void connectFeedbackShowsInvalidTargetInRed() throws Exception {
		f.viewer.setActiveTool(RecordingEditing.LINK);
		f.down(300, 200, 1, 0);
		f.move(200, 40, SWT.BUTTON1);
		var shot = f.screenshot();
		CanvasFixture.save(shot, "connect-invalid-feedback.png");
		Point frame = f.screen(140, 17);
		boolean red = false;
		for (int y = frame.y - 2; y <= frame.y + 2; y++) {
			var rgb = shot.palette.getRGB(shot.getPixel(frame.x, y));
			red |= rgb.red > 160 && rgb.green < 110 && rgb.blue < 110;
		}
		assertTrue(red, "the refused site is framed in red");
		f.key(SWT.ESC, (char) 27, 0);
	}

	@Test
	void reconnectDragsTheTargetEndToAnotherNode() {
		f.click(500, 115, 0);
		f.drag(600, 115, 300, 200, 1, 0);
		assertEquals(List.of(new RecordingEditing.Reconnect(f.ac, EdgeEnd.TARGET, f.b)), f.editing.of(RecordingEditing.Reconnect.class));
		assertEquals(f.b, f.ac.target());
	}

	@Test
	void draggingTheMiddleOfAnEdgeAddsABendPoint() {
		f.click(500, 115, 0);
		f.drag(450, 115, 450, 300, 1, 0);
		GeometryChange bend = f.editing.of(GeometryChange.class).get(0);
		assertEquals(List.of(new Point(450, 300)), bend.bendpoints().get(f.ac));
		assertEquals(List.of(new Point(450, 300)), f.ac.bendpoints());
	}

	@Test
	void ctrlWheelZoomsAroundThePointerAndKeysReset() {
		Point before = f.screen(650, 120);
		f.wheel(650, 120, 3, SWT.CTRL);
		assertEquals(1.1, f.viewer.zoom(), 1e-9);
		Point after = f.screen(650, 120);
		assertTrue(Math.abs(before.x - after.x) <= 1 && Math.abs(before.y - after.y) <= 1, "the point under the pointer stays put");
		f.key('0', '0', SWT.CTRL);
		assertEquals(1.0, f.viewer.zoom(), 1e-9);
		f.key('=', '=', SWT.CTRL);
		assertEquals(1.25, f.viewer.zoom(), 1e-9);
	}

	@Test
	void fitToWindowShowsEverythingAndZoomToSelectionFrames() {
		f.diagram.add(new DiagramNode("far", null, "Far away", new Rectangle(3000, 2000, 100, 40)), null);
		f.key(SWT.HOME, (char) 0, 0);
		Rectangle visible = f.viewer.visibleArea();
		assertTrue(visible.contains(20, 20) && visible.contains(3100, 2040), "fit shows the whole diagram: " + visible);
		f.viewer.select(List.of(f.c));
		f.key(SWT.HOME, (char) 0, SWT.SHIFT);
		assertEquals(2.0, f.viewer.zoom(), 1e-9, "zoom to selection, capped at 200 %");
		assertTrue(f.viewer.visibleArea().contains(670, 125));
	}

	@Test
	void middleDragAndSpaceDragPan() {
		Rectangle start = f.viewer.visibleArea();
		f.dragScreen(new Point(500, 400), new Point(400, 300), 2);
		Rectangle panned = f.viewer.visibleArea();
		assertEquals(start.x + 100, panned.x);
		assertEquals(start.y + 100, panned.y);
		Event space = new Event();
		space.character = ' ';
		f.canvas().notifyListeners(SWT.KeyDown, space);
		f.dragScreen(new Point(500, 400), new Point(550, 400), 1);
		assertEquals(panned.x - 50, f.viewer.visibleArea().x, "space + drag pans instead of selecting");
		assertTrue(f.editing.requests.isEmpty(), "panning changes nothing in the model");
	}

	@Test
	void arrowKeysWalkToTheNearestNodeAndCtrlArrowsNudge() {
		f.viewer.select(List.of(f.a));
		f.key(SWT.ARROW_RIGHT, (char) 0, 0);
		assertEquals(List.of(f.b), f.viewer.selectedElements(), "B is the nearest node to the right of A");
		f.key(SWT.ARROW_RIGHT, (char) 0, 0);
		assertEquals(List.of(f.c), f.viewer.selectedElements());
		f.key(SWT.ARROW_DOWN, (char) 0, SWT.CTRL);
		assertEquals(new Rectangle(600, 110, 140, 50), f.c.bounds());
		f.key(SWT.TAB, '\t', 0);
		assertEquals(1, f.viewer.selectedElements().size());
	}

	@Test
	void hoverTooltipNamesTheProblem() {
		Point p = f.screen(100, 100);
		Event hover = new Event();
		hover.x = p.x;
		hover.y = p.y;
		f.canvas().notifyListeners(SWT.MouseHover, hover);
		assertEquals("Gateway A\nERROR: Gateway A has no trunk", f.canvas().getToolTipText());
	}

	@Test
	void contextMenuHoldsClientAndViewerEntries() {
		f.click(650, 120, 0);
		f.viewer.contextMenu().getMenu().notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		for (IContributionItem item : f.viewer.contextMenu().getItems()) {
			if (item instanceof org.eclipse.jface.action.ActionContributionItem action) {
				labels.add(action.getAction().getText());
			}
		}
		assertTrue(labels.contains("Client Action on 1"), labels.toString());
		assertTrue(labels.contains("Fit to Window\tHome"), labels.toString());
	}

	@Test
	void paletteArmsACreationToolAndAClickInASiteCreatesThere() {
		Palette palette = new Palette(f.shell, f.viewer);
		f.shell.layout();
		f.settle();
		Event release = new Event();
		release.button = 1;
		release.x = 5;
		release.y = 5;
		palette.item("box").notifyListeners(SWT.MouseUp, release);
		assertEquals(RecordingEditing.BOX, f.viewer.activeTool());
		f.click(203, 236, 0);
		RecordingEditing.Create create = f.editing.of(RecordingEditing.Create.class).get(0);
		assertEquals(f.site, create.container(), "created inside the site it was clicked in");
		assertEquals(new Point(200, 240), create.location(), "placed on the grid");
		assertTrue(f.viewer.activeTool() instanceof Tool.Select, "the tool disarms after one use");
	}

	@Test
	void collapsingASiteHidesItsContentsAndEdgesEndAtTheSite() {
		f.click(405, 33, 0);
		assertTrue(f.site.isCollapsed());
		assertTrue(f.a.isHidden());
		assertEquals(f.site, f.viewer.elementAt(new Point(100, 30)));
		assertNull(f.viewer.elementAt(new Point(100, 100)), "nothing is drawn where the hidden gateway was");
		f.click(405, 33, 0);
		assertFalse(f.site.isCollapsed());
	}

	@Test
	void doubleClickOpensAndEnterOpensToo() {
		Point p = f.screen(650, 120);
		Event e = new Event();
		e.x = p.x;
		e.y = p.y;
		e.button = 1;
		f.canvas().notifyListeners(SWT.MouseDoubleClick, e);
		f.viewer.select(List.of(f.a));
		f.key(SWT.CR, '\r', 0);
		assertEquals(List.of(new RecordingEditing.Open(f.c), new RecordingEditing.Open(f.a)), f.editing.of(RecordingEditing.Open.class));
	}

}
