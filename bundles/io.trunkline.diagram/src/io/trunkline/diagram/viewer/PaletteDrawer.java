package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** A titled group of the palette that a click on its title (or Enter, Space) closes and opens. */
final class PaletteDrawer {

	private final Palette palette;
	private final String label;
	private final Canvas title;
	private final Composite body;
	private final List<PaletteEntry> entries = new ArrayList<>();
	private boolean expanded = true;

	PaletteDrawer(Palette palette, Composite parent, io.trunkline.diagram.description.ToolGroup group) {
		this.palette = palette;
		this.label = group.label();
		title = new Canvas(parent, SWT.NONE);
		GridData titleData = Palette.fillWidth();
		titleData.heightHint = palette.rowHeight();
		title.setLayoutData(titleData);
		title.setToolTipText(label);
		title.addListener(SWT.Paint, this::paint);
		title.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && title.getClientArea().contains(e.x, e.y)) {
				setExpanded(!expanded);
			}
		});
		title.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ' || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				setExpanded(!expanded);
			}
		});
		title.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
		title.addListener(SWT.FocusIn, e -> title.redraw());
		title.addListener(SWT.FocusOut, e -> title.redraw());
		title.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = label + (expanded ? " (open)" : " (closed)");
			}
		});
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		body.setLayout(layout);
		body.setLayoutData(Palette.fillWidth());
		for (var tool : group.tools()) {
			entries.add(new PaletteEntry(palette, body, tool));
		}
		palette.wheelScrolls(title);
		palette.wheelScrolls(body);
	}

	String label() {
		return label;
	}

	Control title() {
		return title;
	}

	List<PaletteEntry> entries() {
		return entries;
	}

	boolean isExpanded() {
		return expanded;
	}

	void setExpanded(boolean expanded) {
		if (this.expanded == expanded) {
			return;
		}
		this.expanded = expanded;
		((GridData) body.getLayoutData()).exclude = !expanded;
		body.setVisible(expanded);
		title.redraw();
		palette.relayout();
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = title.getClientArea();
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		int middle = area.height / 2;
		gc.setBackground(title.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.fillPolygon(expanded ? new int[] { 6, middle - 3, 14, middle - 3, 10, middle + 2 }
				: new int[] { 8, middle - 5, 13, middle - 1, 8, middle + 3 });
		gc.setFont(palette.titleFont());
		gc.setForeground(title.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		String shown = PaletteEntry.shorten(gc, label, area.width - 22);
		gc.drawString(shown, 20, (area.height - gc.textExtent(shown).y) / 2, true);
		gc.setForeground(title.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(2, area.height - 1, area.width - 3, area.height - 1);
		if (title.isFocusControl()) {
			gc.drawFocus(1, 1, area.width - 2, area.height - 2);
		}
	}
}
