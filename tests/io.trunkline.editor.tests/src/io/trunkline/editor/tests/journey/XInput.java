package io.trunkline.editor.tests.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A person's mouse and keyboard: every gesture is an {@code xdotool} subprocess (XTEST at the X
 * server), so it reaches SWT through GTK exactly as a user's would. After each step the script
 * waits until SWT has dispatched the event it caused, so a drag arrives as press, moves and release
 * instead of a press and a release with nothing between (see docs/real-input-testing.md).
 */
final class XInput {

	private static final int[] COUNTED = { SWT.MouseDown, SWT.MouseUp, SWT.MouseMove, SWT.MouseDoubleClick, SWT.KeyDown, SWT.KeyUp };

	private static XInput installed;

	private final AtomicInteger[] counts = new AtomicInteger[COUNTED.length];
	private volatile String armed = "";
	private volatile Journey journey;

	/** The display's one set of event counters (filters live as long as the display), bound to the running journey. */
	static synchronized XInput bind(Journey journey, Display display) {
		if (installed == null) {
			installed = new XInput(display);
		}
		installed.journey = journey;
		return installed;
	}

	private XInput(Display display) {
		for (int i = 0; i < COUNTED.length; i++) {
			AtomicInteger count = counts[i] = new AtomicInteger();
			display.addFilter(COUNTED[i], e -> count.incrementAndGet());
		}
		// GTK reports the highlighted menu entry as Arm: how the script knows where the keyboard is in a menu
		display.addFilter(SWT.Arm, e -> armed = e.widget instanceof MenuItem item && !item.isDisposed() ? plain(item.getText()) : "");
	}

	/** A menu entry's text as the user reads it: no mnemonic marker, no accelerator. */
	static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
	}

	String armed() {
		return armed;
	}

	void clearArmed() {
		armed = "";
	}

	void moveTo(Point p) throws Exception {
		if (p.equals(pointer())) {
			return; // mousemove --sync to where the pointer already is waits for a motion that never comes
		}
		int moves = count(SWT.MouseMove);
		xdo("mousemove", "--sync", "" + p.x, "" + p.y);
		awaitSoftly(SWT.MouseMove, moves);
	}

	/** Where the pointer is on the screen. */
	static Point pointer() throws Exception {
		String location = xdo("getmouselocation", "--shell");
		int x = Integer.parseInt(location.replaceAll("(?s).*\\bX=(-?\\d+).*", "$1"));
		int y = Integer.parseInt(location.replaceAll("(?s).*\\bY=(-?\\d+).*", "$1"));
		return new Point(x, y);
	}

	void click(Point p) throws Exception {
		click(p, 1);
	}

	void rightClick(Point p) throws Exception {
		click(p, 3);
	}

	private void click(Point p, int button) throws Exception {
		moveTo(p);
		int ups = count(SWT.MouseUp);
		xdo("click", "" + button);
		awaitSoftly(SWT.MouseUp, ups);
	}

	/** A click with Ctrl held: adds to the selection. */
	void ctrlClick(Point p) throws Exception {
		moveTo(p);
		int ups = count(SWT.MouseUp);
		xdo("keydown", "ctrl");
		try {
			xdo("click", "1");
			awaitSoftly(SWT.MouseUp, ups);
		} finally {
			xdo("keyup", "ctrl");
		}
	}

	void doubleClick(Point p) throws Exception {
		moveTo(p);
		int doubles = count(SWT.MouseDoubleClick);
		xdo("click", "--repeat", "2", "--delay", "80", "1");
		awaitSoftly(SWT.MouseDoubleClick, doubles);
	}

	/** Press, move in steps (each dispatched before the next), release. */
	void drag(Point from, Point to) throws Exception {
		moveTo(from);
		int downs = count(SWT.MouseDown);
		xdo("mousedown", "1");
		awaitSoftly(SWT.MouseDown, downs);
		int steps = 6;
		for (int i = 1; i <= steps; i++) {
			moveTo(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
		}
		int ups = count(SWT.MouseUp);
		xdo("mouseup", "1");
		awaitSoftly(SWT.MouseUp, ups);
	}

	/** Scroll wheel notches: positive down, negative up. */
	void wheel(Point p, int notches) throws Exception {
		moveTo(p);
		xdo("click", "--repeat", "" + Math.abs(notches), "--delay", "30", notches > 0 ? "5" : "4");
		journey.roundTrip();
	}

	void key(String... keys) throws Exception {
		for (String key : keys) {
			int ups = count(SWT.KeyUp);
			xdo("key", "--clearmodifiers", key);
			awaitSoftly(SWT.KeyUp, ups);
		}
	}

	void type(String text) throws Exception {
		int ups = count(SWT.KeyUp);
		xdo("type", "--delay", "25", text);
		awaitSoftly(SWT.KeyUp, ups);
	}

	private int count(int type) {
		for (int i = 0; i < COUNTED.length; i++) {
			if (COUNTED[i] == type) {
				return counts[i].get();
			}
		}
		throw new IllegalArgumentException("not counted: " + type);
	}

	/**
	 * Waits until SWT has dispatched an event of {@code type} after {@code before}, then lets the
	 * listeners finish. Soft: GTK's own widgets (menus, native dialogs) send SWT nothing.
	 */
	private void awaitSoftly(int type, int before) throws Exception {
		long end = System.currentTimeMillis() + 1500;
		while (count(type) == before && System.currentTimeMillis() < end) {
			journey.roundTrip();
			Thread.sleep(5);
		}
		journey.roundTrip();
	}

	static String xdo(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("xdotool " + String.join(" ", args) + " did not finish");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new AssertionError("xdotool " + String.join(" ", args) + " failed (" + process.exitValue() + "): " + output);
		}
		return output;
	}
}
