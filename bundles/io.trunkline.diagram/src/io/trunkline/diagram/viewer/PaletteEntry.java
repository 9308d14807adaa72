package io.trunkline.diagram.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.render.DiagramPainter;

/**
 * One tool of the palette: icon and label on one line. The label is shortened with an ellipsis
 * when the palette is narrow and left out below {@link #ICON_ONLY_WIDTH}; the tooltip always
 * names the tool. Click, Enter or Space arms it, a second click disarms it.
 */
final class PaletteEntry {

	static final int ICON = 16;
	/** Below this width only the icon is shown. */
	static final int ICON_ONLY_WIDTH = 64;
	private static final RGB ACTIVE_FILL = new RGB(204, 228, 247);
	private static final RGB HOVER_FILL = new RGB(229, 241, 251);
	private static final RGB GLYPH = new RGB(70, 78, 88);

	private final Palette palette;
	private final Tool tool;
	private final Canvas canvas;
	private boolean active;
	private boolean hover;

	PaletteEntry(Palette palette, Composite parent, Tool tool) {
		this.palette = palette;
		this.tool = tool;
		canvas = new Canvas(parent, SWT.NONE);
		var data = Palette.fillWidth();
		data.heightHint = palette.rowHeight();
		canvas.setLayoutData(data);
		canvas.setToolTipText(tooltip(tool));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseEnter, e -> setHover(true));
		canvas.addListener(SWT.MouseExit, e -> setHover(false));
		canvas.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && canvas.getClientArea().contains(e.x, e.y)) {
				activate();
			}
		});
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ' || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				activate();
			}
		});
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = tool.label();
			}
		});
		palette.wheelScrolls(canvas);
		if (tool instanceof Tool.CreateNode) {
			dragOntoTheCanvas();
		}
	}

	Tool tool() {
		return tool;
	}

	Control control() {
		return canvas;
	}

	void setActive(boolean active) {
		if (this.active != active && !canvas.isDisposed()) {
			this.active = active;
			canvas.redraw();
		}
	}

	private void setHover(boolean hover) {
		this.hover = hover;
		canvas.redraw();
	}

	private void activate() {
		boolean disarm = active && !(tool instanceof Tool.Select);
		palette.viewer().setActiveTool(disarm ? new Tool.Select() : tool);
	}

	static String tooltip(Tool tool) {
		if (tool instanceof Tool.CreateNode create) {
			return create.label() + ": " + create.description();
		}
		if (tool instanceof Tool.Connect connect) {
			return connect.label() + ": " + connect.description() + " (drag from one element to another)";
		}
		return tool.label();
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		if (active || hover) {
			gc.setBackground(palette.resources().colour(active ? ACTIVE_FILL : HOVER_FILL));
			gc.fillRoundRectangle(1, 1, area.width - 2, area.height - 2, 6, 6);
		}
		if (active) {
			gc.setForeground(palette.resources().colour(DiagramPainter.SELECTION));
			gc.drawRoundRectangle(1, 1, area.width - 3, area.height - 3, 6, 6);
		}
		boolean iconOnly = area.width < ICON_ONLY_WIDTH;
		int iconX = iconOnly ? (area.width - ICON) / 2 : 6;
		int iconY = (area.height - ICON) / 2;
		paintIcon(gc, iconX, iconY);
		if (!iconOnly) {
			int textX = iconX + ICON + 6;
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			String shown = shorten(gc, tool.label(), area.width - textX - 4);
			gc.drawString(shown, textX, (area.height - gc.textExtent(shown).y) / 2, true);
		}
		if (canvas.isFocusControl()) {
			gc.drawFocus(2, 2, area.width - 4, area.height - 4);
		}
	}

	private void paintIcon(GC gc, int x, int y) {
		java.net.URL url = tool instanceof Tool.CreateNode create ? create.icon() : tool instanceof Tool.Connect connect ? connect.icon() : null;
		Image image = url == null ? null : palette.resources().icon(url, ICON);
		if (image != null) {
			gc.drawImage(image, x, y);
			return;
		}
		// tools without an icon of their own get a simple glyph, so an icon-only palette still shows them
		gc.setForeground(palette.resources().colour(GLYPH));
		gc.setBackground(palette.resources().colour(GLYPH));
		gc.setLineWidth(1);
		if (tool instanceof Tool.Select) {
			gc.fillPolygon(new int[] { x + 4, y + 1, x + 4, y + 14, x + 7, y + 11, x + 10, y + 16, x + 12, y + 15, x + 9, y + 10, x + 13, y + 10 });
		} else if (tool instanceof Tool.Marquee) {
			gc.setLineDash(new int[] { 2, 2 });
			gc.drawRectangle(x + 1, y + 3, 14, 10);
			gc.setLineStyle(SWT.LINE_SOLID);
		} else if (tool instanceof Tool.Connect) {
			gc.drawLine(x + 3, y + 13, x + 13, y + 3);
			gc.fillRectangle(x + 1, y + 11, 4, 4);
			gc.fillRectangle(x + 11, y + 1, 4, 4);
		} else {
			gc.drawRoundRectangle(x + 1, y + 3, 14, 10, 4, 4);
		}
	}

	/** {@code text} cut to {@code width} pixels with an ellipsis, or empty when not even one letter fits. */
	static String shorten(GC gc, String text, int width) {
		if (width <= 0) {
			return "";
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0, high = text.length() - 1;
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, middle) + "…").x <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low == 0 ? "" : text.substring(0, low) + "…";
	}

	private void dragOntoTheCanvas() {
		DragSource drag = new DragSource(canvas, DND.DROP_COPY);
		drag.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		drag.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = DiagramViewer.TOOL_TRANSFER_PREFIX + tool.id();
			}
		});
	}
}
