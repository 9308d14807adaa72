package io.trunkline.editor.tests.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Whole-screen PNGs in the test bundle's {@code target/journeys}: what a person would have seen. */
public final class Screenshot {

	private Screenshot() {
	}

	/** {@code target/journeys} of this test bundle (the workspace is {@code target/work/data}). */
	static Path folder() throws Exception {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().toAbsolutePath();
		Path target = workspace.getParent() != null && workspace.getParent().getParent() != null ? workspace.getParent().getParent() : null;
		Path folder = (target != null && target.getFileName().toString().equals("target") ? target : Path.of("target").toAbsolutePath()).resolve("journeys");
		Files.createDirectories(folder);
		return folder;
	}

	/** Callable from any thread: ImageMagick's {@code import} where installed, SWT's copy of the screen otherwise. */
	static Path take(Display display, String name) throws Exception {
		return take(display, name, null);
	}

	/** Like {@link #take(Display, String)}, of {@code area} of the screen only (the whole screen when null). */
	static Path take(Display display, String name, Rectangle area) throws Exception {
		Path file = folder().resolve(name + ".png");
		if (WindowManager.onPath("import")) {
			java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("import", "-window", "root"));
			if (area != null) {
				command.addAll(java.util.List.of("-crop", area.width + "x" + area.height + "+" + area.x + "+" + area.y, "+repage"));
			}
			command.add(file.toString());
			Process p = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
				return file;
			}
			p.destroyForcibly();
		}
		Runnable copy = () -> copyScreen(display, area != null ? area : display.getBounds(), file);
		if (Display.getCurrent() == display) {
			copy.run();
		} else {
			display.syncExec(copy);
		}
		return file;
	}

	/** SWT's copy of {@code area} of the screen as a PNG; on the UI thread. */
	public static void copyScreen(Display display, Rectangle area, Path file) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
