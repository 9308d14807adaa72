package io.trunkline.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import io.trunkline.diagram.model.Decoration;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.NodeShape;
import io.trunkline.diagram.model.NodeStyle;
import io.trunkline.diagram.model.Severity;
import io.trunkline.diagram.viewer.DiagramViewer;

/**
 * A shell with a viewer on a small reference scene, and SWT events dispatched to the canvas the
 * way the display delivers them (same listeners, same fields), addressed in diagram
 * coordinates so tests read like the gestures they perform.
 */
final class CanvasFixture implements AutoCloseable {

	static final RGB BOX_FILL = new RGB(220, 234, 250);
	static final RGB SITE_FILL = new RGB(214, 236, 216);

	final Display display = Display.getDefault();
	final Shell shell = new Shell(display);
	final RecordingEditing editing = new RecordingEditing();
	final DiagramViewer viewer;
	final Diagram diagram = new Diagram();
	final DiagramContainer site;
	final DiagramNode a;
	final DiagramNode b;
	final DiagramNode c;
	final DiagramEdge ac;

	CanvasFixture() {
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 700);
		viewer = new DiagramViewer(shell, editing);
		editing.diagram = diagram;
		NodeStyle box = new NodeStyle(BOX_FILL, new RGB(47, 109, 181), NodeShape.ROUNDED);
		site = diagram.add(new DiagramContainer("site", "Site object", "Site A", new Rectangle(20, 20, 400, 250)), null);
		site.setStyle(new NodeStyle(SITE_FILL, new RGB(60, 141, 64), NodeShape.ROUNDED));
		site.setBadges(List.of("120 users"));
		a = diagram.add(new DiagramNode("a", "A object", "Gateway A", new Rectangle(40, 80, 140, 50)), site);
		b = diagram.add(new DiagramNode("b", "B object", "Gateway B", new Rectangle(240, 180, 140, 50)), site);
		c = diagram.add(new DiagramNode("c", "C object", "Mediation C", new Rectangle(600, 100, 140, 50)), null);
		for (DiagramNode node : List.of(a, b, c)) {
			node.setStyle(box);
			node.setIcon(RecordingEditing.BOX.icon());
		}
		c.setBadges(List.of("2 trunks"));
		a.setDecorations(List.of(new Decoration(Severity.ERROR, "Gateway A has no trunk")));
		ac = diagram.add(new DiagramEdge("ac", "AC object", "trunk", a, c));
		viewer.setDiagram(diagram);
		shell.open();
		settle();
	}

	Control canvas() {
		return viewer.getControl();
	}

	void settle() {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	Point screen(int x, int y) {
		return viewer.toScreen(x, y);
	}

	/** Where diagram point (x, y) is in a {@link #screenshot()}, which includes the canvas border. */
	Point pixel(int x, int y) {
		Point p = viewer.toScreen(x, y);
		int border = viewer.getControl().getBorderWidth();
		return new Point(p.x + border, p.y + border);
	}

	void down(int x, int y, int button, int mask) {
		mouse(SWT.MouseDown, x, y, button, mask);
	}

	void move(int x, int y, int mask) {
		mouse(SWT.MouseMove, x, y, 0, mask);
	}

	void up(int x, int y, int button, int mask) {
		mouse(SWT.MouseUp, x, y, button, mask);
	}

	void click(int x, int y, int mask) {
		down(x, y, 1, mask);
		up(x, y, 1, mask);
	}

	/** Press at one diagram point, move in steps, release at another. */
	void drag(int x0, int y0, int x1, int y1, int button, int mask) {
		down(x0, y0, button, mask);
		for (int step = 1; step <= 4; step++) {
			move(x0 + (x1 - x0) * step / 4, y0 + (y1 - y0) * step / 4, mask | (button == 1 ? SWT.BUTTON1 : SWT.BUTTON2));
		}
		up(x1, y1, button, mask);
	}

	/** A drag in screen coordinates, for gestures that move the view itself. */
	void dragScreen(Point from, Point to, int button) {
		screenMouse(SWT.MouseDown, from, button, 0);
		for (int step = 1; step <= 4; step++) {
			screenMouse(SWT.MouseMove, new Point(from.x + (to.x - from.x) * step / 4, from.y + (to.y - from.y) * step / 4), 0,
					button == 1 ? SWT.BUTTON1 : SWT.BUTTON2);
		}
		screenMouse(SWT.MouseUp, to, button, 0);
	}

	private void screenMouse(int type, Point p, int button, int mask) {
		Event e = new Event();
		e.x = p.x;
		e.y = p.y;
		e.button = button;
		e.stateMask = mask;
		canvas().notifyListeners(type, e);
		settle();
	}

	void key(int keyCode, char character, int mask) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.character = character;
		e.stateMask = mask;
		canvas().notifyListeners(SWT.KeyDown, e);
		Event upEvent = new Event();
		upEvent.keyCode = keyCode;
		upEvent.character = character;
		upEvent.stateMask = mask;
		canvas().notifyListeners(SWT.KeyUp, upEvent);
		settle();
	}

	void wheel(int x, int y, int count, int mask) {
		Event e = new Event();
		Point p = screen(x, y);
		e.x = p.x;
		e.y = p.y;
		e.count = count;
		e.stateMask = mask;
		e.doit = true;
		canvas().notifyListeners(SWT.MouseWheel, e);
		settle();
	}

	private void mouse(int type, int x, int y, int button, int mask) {
		screenMouse(type, screen(x, y), button, mask);
	}

	/** What the viewer shows right now, as pixels. */
	ImageData screenshot() {
		viewer.getControl().redraw();
		viewer.getControl().update();
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

	static void save(ImageData data, String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(target.resolve(name).toString(), SWT.IMAGE_PNG);
	}

	@Override
	public void close() {
		shell.dispose();
		settle();
	}
}
