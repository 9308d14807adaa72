package io.trunkline.editor.tests.journey;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The dialogs on screen besides the workbench window: finding them, reading them, clearing them away. */
final class Dialogs {

	private Dialogs() {
	}

	/** The visible shell other than {@code workbench} whose title contains {@code title}, or null. UI thread. */
	static Shell find(Shell workbench, String title) {
		for (Shell shell : workbench.getDisplay().getShells()) {
			if (shell != workbench && !shell.isDisposed() && shell.isVisible() && shell.getText().contains(title)) {
				return shell;
			}
		}
		return null;
	}

	/** The button whose text, without its mnemonic, is {@code text}, or null. UI thread. */
	static Button button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && XInput.plain(button.getText()).equals(text)) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The labels and texts of a dialog, for failure messages. UI thread. */
	static String describe(Shell shell) {
		List<String> texts = new ArrayList<>();
		collect(shell, texts);
		return "'" + shell.getText() + "' " + texts;
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && !label.getText().isBlank()) {
				texts.add(label.getText());
			} else if (child instanceof Text text && !text.getText().isBlank()) {
				texts.add(text.getText());
			} else if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}

	/** Closes every visible shell but {@code workbench} and says which they were. UI thread. */
	static String closeAllBut(Shell workbench) {
		List<String> closed = new ArrayList<>();
		for (Shell shell : workbench.getDisplay().getShells()) {
			if (shell != workbench && !shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
				closed.add(describe(shell));
				shell.close();
			}
		}
		return String.join("; ", closed);
	}
}
