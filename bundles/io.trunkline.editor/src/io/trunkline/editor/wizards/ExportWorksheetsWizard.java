package io.trunkline.editor.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IFileEditorInput;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.preferences.ValidationPreferences;
import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.ExportResult;
import io.trunkline.export.WorksheetExporter;

/**
 * Exports the planning worksheets of the open topology: choose a folder and the formats; the
 * export runs with a progress monitor and reports the files it wrote. The HTML report gets the
 * overview diagram as its picture.
 */
public final class ExportWorksheetsWizard extends Wizard {

	private final TopologyEditor editor;
	private Text folder;
	private Button xlsx;
	private Button csv;
	private Button html;
	private ExportResult result;

	public ExportWorksheetsWizard(TopologyEditor editor) {
		this.editor = editor;
		setWindowTitle("Export Planning Worksheets");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("worksheets", "Planning worksheets", null) {
			@Override
			public void createControl(Composite parent) {
				setDescription("Gateway sizing, Mediation Servers, trunks, SBAs, WAN links and validation, for the deployment team.");
				Composite page = new Composite(parent, SWT.NONE);
				page.setLayout(new GridLayout(3, false));
				new Label(page, SWT.NONE).setText("Folder:");
				folder = new Text(page, SWT.BORDER);
				folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				folder.setText(defaultFolder().toString());
				folder.addListener(SWT.Modify, e -> setPageComplete(!folder.getText().isBlank()));
				Button browse = new Button(page, SWT.PUSH);
				browse.setText("Browse…");
				browse.addListener(SWT.Selection, e -> {
					DirectoryDialog dialog = new DirectoryDialog(getShell());
					dialog.setFilterPath(folder.getText());
					String chosen = dialog.open();
					if (chosen != null) {
						folder.setText(chosen);
					}
				});
				xlsx = check(page, "Excel workbook (.xlsx) with live formulas");
				csv = check(page, "CSV, one file per sheet (RFC 4180, UTF-8)");
				html = check(page, "HTML report with the overview diagram, printable");
				setControl(page);
			}
		});
	}

	private static Button check(Composite page, String text) {
		Button button = new Button(page, SWT.CHECK);
		button.setText(text);
		button.setSelection(true);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return button;
	}

	private Path defaultFolder() {
		String base = editor.file().getFileName().toString().replaceFirst("\\.topology$", "");
		return editor.file().resolveSibling(base + "-worksheets");
	}

	@Override
	public boolean performFinish() {
		Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
		if (xlsx.getSelection()) {
			formats.add(ExportFormat.XLSX);
		}
		if (csv.getSelection()) {
			formats.add(ExportFormat.CSV);
		}
		if (html.getSelection()) {
			formats.add(ExportFormat.HTML);
		}
		if (formats.isEmpty()) {
			((WizardPage) getPages()[0]).setErrorMessage("Choose at least one format.");
			return false;
		}
		Path target = Path.of(folder.getText().strip());
		String name = editor.file().getFileName().toString().replaceFirst("\\.topology$", "");
		Optional<byte[]> picture = formats.contains(ExportFormat.HTML) ? Optional.of(editor.overviewPng()) : Optional.empty();
		Optional<byte[]> worstFailure = formats.contains(ExportFormat.HTML) ? Optional.ofNullable(editor.worstFailureOverviewPng()) : Optional.empty();
		try {
			getContainer().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask("Writing worksheets to " + target, IProgressMonitor.UNKNOWN);
				try {
					// the Validation sheet lists what the Problems view shows: the workspace's rule settings
					result = WorksheetExporter.export(editor.topology(), name, target, formats, picture, worstFailure,
							ExportOptions.defaults(), ValidationPreferences.settings());
				} catch (java.io.IOException failed) {
					throw new InvocationTargetException(failed);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException failed) {
			((WizardPage) getPages()[0]).setErrorMessage("Export failed: " + failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
			return false;
		}
		editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(result.files().size() + " worksheet files written to " + target);
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			try {
				input.getFile().getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
			} catch (org.eclipse.core.runtime.CoreException ignored) {
				// the files are written; the explorer shows them after the next refresh
			}
		}
		return true;
	}

	/** What the last finish wrote, for tests and callers. */
	public ExportResult result() {
		return result;
	}
}
