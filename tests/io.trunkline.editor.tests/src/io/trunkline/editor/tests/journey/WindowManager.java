package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A window manager on the test's display, as a desktop has: xvfb-run starts none, and without
 * one there is no focus-follows-click, no activation and no decorations. Starts {@code openbox}
 * once per test run when it is installed and no other window manager answers.
 */
final class WindowManager {

	private static Process openbox;

	private WindowManager() {
	}

	static synchronized void ensureRunning() throws Exception {
		if (openbox != null || running() || !onPath("openbox")) {
			return;
		}
		openbox = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		Runtime.getRuntime().addShutdownHook(new Thread(openbox::destroy));
		long end = System.currentTimeMillis() + 10_000;
		while (!running() && openbox.isAlive() && System.currentTimeMillis() < end) {
			Thread.sleep(50);
		}
	}

	/** A window manager announces itself on the root window (EWMH _NET_SUPPORTING_WM_CHECK). */
	private static boolean running() throws Exception {
		if (!onPath("xprop")) {
			return false;
		}
		Process p = new ProcessBuilder("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").redirectErrorStream(true).start();
		if (!p.waitFor(10, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return false;
		}
		return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("window id");
	}

	static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}
}
