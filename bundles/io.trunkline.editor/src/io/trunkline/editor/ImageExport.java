package io.trunkline.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.trunkline.diagram.export.DiagramImages;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.model.persistence.AtomicFiles;

/**
 * Topology ▸ Export Diagram Image: the whole diagram on show (the selection only when the user
 * asks for it) as PNG at a chosen scale or as SVG, into a file the user picks starting in the
 * topology's own folder, written aside and renamed into place.
 */
public final class ImageExport {

	/** What to export: the selection only, or everything; and the PNG scale (1 = 100 %). */
	public record Options(boolean selectionOnly, int scale) {
		/** The whole diagram at twice its size, sharp enough to read when printed or zoomed. */
		public static final Options DEFAULT = new Options(false, 2);
	}

	static final int[] SCALES = { 1, 2, 3, 4 };

	private final TopologyEditor editor;

	public ImageExport(TopologyEditor editor) {
		this.editor = editor;
	}

	/** Asks what to export and where, then writes the file. */
	public void run() {
		boolean anythingSelected = !editor.viewer().selectedElements().isEmpty();
		OptionsDialog options = new OptionsDialog(editor.getSite().getShell(), anythingSelected);
		if (options.open() != Dialog.OK) {
			return;
		}
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image", "SVG drawing" });
		dialog.setFilterPath(initialFolder().toString());
		dialog.setFileName(editor.getPartName().replaceFirst("\\.topology$", "") + ".png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			write(Path.of(chosen), options.chosen);
		}
	}

	/** Where the file dialog starts: the folder of the topology file, not the program's. */
	public Path initialFolder() {
		return editor.file().toAbsolutePath().getParent();
	}

	/** Writes the diagram as PNG or SVG (by the file's extension); reports the outcome in the status bar or a dialog. */
	public void write(Path target, Options options) {
		Collection<DiagramElement> subset = options.selectionOnly() ? editor.viewer().selectedElements() : List.of();
		try {
			byte[] bytes = target.toString().toLowerCase(Locale.ROOT).endsWith(".svg")
					? DiagramImages.svg(editor.viewer().diagram(), subset).getBytes(StandardCharsets.UTF_8)
					: DiagramImages.png(editor.viewer().getControl().getDisplay(), editor.viewer().diagram(), subset, options.scale());
			AtomicFiles.write(target, bytes); // keeps a symlink and the file's mode, leaves no temp file behind
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage("Diagram written to " + target);
		} catch (IOException failed) {
			MessageDialog.openError(editor.getSite().getShell(), "Export failed", "Could not write " + target + ": " + failed.getMessage());
		}
	}

	/** Whole diagram or selection, and the scale. */
	private static final class OptionsDialog extends Dialog {

		private final boolean anythingSelected;
		private Options chosen = Options.DEFAULT;
		private Button selectionOnly;
		private Combo scale;

		OptionsDialog(Shell parent, boolean anythingSelected) {
			super(parent);
			this.anythingSelected = anythingSelected;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Export Diagram Image");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(2, false));
			Button whole = new Button(area, SWT.RADIO);
			whole.setText("The whole diagram");
			whole.setSelection(true);
			whole.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			selectionOnly = new Button(area, SWT.RADIO);
			selectionOnly.setText("Only the selected elements");
			selectionOnly.setEnabled(anythingSelected);
			selectionOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(area, SWT.NONE).setText("PNG scale:");
			scale = new Combo(area, SWT.READ_ONLY);
			for (int factor : SCALES) {
				scale.add(factor * 100 + " %");
			}
			scale.select(Options.DEFAULT.scale() - 1);
			return area;
		}

		@Override
		protected void okPressed() {
			chosen = new Options(selectionOnly.getSelection(), SCALES[Math.max(0, scale.getSelectionIndex())]);
			super.okPressed();
		}
	}
}
