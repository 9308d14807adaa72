package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.description.ToolGroup;
import io.trunkline.diagram.render.PaintResources;

/**
 * The tool palette beside a viewer, shaped like Sirius's: a selection drawer (Select, Marquee)
 * followed by one drawer per client group, each collapsing and expanding on a click on its
 * title, in a column that scrolls vertically (scroll bar and mouse wheel) when it is taller than
 * the editor. A click arms a tool; creation tools can also be dragged onto the canvas.
 * (Sirius's palette: docs editor-anchors.md §1.1, "Palette docked right, resizable, foldable".)
 */
public final class Palette {

	/** Pixels scrolled per wheel notch unit that SWT reports (GTK reports 3 per notch). */
	private static final int WHEEL_STEP = 10;

	private final ScrolledComposite scroller;
	private final Composite content;
	private final DiagramViewer viewer;
	private final PaintResources resources;
	private final List<PaletteDrawer> drawers = new ArrayList<>();
	private final List<PaletteEntry> entries = new ArrayList<>();
	private final int rowHeight;
	private final Font titleFont;

	public Palette(Composite parent, DiagramViewer viewer) {
		this.viewer = viewer;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setBackgroundMode(SWT.INHERIT_FORCE);
		scroller.getVerticalBar().setIncrement(WHEEL_STEP * 2);
		content = new Composite(scroller, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 4;
		layout.verticalSpacing = 2;
		content.setLayout(layout);
		scroller.setContent(content);
		resources = new PaintResources(parent.getDisplay());
		scroller.addListener(SWT.Dispose, e -> resources.dispose());
		FontData base = content.getFont().getFontData()[0];
		titleFont = resources.font(base.getHeight(), true);
		GC gc = new GC(content);
		try {
			rowHeight = Math.max(PaletteEntry.ICON + 8, gc.getFontMetrics().getHeight() + 8);
		} finally {
			gc.dispose();
		}
		scroller.addListener(SWT.Resize, e -> relayout());
		List<ToolGroup> groups = new ArrayList<>();
		groups.add(new ToolGroup("Tools", List.of(new Tool.Select(), new Tool.Marquee())));
		groups.addAll(viewer.editing().palette());
		for (ToolGroup group : groups) {
			PaletteDrawer drawer = new PaletteDrawer(this, content, group);
			drawers.add(drawer);
			entries.addAll(drawer.entries());
		}
		wheelScrolls(scroller);
		wheelScrolls(content);
		viewer.addToolListener(this::showActive);
		showActive(viewer.activeTool());
		relayout();
	}

	public Composite getControl() {
		return scroller;
	}

	/** The entry showing a tool, or null; for tests and for clients placing the pointer on it. */
	public Control item(String toolId) {
		PaletteEntry entry = entry(toolId);
		return entry == null ? null : entry.control();
	}

	/** The clickable title of a drawer, or null. */
	public Control drawerTitle(String groupLabel) {
		PaletteDrawer drawer = drawer(groupLabel);
		return drawer == null ? null : drawer.title();
	}

	public boolean isExpanded(String groupLabel) {
		PaletteDrawer drawer = drawer(groupLabel);
		return drawer != null && drawer.isExpanded();
	}

	int rowHeight() {
		return rowHeight;
	}

	Font titleFont() {
		return titleFont;
	}

	DiagramViewer viewer() {
		return viewer;
	}

	PaintResources resources() {
		return resources;
	}

	/** Recomputes the column's height after a resize or a drawer opening or closing. */
	void relayout() {
		if (scroller.isDisposed()) {
			return;
		}
		content.layout(true, true);
		int width = Math.max(1, scroller.getClientArea().width);
		scroller.setMinSize(0, content.computeSize(width, SWT.DEFAULT).y);
		for (PaletteEntry entry : entries) {
			entry.control().redraw();
		}
	}

	/**
	 * The wheel scrolls the column wherever the pointer is in it. The entries are canvases,
	 * which would otherwise keep the wheel to themselves.
	 */
	void wheelScrolls(Control control) {
		control.addListener(SWT.MouseVerticalWheel, this::wheel);
	}

	private void wheel(Event e) {
		e.doit = false;
		Point origin = scroller.getOrigin();
		Rectangle client = scroller.getClientArea();
		int height = content.getSize().y;
		int y = Math.max(0, Math.min(height - client.height, origin.y - e.count * WHEEL_STEP));
		scroller.setOrigin(origin.x, y);
	}

	private PaletteEntry entry(String toolId) {
		for (PaletteEntry entry : entries) {
			if (entry.tool().id().equals(toolId)) {
				return entry;
			}
		}
		return null;
	}

	private PaletteDrawer drawer(String groupLabel) {
		for (PaletteDrawer drawer : drawers) {
			if (drawer.label().equals(groupLabel)) {
				return drawer;
			}
		}
		return null;
	}

	private void showActive(Tool active) {
		for (PaletteEntry entry : entries) {
			entry.setActive(entry.tool().id().equals(active.id()));
		}
	}

	static GridData fillWidth() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 0; // take the column's width, never ask for more: labels are shortened instead
		return data;
	}
}
