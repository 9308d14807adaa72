package io.trunkline.editor.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.tests.journey.Screenshot;
import io.trunkline.editor.validation.ValidationMarkers;

/**
 * The test's hands and eyes on the real workbench: SWT mouse events on the diagram canvas in
 * diagram coordinates, the markers on a file, the rows of the Problems view, and screenshots
 * of the whole window into {@code target/screenshots}.
 */
final class Bench {

	private Bench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static void settle() {
		for (int round = 0; round < 10; round++) {
			while (display().readAndDispatch()) {
				// drain
			}
			sleep(20);
		}
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 15_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			if (!display().readAndDispatch()) {
				sleep(20);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void click(DiagramViewer viewer, int x, int y) {
		mouse(viewer, SWT.MouseDown, x, y, 0);
		mouse(viewer, SWT.MouseUp, x, y, 0);
	}

	static void drag(DiagramViewer viewer, Point from, Point to) {
		mouse(viewer, SWT.MouseDown, from.x, from.y, 0);
		for (int step = 1; step <= 4; step++) {
			mouse(viewer, SWT.MouseMove, from.x + (to.x - from.x) * step / 4, from.y + (to.y - from.y) * step / 4, SWT.BUTTON1);
		}
		mouse(viewer, SWT.MouseUp, to.x, to.y, 0);
	}

	private static void mouse(DiagramViewer viewer, int type, int x, int y, int mask) {
		Point screen = viewer.toScreen(x, y);
		Event e = new Event();
		e.x = screen.x;
		e.y = screen.y;
		e.button = type == SWT.MouseMove ? 0 : 1;
		e.stateMask = mask;
		viewer.getControl().notifyListeners(type, e);
		settle();
	}

	static Point centre(DiagramElement element) {
		Rectangle box = ((DiagramNode) element).bounds();
		return new Point(box.x + box.width / 2, box.y + box.height / 2);
	}

	static List<String> markerMessages(IFile file) throws CoreException {
		List<String> messages = new ArrayList<>();
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return messages;
	}

	static boolean anyStartsWith(List<String> messages, String prefix) {
		return messages.stream().anyMatch(m -> m.startsWith(prefix));
	}

	/**
	 * Every row of the Problems view, categories expanded. The view is found as the tree whose
	 * top rows are its severity groups ("Errors (n items)"), which is all a user sees of it too.
	 */
	static List<String> problemsViewRows(IWorkbenchPage page) {
		List<String> rows = new ArrayList<>();
		if (page.findView(IPageLayout.ID_PROBLEM_VIEW) == null) {
			return rows;
		}
		Tree tree = search(page.getWorkbenchWindow().getShell());
		if (tree != null) {
			for (TreeItem item : tree.getItems()) {
				collect(item, rows);
			}
		}
		return rows;
	}

	private static Tree search(Control control) {
		if (control instanceof Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText(0).matches("(Errors|Warnings|Infos) \\(.*")) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = search(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** "description | resource" of each row. */
	private static void collect(TreeItem item, List<String> rows) {
		item.setExpanded(true);
		rows.add(item.getText(0) + " | " + item.getText(1));
		for (TreeItem child : item.getItems()) {
			collect(child, rows);
		}
	}

	static Path screenshot(Shell shell, String name) throws IOException {
		settle();
		Rectangle area = shell.getBounds();
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Screenshot.copyScreen(display(), area, file);
		return file;
	}
}
