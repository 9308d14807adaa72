package io.trunkline.editor.properties;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.trunkline.planning.TopologySizing;

/**
 * The Properties view page of a topology editor. Three things differ from the workbench's page:
 * <ul>
 * <li>it refreshes after the command that changed the model has finished, once per burst of
 * commands, never while it is applying a value the user typed (the view re-applies an open
 * cell editor when it refreshes, which used to run the same command again and again);</li>
 * <li>typing on a row opens that row's editor with what was typed, as in a spreadsheet, instead
 * of the tree's search popup;</li>
 * <li>the Property column is wide enough to tell the sizing rows apart ("Ports needed (rule of
 * thumb)", "Ports needed (Erlang B)", "Ports drawn"), and a width the user drags it to is kept
 * for every page opened afterwards.</li>
 * </ul>
 */
public final class TopologyPropertySheetPage extends PropertySheetPage {

	/** Room for the tree's expander and category indent left of the name. */
	private static final int INDENT = 48;
	/** What the Value column keeps at least, so a value stays readable in a narrow view. */
	private static final int VALUE_ROOM = 60;
	/** The width the user last gave the Property column; shared so a new page keeps it. */
	private static int chosenWidth;

	private Tree tree;
	private boolean refreshPending;
	/** Set while this page sizes the columns itself, so only the user's drags count as chosen. */
	private boolean fitting;
	/** The viewer gives the columns 40/60 % on the first resize; drags count from then on. */
	private boolean fitted;

	public TopologyPropertySheetPage(AdapterFactory adapterFactory, Supplier<TopologySizing> sizing) {
		setPropertySourceProvider(new TopologyPropertySourceProvider(adapterFactory, sizing));
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		tree = (Tree) getControl();
		tree.addListener(SWT.Resize, e -> fitColumns());
		tree.getColumn(0).addListener(SWT.Resize, e -> {
			if (fitted && !fitting) {
				chosenWidth = tree.getColumn(0).getWidth();
			}
		});
		tree.addListener(SWT.KeyDown, this::typeIntoRow);
	}

	private void fitColumns() {
		Rectangle area = tree.getClientArea();
		if (area.width <= 0) {
			return;
		}
		TreeColumn name = tree.getColumn(0), value = tree.getColumn(1);
		fitting = true;
		try {
			name.setWidth(Math.min(propertyWidth(), area.width - VALUE_ROOM));
			value.setWidth(Math.max(40, area.width - name.getWidth()));
		} finally {
			fitting = false;
			fitted = true;
		}
	}

	/** The user's width, or one that fits the longest property name a topology element has. */
	int propertyWidth() {
		if (chosenWidth > 0) {
			return chosenWidth;
		}
		GC gc = new GC(tree);
		try {
			return gc.textExtent(ComputedProperty.LONGEST_NAME).x + INDENT;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * A printable key on a row opens the row's editor (the viewer opens it on a click, which
	 * is the event it is given) and puts the character into it.
	 */
	private void typeIntoRow(Event key) {
		if (key.character < ' ' || key.character == SWT.DEL || (key.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0
				|| tree.getSelectionCount() != 1) {
			return;
		}
		TreeItem row = tree.getSelection()[0];
		if (row.getItemCount() > 0) {
			return; // a category: nothing to edit
		}
		key.doit = false;
		Rectangle cell = row.getBounds(1);
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		tree.notifyListeners(SWT.MouseDown, click);
		for (Control child : tree.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				text.setText(String.valueOf(key.character));
				text.setSelection(1);
				text.setFocus();
			}
		}
	}

	/** Shows the model's current values once the command that changed them has finished. */
	public void scheduleRefresh() {
		if (refreshPending || tree == null || tree.isDisposed()) {
			return;
		}
		refreshPending = true;
		tree.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!tree.isDisposed()) {
				refresh();
			}
		});
	}
}
