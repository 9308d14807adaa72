package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Picks and orders the elements of a list reference, such as a voice route's trunks or a voice policy's PSTN usages,
 * where the order is the order of preference [OVR]: what is available on the left, what is chosen on the right in
 * order, as Control Panel's route and policy pages do it. Nothing changes until OK, and then the whole list is set as
 * one command by the caller.
 */
final class OrderedChoiceDialog extends Dialog {

	private final String title;
	private final List<?> choices;
	private final List<Object> chosen;
	private final Function<Object, String> labels;
	private org.eclipse.swt.widgets.List available;
	private org.eclipse.swt.widgets.List order;

	OrderedChoiceDialog(Shell parent, String title, List<?> choices, List<?> chosen, Function<Object, String> labels) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.chosen = new ArrayList<>(chosen);
		this.labels = labels;
	}

	/** The elements chosen, in order; what the list was given when the dialog was cancelled. */
	List<Object> chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText("Available");
		new Label(area, SWT.NONE);
		new Label(area, SWT.NONE).setText("Chosen, in order");
		available = list(area);
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		button(buttons, "&Add", this::add);
		button(buttons, "&Remove", this::remove);
		button(buttons, "&Up", () -> move(-1));
		button(buttons, "&Down", () -> move(1));
		order = list(area);
		show(-1);
		return area;
	}

	private static org.eclipse.swt.widgets.List list(Composite parent) {
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
		size.widthHint = 240;
		size.heightHint = 200;
		list.setLayoutData(size);
		return list;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> action.run());
	}

	private List<Object> left() {
		return choices.stream().filter(c -> !chosen.contains(c)).map(Object.class::cast).toList();
	}

	private void add() {
		int index = available.getSelectionIndex();
		if (index >= 0) {
			chosen.add(left().get(index));
			show(chosen.size() - 1);
		}
	}

	private void remove() {
		int index = order.getSelectionIndex();
		if (index >= 0) {
			chosen.remove(index);
			show(Math.min(index, chosen.size() - 1));
		}
	}

	private void move(int by) {
		int index = order.getSelectionIndex();
		if (index >= 0 && index + by >= 0 && index + by < chosen.size()) {
			chosen.add(index + by, chosen.remove(index));
			show(index + by);
		}
	}

	/** Fills both lists and selects the chosen element at {@code selected}, if any. */
	private void show(int selected) {
		available.setItems(left().stream().map(labels).toArray(String[]::new));
		order.setItems(chosen.stream().map(labels).toArray(String[]::new));
		if (selected >= 0) {
			order.select(selected);
		}
	}
}
