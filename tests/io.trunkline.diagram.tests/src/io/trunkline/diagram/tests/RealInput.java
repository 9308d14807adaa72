package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Input through the X server, as a person makes it: {@code xdotool} (XTEST) moves the real
 * pointer and presses real buttons, and the test spins the event loop until the state it
 * waits for holds. See docs "real-input-testing.md": a drag is sent step by step, because
 * one chained command reaches SWT without any motion in between.
 */
final class RealInput {

	private final Display display;

	RealInput(Display display) {
		this.display = display;
	}

	/** Where {@code (x, y)} of {@code control} is on the screen. */
	static Point onScreen(Control control, Point p) {
		return control.toDisplay(p.x, p.y);
	}

	void xdo(String... args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			assertTrue(process.waitFor(10, TimeUnit.SECONDS), "xdotool finished: " + command);
			assertEquals(0, process.exitValue(), "xdotool exit status: " + command);
		} catch (java.io.IOException | InterruptedException failed) {
			throw new AssertionError("could not run " + command, failed);
		}
	}

	void moveTo(Point screen) {
		if (display.getCursorLocation().equals(screen)) {
			return; // "mousemove --sync" waits for a motion that never comes when the pointer is already there
		}
		xdo("mousemove", "--sync", Integer.toString(screen.x), Integer.toString(screen.y));
		spin(30);
	}

	void click(Point screen) {
		moveTo(screen);
		xdo("click", "1");
		spin(30);
	}

	/** Wheel notches over {@code screen}: positive scrolls down (X button 5), negative up (button 4). */
	void wheel(Point screen, int notches) {
		moveTo(screen);
		for (int i = 0; i < Math.abs(notches); i++) {
			xdo("click", notches > 0 ? "5" : "4");
			spin(20);
		}
	}

	/** A drag a person makes slowly: every step delivered and dispatched before the next. */
	void slowDrag(Point from, Point to) {
		moveTo(from);
		xdo("mousedown", "1");
		spin(30);
		for (int step = 1; step <= 5; step++) {
			moveTo(new Point(from.x + (to.x - from.x) * step / 5, from.y + (to.y - from.y) * step / 5));
		}
		xdo("mouseup", "1");
		spin(30);
	}

	/**
	 * A flick: press, move and release in one burst while the UI thread is busy elsewhere, so
	 * SWT sees the press and the release with little or no motion between them.
	 */
	void quickDrag(Point from, Point to) {
		moveTo(from);
		xdo("mousedown", "1", "mousemove", Integer.toString(to.x), Integer.toString(to.y), "mouseup", "1");
	}

	/** Dispatches events until {@code condition} holds or {@code millis} pass; returns whether it held. */
	boolean spinUntil(BooleanSupplier condition, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			display.timerExec(20, () -> {
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return condition.getAsBoolean();
	}

	void spin(long millis) {
		spinUntil(() -> false, millis);
	}

	/** The whole X screen as the user sees it, written to {@code target/screenshots/name}. */
	Path screenshot(String name) {
		spin(100);
		Path file = Path.of("target", "screenshots", name).toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
			while (process.isAlive()) {
				spin(20); // the X server must keep getting answers while import reads the screen
			}
			assertEquals(0, process.exitValue(), "import exit status");
		} catch (java.io.IOException failed) {
			throw new AssertionError("could not take a screenshot", failed);
		}
		return file;
	}
}
