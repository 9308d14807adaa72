package io.trunkline.diagram.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

import io.trunkline.diagram.model.DiagramElement;

/**
 * In-place editing of a label: a text field over the element. Enter or leaving the field
 * commits through the client, Escape cancels.
 */
final class LabelEditor {

	private final DiagramViewer viewer;
	private final DiagramElement element;
	private final Text text;
	private final Font font;
	private boolean done;

	LabelEditor(DiagramViewer viewer, Canvas canvas, DiagramElement element, Rectangle screenArea) {
		this.viewer = viewer;
		this.element = element;
		text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		FontData data = canvas.getFont().getFontData()[0];
		font = new Font(canvas.getDisplay(), data.getName(), Math.max(7, (int) Math.round(9 * Math.max(0.8, Math.min(viewer.zoom(), 2)))), SWT.BOLD);
		text.setFont(font);
		text.setText(element.label());
		int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		text.setBounds(screenArea.x, screenArea.y + (screenArea.height - height) / 2, Math.max(120, screenArea.width), height);
		text.selectAll();
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				cancel();
			}
		});
		text.setFocus();
	}

	DiagramElement element() {
		return element;
	}

	Text text() {
		return text;
	}

	void commit() {
		if (done) {
			return;
		}
		String value = text.getText().strip();
		close();
		if (!value.equals(element.label()) && !value.isEmpty()) {
			viewer.editing().editLabel(element, value);
		}
	}

	void cancel() {
		if (!done) {
			close();
		}
	}

	private void close() {
		done = true;
		viewer.labelEditorClosed(this);
		text.dispose();
		font.dispose();
	}
}
