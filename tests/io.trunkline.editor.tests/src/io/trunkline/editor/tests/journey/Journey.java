package io.trunkline.editor.tests.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * One journey through the real workbench: a fresh project, the window at a known size, every
 * editor closed, and a script that acts only through {@link XInput}. The script runs on its own
 * thread while the UI thread keeps dispatching events, so a modal dialog the product opens in
 * answer to a click does not stop the script: it reads the UI through {@link #ui} and answers the
 * dialog as a user would. At the end a screenshot of the last step goes to {@code target/journeys},
 * and the journey fails if an exception from Trunkline code reached the workspace log.
 */
final class Journey {

	interface Script {
		void run(Journey journey) throws Exception;
	}

	interface UiAction {
		void run() throws Exception;
	}

	private static final long SCRIPT_LIMIT_MS = 150_000;
	private static final long UI_CALL_LIMIT_MS = 20_000;
	static final long WAIT_LIMIT_MS = 15_000;

	final String name;
	final Display display;
	final IWorkbenchWindow window;
	final IWorkbenchPage page;
	final Shell shell;
	final IProject project;
	final XInput input;
	private final WorkspaceLog log;
	private volatile String step = "setting up";
	private volatile String lastScreenshot;
	private final java.util.List<String> shortfalls = new java.util.concurrent.CopyOnWriteArrayList<>();

	private Journey(String name, IProject project) throws IOException {
		this.name = name;
		this.display = PlatformUI.getWorkbench().getDisplay();
		this.window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		this.page = window.getActivePage();
		this.shell = window.getShell();
		this.project = project;
		this.input = XInput.bind(this, display);
		this.log = WorkspaceLog.markNow();
	}

	/**
	 * Runs {@code script} as journey {@code name} with the workbench window at {@code width} ×
	 * {@code height}. Call from the test (the UI thread).
	 */
	static void run(String name, int width, int height, Script script) throws Exception {
		Display display = PlatformUI.getWorkbench().getDisplay();
		WindowManager.ensureRunning();
		Dialogs.closeAllBut(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().closeAllEditors(false);
		window.getActivePage().resetPerspective();
		Shell shell = window.getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, width, height);
		shell.forceActive();
		spin(display, () -> shell.getSize().x == width && shell.getSize().y == height && display.getActiveShell() == shell, 5000);
		Journey journey = new Journey(name, freshProject("journey-" + name));
		journey.drive(script);
	}

	private void drive(Script script) throws Exception {
		Throwable[] problem = { null };
		boolean[] done = { false };
		Thread thread = new Thread(() -> {
			try {
				script.run(this);
			} catch (Throwable t) {
				problem[0] = t;
			}
			if (!shortfalls.isEmpty()) {
				problem[0] = add(new AssertionError("the journey went on past " + shortfalls.size() + " failed expectation(s):\n  "
						+ String.join("\n  ", shortfalls)), problem[0]);
			}
			// from here too: a dialog left open holds the UI thread in its own loop until it closes
			try {
				lastScreenshot = Screenshot.take(display, name + (problem[0] == null ? "" : "-failure")).toString();
				String left = null;
				for (int tries = 0; left == null; tries++) {
					try {
						left = ui(() -> Dialogs.closeAllBut(shell), tries < 3 ? 5000 : UI_CALL_LIMIT_MS);
					} catch (AssertionError unanswered) {
						if (tries >= 3) {
							throw unanswered;
						}
						// a native dialog (file chooser) holds the UI thread in GTK's own loop: only keys close it
						XInput.xdo("key", "--clearmodifiers", "Escape");
					}
				}
				if (!left.isEmpty()) {
					problem[0] = add(problem[0], new AssertionError("dialogs left open at the end (" + step + "): " + left));
				}
			} catch (Throwable t) {
				problem[0] = add(problem[0], t);
			}
			done[0] = true;
			display.wake();
		}, "journey " + name);
		thread.setDaemon(true);
		thread.start();
		Thread watchdog = new Thread(() -> {
			try {
				thread.join(SCRIPT_LIMIT_MS);
				if (thread.isAlive()) {
					problem[0] = add(problem[0], new AssertionError("journey " + name + " still running after " + SCRIPT_LIMIT_MS / 1000 + " s, at step: " + step));
					thread.interrupt();
					display.asyncExec(() -> Dialogs.closeAllBut(shell));
					XInput.xdo("key", "Escape");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				problem[0] = add(problem[0], e);
			}
		}, "journey watchdog " + name);
		watchdog.setDaemon(true);
		watchdog.start();
		java.util.List<Throwable> escaped = new java.util.ArrayList<>();
		long end = System.currentTimeMillis() + SCRIPT_LIMIT_MS + 30_000;
		while (!done[0] && System.currentTimeMillis() < end) {
			try {
				spin(display, () -> done[0], end - System.currentTimeMillis());
			} catch (RuntimeException | Error thrown) {
				escaped.add(thrown); // what the workbench's own loop would log and show in a dialog
			}
		}
		Throwable failure = problem[0];
		for (Throwable thrown : escaped) {
			failure = add(failure, new AssertionError("an event listener threw " + thrown + " through " + trunklineFrames(thrown)));
		}
		String exceptions = log.trunklineExceptionsSinceMark();
		if (!exceptions.isEmpty()) {
			failure = add(failure, new AssertionError("the workspace log received exceptions during journey " + name + ":\n" + exceptions));
		}
		page.closeAllEditors(false);
		spin(display, () -> false, 100);
		if (failure != null) {
			String where = "[" + name + " at: " + step + "; screenshot " + lastScreenshot + "] ";
			AssertionError error = new AssertionError(where + (failure instanceof AssertionError ? failure.getMessage() : failure.toString()), failure);
			throw error;
		}
	}

	/** The distinct Trunkline frames of a stack, enough to name a loop without pages of it. */
	private static String trunklineFrames(Throwable thrown) {
		java.util.Set<String> frames = new java.util.LinkedHashSet<>();
		for (StackTraceElement frame : thrown.getStackTrace()) {
			if (frame.getClassName().startsWith("io.trunkline.") && frames.size() < 10) {
				frames.add(frame.getClassName().replaceFirst(".*\\.", "") + "." + frame.getMethodName());
			}
		}
		return frames.isEmpty() ? "platform code only" : String.join(" ← ", frames);
	}

	private static Throwable add(Throwable first, Throwable next) {
		if (first == null || next == null) {
			return first == null ? next : first;
		}
		first.addSuppressed(next);
		return first;
	}

	/** A new project for this journey; earlier journeys' projects go, with their markers in the Problems view. */
	private static IProject freshProject(String name) throws Exception {
		for (IProject earlier : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (earlier.getName().startsWith("journey-")) {
				earlier.delete(true, true, null);
			}
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		return project;
	}

	/** Dispatches events on the UI thread until {@code done} holds or {@code limitMs} passes. */
	static void spin(Display display, java.util.function.BooleanSupplier done, long limitMs) {
		long end = System.currentTimeMillis() + limitMs;
		while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
			display.timerExec(20, () -> {
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	// ---- from the script thread ----------------------------------------------------------------

	/** Names the step the script is on, for failure messages and screenshots. */
	void step(String description) {
		step = description;
	}

	/**
	 * An expectation the journey can carry on past (the model is still usable): recorded, and the
	 * journey fails at its end with all of them, so one run shows every defect on the way.
	 */
	void expect(String what, boolean holds) {
		if (!holds) {
			shortfalls.add(step + ": " + what);
		}
	}

	/** Like {@link #expect(String, boolean)}, for a condition that may take a moment to come true. */
	void expectWithin(String what, Callable<Boolean> condition) throws Exception {
		expect(what, holdsWithin(condition, WAIT_LIMIT_MS / 3));
	}

	/** Like {@link #expectWithin}, for a condition that itself drives the UI (evaluated on the script thread). */
	void expectEventually(String what, Callable<Boolean> scriptCondition) throws Exception {
		long end = System.currentTimeMillis() + WAIT_LIMIT_MS / 3;
		boolean holds;
		while (!(holds = Boolean.TRUE.equals(scriptCondition.call())) && System.currentTimeMillis() < end) {
			Thread.sleep(50);
		}
		expect(what, holds);
	}

	/** Evaluates {@code query} on the UI thread, even while a modal dialog runs its own loop. */
	<T> T ui(Callable<T> query) throws Exception {
		return ui(query, UI_CALL_LIMIT_MS);
	}

	private <T> T ui(Callable<T> query, long limitMs) throws Exception {
		if (Display.getCurrent() == display) {
			return query.call(); // already on the UI thread (a query inside a condition)
		}
		CompletableFuture<T> result = new CompletableFuture<>();
		display.asyncExec(() -> {
			try {
				result.complete(query.call());
			} catch (Throwable t) {
				result.completeExceptionally(t);
			}
		});
		try {
			return result.get(limitMs, TimeUnit.MILLISECONDS);
		} catch (TimeoutException stuck) {
			StringBuilder where = new StringBuilder();
			StackTraceElement[] frames = display.getThread().getStackTrace();
			for (int i = 0; i < Math.min(frames.length, 30); i++) {
				where.append("\n\t\tat ").append(frames[i]);
			}
			throw new AssertionError("the UI thread did not answer within " + limitMs / 1000 + " s; it was at:" + where);
		} catch (ExecutionException failed) {
			if (failed.getCause() instanceof Error error) {
				throw error;
			}
			throw (Exception) failed.getCause();
		}
	}

	void ui(UiAction action) throws Exception {
		ui(() -> {
			action.run();
			return null;
		});
	}

	/** Returns once the UI thread has run everything queued before this call. */
	void roundTrip() throws Exception {
		ui(() -> null);
	}

	/** Waits, with the UI thread dispatching, until {@code condition} holds; fails naming {@code what}. */
	void waitUntil(String what, Callable<Boolean> condition) throws Exception {
		waitUntil(what, condition, WAIT_LIMIT_MS);
	}

	void waitUntil(String what, Callable<Boolean> condition, long limitMs) throws Exception {
		if (!holdsWithin(condition, limitMs)) {
			throw new AssertionError("timed out after " + limitMs / 1000 + " s waiting until " + what);
		}
	}

	/** Whether {@code condition} comes to hold within {@code limitMs}. */
	boolean holdsWithin(Callable<Boolean> condition, long limitMs) throws Exception {
		long end = System.currentTimeMillis() + limitMs;
		while (true) {
			if (Boolean.TRUE.equals(ui(condition))) {
				return true;
			}
			if (System.currentTimeMillis() > end) {
				return false;
			}
			Thread.sleep(20);
		}
	}

	/** A screenshot of the whole screen, named after the journey and {@code suffix}. */
	Path screenshot(String suffix) throws Exception {
		roundTrip();
		return Screenshot.take(display, name + "-" + suffix);
	}

	/** A screenshot of the workbench window alone, under {@code fileName} (the README picture). */
	Path windowScreenshot(String fileName) throws Exception {
		roundTrip();
		return Screenshot.take(display, fileName, ui(shell::getBounds));
	}
}
