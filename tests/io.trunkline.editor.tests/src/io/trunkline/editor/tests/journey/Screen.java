package io.trunkline.editor.tests.journey;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;

/**
 * Where things are on the screen, in display coordinates, as a person would find them by looking:
 * the part of a control that is actually visible (not clipped by its parents), a diagram element
 * through the viewer's zoom and scroll, the rows of the Properties and Problems views. UI thread only.
 */
final class Screen {

	private Screen() {
	}

	/** The part of {@code control} not clipped by its ancestors, in display coordinates; empty when hidden. */
	static Rectangle visiblePart(Control control) {
		if (!control.isVisible()) {
			return new Rectangle(0, 0, 0, 0);
		}
		Point origin = control.toDisplay(0, 0);
		Rectangle visible = new Rectangle(origin.x, origin.y, control.getSize().x, control.getSize().y);
		for (Composite up = control.getParent(); up != null; up = up.getParent()) {
			Rectangle client = up.getClientArea();
			Point o = up.toDisplay(client.x, client.y);
			visible = visible.intersection(new Rectangle(o.x, o.y, client.width, client.height));
		}
		return visible;
	}

	/**
	 * The centre of what is visible of {@code area} (control coordinates of {@code control}) when most
	 * of it shows (a user clicks what they can see), else null.
	 */
	static Point visibleCentre(Control control, Rectangle area) {
		Point origin = control.toDisplay(area.x, area.y);
		Rectangle onScreen = new Rectangle(origin.x, origin.y, area.width, area.height);
		Rectangle shown = visiblePart(control).intersection(onScreen);
		if (area.width <= 0 || area.height <= 0 || shown.width < area.width * 0.6 || shown.height < area.height * 0.6) {
			return null;
		}
		return new Point(shown.x + shown.width / 2, shown.y + shown.height / 2);
	}

	/** A diagram point on the display. */
	static Point diagramPoint(DiagramViewer viewer, int x, int y) {
		return viewer.getControl().toDisplay(viewer.toScreen(x, y));
	}

	/** A node's bounds on the display. */
	static Rectangle nodeOnScreen(DiagramViewer viewer, DiagramNode node) {
		Rectangle box = node.bounds();
		Point topLeft = diagramPoint(viewer, box.x, box.y);
		Point bottomRight = diagramPoint(viewer, box.x + box.width, box.y + box.height);
		return new Rectangle(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
	}

	/** The canvas area a user can click in, on the display. */
	static Rectangle canvasOnScreen(DiagramViewer viewer) {
		Control canvas = viewer.getControl();
		Rectangle client = ((Composite) canvas).getClientArea();
		Point origin = canvas.toDisplay(client.x, client.y);
		return new Rectangle(origin.x, origin.y, client.width, client.height).intersection(visiblePart(canvas));
	}

	/** A visible canvas point with no element under it, scanning from the bottom right, or null. */
	static Point emptyCanvasPoint(DiagramViewer viewer) {
		Rectangle area = canvasOnScreen(viewer);
		Control canvas = viewer.getControl();
		for (int y = area.y + area.height - 15; y > area.y + 10; y -= 20) {
			for (int x = area.x + area.width - 15; x > area.x + 10; x -= 20) {
				Point control = canvas.toControl(x, y);
				if (viewer.elementAt(viewer.toDiagram(control.x, control.y)) == null) {
					return new Point(x, y);
				}
			}
		}
		return null;
	}

	/** The Properties view's tree, or null when the view shows no property sheet. */
	static Tree propertiesTree(IWorkbenchPage page) {
		IViewPart view = page.findView(IPageLayout.ID_PROP_SHEET);
		if (view instanceof PropertySheet sheet && sheet.getCurrentPage() != null && sheet.getCurrentPage().getControl() instanceof Tree tree
				&& !tree.isDisposed()) {
			return tree;
		}
		return null;
	}

	/**
	 * As {@link #cell}, but null when bringing the row into view scrolled the tree: GTK reports the rows where
	 * they were until it has drawn the scrolled tree, so the caller asks again after a round trip.
	 */
	static Point settledCell(TreeItem item, int column) {
		Tree tree = item.getParent();
		TreeItem top = tree.getTopItem();
		tree.showItem(item);
		if (tree.getTopItem() != top) {
			return null;
		}
		return cell(item, column);
	}

	/**
	 * The centre of the visible part of a row's cell in {@code column} (a wide cell runs past the
	 * view's edge), scrolled into view as a user would, on the display; null when too little shows.
	 */
	static Point cell(TreeItem item, int column) {
		Tree tree = item.getParent();
		tree.showItem(item);
		Rectangle shown = item.getBounds(column).intersection(tree.getClientArea());
		if (shown.width < 12) {
			return null;
		}
		return visibleCentre(tree, new Rectangle(shown.x, shown.y, Math.min(shown.width, 200), shown.height));
	}

	/** The Problems view's tree: the tree whose top rows are its severity groups, as a user recognises it. */
	static Tree problemsTree(Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText(0).matches("(Errors|Warnings|Infos) \\(.*")) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = problemsTree(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first link (the breadcrumb) above the diagram of an editor whose canvas is {@code viewer}'s. */
	static Link breadcrumb(DiagramViewer viewer) {
		for (Composite up = viewer.getControl().getParent(); up != null; up = up.getParent()) {
			Link link = firstLink(up);
			if (link != null) {
				return link;
			}
		}
		return null;
	}

	private static Link firstLink(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Link link && link.isVisible()) {
				return link;
			}
			if (child instanceof Composite composite) {
				Link found = firstLink(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
