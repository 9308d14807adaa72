package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.description.ToolGroup;
import io.trunkline.diagram.render.PaintResources;

/**
 * The tool palette beside a viewer: a selection group (Select, Marquee) followed by the
 * client's groups. A click arms a tool; creation tools can also be dragged onto the canvas.
 */
public final class Palette {

	private final Composite composite;
	private final DiagramViewer viewer;
	private final PaintResources resources;
	private final List<ToolItem> items = new ArrayList<>();
	private final Font groupFont;

	public Palette(Composite parent, DiagramViewer viewer) {
		this.viewer = viewer;
		composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		resources = new PaintResources(parent.getDisplay());
		FontData base = parent.getFont().getFontData()[0];
		groupFont = new Font(parent.getDisplay(), base.getName(), base.getHeight(), SWT.BOLD);
		composite.addListener(SWT.Dispose, e -> {
			resources.dispose();
			groupFont.dispose();
		});
		List<ToolGroup> groups = new ArrayList<>();
		groups.add(new ToolGroup("Tools", List.of(new Tool.Select(), new Tool.Marquee())));
		groups.addAll(viewer.editing().palette());
		for (ToolGroup group : groups) {
			addGroup(group);
		}
		viewer.addToolListener(this::showActive);
		showActive(viewer.activeTool());
	}

	public Composite getControl() {
		return composite;
	}

	/** The item for a tool id, for tests and keyboard users. */
	public ToolItem item(String toolId) {
		for (ToolItem item : items) {
			if (((Tool) item.getData()).id().equals(toolId)) {
				return item;
			}
		}
		return null;
	}

	private void addGroup(ToolGroup group) {
		Label title = new Label(composite, SWT.NONE);
		title.setText(group.label());
		title.setFont(groupFont);
		ToolBar bar = new ToolBar(composite, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (Tool tool : group.tools()) {
			ToolItem item = new ToolItem(bar, SWT.CHECK);
			item.setText(tool.label());
			item.setData(tool);
			if (tool instanceof Tool.CreateNode create) {
				item.setToolTipText(create.description());
				if (create.icon() != null) {
					item.setImage(resources.icon(create.icon(), 16));
				}
			} else if (tool instanceof Tool.Connect connect) {
				item.setToolTipText(connect.description() + " (drag from one element to another)");
				if (connect.icon() != null) {
					item.setImage(resources.icon(connect.icon(), 16));
				}
			}
			item.addListener(SWT.Selection, e -> viewer.setActiveTool(item.getSelection() ? tool : new Tool.Select()));
			items.add(item);
		}
		DragSource drag = new DragSource(bar, DND.DROP_COPY);
		drag.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		drag.addDragListener(new DragSourceAdapter() {
			private Tool dragged;

			@Override
			public void dragStart(DragSourceEvent event) {
				ToolItem item = bar.getItem(new Point(event.x, event.y));
				dragged = item == null ? null : (Tool) item.getData();
				event.doit = dragged instanceof Tool.CreateNode;
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = DiagramViewer.TOOL_TRANSFER_PREFIX + dragged.id();
			}
		});
	}

	private void showActive(Tool active) {
		for (ToolItem item : items) {
			if (!item.isDisposed()) {
				item.setSelection(((Tool) item.getData()).id().equals(active.id()));
			}
		}
	}
}
