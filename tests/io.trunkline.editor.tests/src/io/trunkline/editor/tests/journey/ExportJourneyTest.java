package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.examples.Examples;

/**
 * Journey (f) of issue 13: the planning worksheets and a picture of the diagram, exported from
 * the Topology menu, land beside the topology, complete, with nothing left behind.
 */
class ExportJourneyTest {

	private static final String EXAMPLE = Examples.MULTI_SITE_ENTERPRISE;

	@Test
	void worksheetsFromTheTopologyMenu() throws Exception {
		Journey.run("f-export-worksheets", 1600, 1000, j -> {
			IFile file = example(j);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Path folder = j.ui(editor::file).resolveSibling(EXAMPLE + "-worksheets");

			j.step("Topology ▸ Export Worksheets…, Finish");
			user.focusCanvas();
			user.menu("Topology", "Export Worksheets");
			var dialog = user.dialog("Export Planning Worksheets");
			j.screenshot("01-wizard");
			user.press(dialog, "Finish");
			j.waitUntil("the wizard closes", () -> dialog.isDisposed() || !dialog.isVisible());

			j.expect("an Excel workbook is written", nonEmptyWithPrefix(folder.resolve(EXAMPLE + ".xlsx"), "PK"));
			j.expect("an HTML report embedding the diagram is written", Files.exists(folder.resolve(EXAMPLE + ".html"))
					&& Files.readString(folder.resolve(EXAMPLE + ".html"), StandardCharsets.UTF_8).contains("data:image/png;base64,"));
			j.expect("CSV worksheets are written", list(folder).stream().anyMatch(p -> p.getFileName().toString().endsWith(".csv")));
			j.expect("nothing half-written is left behind: " + list(folder),
					list(folder).stream().allMatch(p -> p.getFileName().toString().matches("[^.].*\\.(xlsx|html|csv)")));
		});
	}

	@Test
	void diagramImageFromTheTopologyMenuShowsTheWholeDiagramBesideTheTopology() throws Exception {
		Journey.run("f-export-image", 1600, 1000, j -> {
			IFile file = example(j);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();
			Path beside = j.ui(editor::file).resolveSibling("overview.png");
			Rectangle extent = j.ui(() -> viewer.diagram().extent());

			j.step("select a site, Topology ▸ Export Diagram Image…");
			CentralSite site = j.ui(() -> editor.topology().getCentralSites().get(0));
			user.select(user.node(CentralSite.class, site.getName()));
			java.util.List<String> before = visibleWindows();
			user.menu("Topology", "Export Diagram Image");

			j.step("type a file name into the save dialog, Return");
			String dialog = newWindow(before);
			if (!XInput.xdo("getwindowname", dialog).isBlank()) {
				// the product may ask first what to export (a dialog of its own, with a title): its defaults, OK
				Screenshot.take(j.display, j.name + "-01-options");
				java.util.List<String> seen = new java.util.ArrayList<>(before);
				seen.add(dialog);
				XInput.xdo("key", "--clearmodifiers", "Return");
				dialog = newWindow(seen);
			}
			Screenshot.take(j.display, j.name + "-02-save-dialog"); // no round trip to the UI thread while the native dialog runs
			typeIntoNativeDialog(dialog, "overview.png");

			j.waitUntil("the image is written somewhere", () -> Files.exists(beside) || Files.exists(Path.of("overview.png")), 5000);
			j.expect("the file dialog starts in the topology's folder, so the image lands beside it, not in "
					+ (Files.exists(Path.of("overview.png")) ? Path.of("overview.png").toAbsolutePath().getParent() : "?") + " (defect 9)",
					Files.exists(beside));
			Path written = Files.exists(beside) ? beside : Path.of("overview.png");
			if (Files.exists(written)) {
				ImageData image;
				try (InputStream in = Files.newInputStream(written)) {
					image = new ImageData(in);
				}
				j.expect("the image shows the whole diagram (" + extent.width + "×" + extent.height + " at 1:1), not the selection: "
						+ image.width + "×" + image.height + " (defect 9)", image.width >= extent.width && image.height >= extent.height);
				Files.deleteIfExists(Path.of("overview.png"));
			}
		});
	}

	private static IFile example(Journey j) throws Exception {
		IFile file = j.project.getFile(Examples.fileName(EXAMPLE));
		file.create(new ByteArrayInputStream(Examples.bytes(EXAMPLE)), true, null);
		return file;
	}

	/** The window of this process that appears after {@code before} and takes the keyboard (a native dialog answers nothing through SWT while it is up). */
	private static String newWindow(java.util.List<String> before) throws Exception {
		long end = System.currentTimeMillis() + Journey.WAIT_LIMIT_MS;
		while (System.currentTimeMillis() < end) {
			String focus = XInput.xdo("getwindowfocus").trim();
			// the new window with the keyboard: the menu's own popup window is new too, but never has it
			if (!before.contains(focus) && visibleWindows().contains(focus)) {
				return focus;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no save dialog appears");
	}

	/**
	 * Types {@code name} and Return into the native dialog {@code window} once it has the keyboard,
	 * and again if it is still up: the window manager may hand the focus back and forth while the
	 * dialog maps, and keys sent then are lost.
	 */
	private static void typeIntoNativeDialog(String window, String name) throws Exception {
		for (int attempt = 0; attempt < 3 && visibleWindows().contains(window); attempt++) {
			XInput.xdo("windowactivate", "--sync", window);
			long end = System.currentTimeMillis() + Journey.WAIT_LIMIT_MS;
			while (!XInput.xdo("getwindowfocus").trim().equals(window) && System.currentTimeMillis() < end) {
				Thread.sleep(50);
			}
			XInput.xdo("key", "--clearmodifiers", "ctrl+a");
			XInput.xdo("type", "--delay", "25", name);
			XInput.xdo("key", "--clearmodifiers", "Return");
			for (long gone = System.currentTimeMillis() + 3000; visibleWindows().contains(window) && System.currentTimeMillis() < gone;) {
				Thread.sleep(50);
			}
		}
		if (visibleWindows().contains(window)) {
			throw new AssertionError("the save dialog does not take the typed name");
		}
	}

	/** The mapped X windows of this process; no name pattern, as the GTK file chooser's window has an empty title. */
	private static java.util.List<String> visibleWindows() {
		try {
			return XInput.xdo("search", "--onlyvisible", "--pid", "" + ProcessHandle.current().pid()).lines().map(String::trim).toList();
		} catch (Throwable noneFound) {
			return java.util.List.of();
		}
	}

	private static boolean nonEmptyWithPrefix(Path file, String prefix) throws Exception {
		if (!Files.exists(file) || Files.size(file) == 0) {
			return false;
		}
		byte[] head = new byte[prefix.length()];
		try (InputStream in = Files.newInputStream(file)) {
			return in.read(head) == head.length && new String(head, StandardCharsets.ISO_8859_1).equals(prefix);
		}
	}

	private static List<Path> list(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
