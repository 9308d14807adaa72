package io.trunkline.editor.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.trunkline.editor.ImportedTopologyFiles;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.ImportReport;
import io.trunkline.imports.TopologyDocuments;
import io.trunkline.imports.TopologyImport;

/**
 * File ▸ Import ▸ Trunkline ▸ Skype for Business topology document: a {@code Get-CsTopology -AsXml}
 * document or a Topology Builder {@code .tbxml} becomes a new {@code .topology}. Next reads the
 * document (with progress, cancellable) and shows the import report; a document that cannot be
 * imported is named with its problem on the first page and nothing is written. Finish writes the
 * topology with its overview laid out by ELK and opens it in the editor.
 */
public final class TopologyImportWizard extends Wizard implements IImportWizard {

	private final ProjectForNewFile project = new ProjectForNewFile();
	private IWorkbench workbench;
	private IStructuredSelection selection;
	private DocumentPage documentPage;
	private ReportPage reportPage;
	private TopologyImport imported;
	private IFile written;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("Import Skype for Business Topology");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		project.ensure();
		documentPage = new DocumentPage(selection);
		reportPage = new ReportPage();
		addPage(documentPage);
		addPage(reportPage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (getContainer() instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(this::pageChanging);
		}
	}

	/** Next from the document page reads the document; the report page only opens on a document that could be imported. */
	private void pageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == documentPage && event.getTargetPage() == reportPage) {
			event.doit = read();
		}
	}

	private boolean read() {
		Path document = documentPage.document();
		imported = null;
		try {
			getContainer().run(true, true, monitor -> {
				try {
					imported = TopologyDocuments.read(document, monitor);
				} catch (ImportProblem | IOException unreadable) {
					throw new InvocationTargetException(unreadable);
				} catch (OperationCanceledException cancelled) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException failed) {
			documentPage.showProblem(failed.getCause() instanceof ImportProblem problem ? problem.getMessage()
					: document + " cannot be read: " + failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			documentPage.setMessage("The import was cancelled; nothing was written.", WizardPage.WARNING);
			return false;
		}
		if (imported == null) {
			return false; // cancelled from the progress bar
		}
		reportPage.show(imported.report(), documentPage.getFileName());
		return true;
	}

	@Override
	public boolean canFinish() {
		return imported != null && getContainer().getCurrentPage() == reportPage;
	}

	@Override
	public boolean performCancel() {
		project.discard();
		return true;
	}

	@Override
	public boolean performFinish() {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(documentPage.getContainerFullPath().append(documentPage.getFileName()));
		Path target = file.getLocation().toFile().toPath();
		boolean[] done = { false };
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask("Laying out and writing " + target.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					done[0] = ImportedTopologyFiles.write(imported.topology(), target, monitor::isCanceled);
				} catch (IOException unwritable) {
					throw new InvocationTargetException(unwritable);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException failed) {
			reportPage.setErrorMessage(failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			return false;
		}
		if (!done[0]) {
			reportPage.setMessage("Cancelled; nothing was written.", WizardPage.WARNING);
			return false;
		}
		project.keep();
		try {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			written = file;
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, TopologyEditor.ID, true);
		} catch (CoreException failed) {
			// the file is written; only showing it failed
			reportPage.setErrorMessage(target + " was written, but cannot be opened: " + failed.getMessage());
			return failed instanceof PartInitException;
		}
		return true;
	}

	/** The file the last Finish wrote, for tests and callers; null before. */
	public IFile written() {
		return written;
	}

	/** The document to import above, and where the new topology goes below (the file page refuses a name that exists). */
	public static final class DocumentPage extends WizardNewFileCreationPage {

		private Text document;
		private Text problem;
		private String proposedName;

		DocumentPage(IStructuredSelection selection) {
			super("document", selection);
			setTitle("Skype for Business topology document");
			setDescription("Choose the document Get-CsTopology -AsXml wrote, or a Topology Builder .tbxml, and where the new topology goes.");
			setFileExtension("topology");
			IContainer container = NewTopologyWizard.Page.selectedContainer(selection);
			if (container == null) {
				container = NewTopologyWizard.Page.firstOpenProject();
				setContainerFullPath(container.getFullPath());
			}
			proposedName = NewTopologyWizard.Page.freeName(container, "imported-topology");
			setFileName(proposedName);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			Composite row = new Composite(page, SWT.NONE);
			row.setLayout(new GridLayout(3, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("Topology document:");
			document = new Text(row, SWT.BORDER);
			document.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			document.setMessage("a .xml or .tbxml file");
			Button browse = new Button(row, SWT.PUSH);
			browse.setText("Browse…");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xml;*.tbxml", "*.*" });
				dialog.setFilterNames(new String[] { "Topology documents (*.xml, *.tbxml)", "All files" });
				String chosen = dialog.open();
				if (chosen != null) {
					document.setText(chosen);
				}
			});
			problem = new Text(row, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
			problemData.widthHint = 500;
			problemData.exclude = true;
			problem.setLayoutData(problemData);
			problem.setVisible(false);
			problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			super.createControl(page);
			((Composite) super.getControl()).setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			document.addListener(SWT.Modify, e -> {
				showProblem(null);
				documentChanged();
			});
			setControl(page);
		}

		/**
		 * Shows why the document cannot be imported in full below it (the title area cuts a long
		 * message to two lines), and in the title area; null clears it.
		 */
		void showProblem(String message) {
			setErrorMessage(message);
			problem.setText(message == null ? "" : message);
			problem.setVisible(message != null);
			((GridData) problem.getLayoutData()).exclude = message == null;
			problem.getParent().getParent().layout(true, true);
		}

		/** The problem shown below the document, or null. */
		public String problemShown() {
			return problem.isVisible() ? problem.getText() : null;
		}

		/** Proposes a free name after the document, unless the user typed a name of their own. */
		private void documentChanged() {
			if (getFileName().equals(proposedName)) {
				String base = Path.of(document.getText().strip()).getFileName() == null ? "imported-topology"
						: Path.of(document.getText().strip()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
				IPath folder = getContainerFullPath();
				IResource container = folder == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(folder);
				if (!base.isBlank() && container instanceof IContainer target) {
					proposedName = NewTopologyWizard.Page.freeName(target, base);
					setFileName(proposedName);
				}
			}
			setPageComplete(validatePage());
		}

		@Override
		protected boolean validatePage() {
			if (!super.validatePage()) {
				return false;
			}
			if (document == null || document.getText().isBlank()) {
				setMessage("Choose the topology document to import.");
				return false;
			}
			Path chosen = document();
			if (!Files.isRegularFile(chosen) || !Files.isReadable(chosen)) {
				setErrorMessage(chosen + " is not a file that can be read.");
				return false;
			}
			return true;
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			// an imported topology is a file of its own, never a link to one elsewhere
		}

		@Override
		protected IStatus validateLinkedResource() {
			return Status.OK_STATUS;
		}

		@Override
		protected void createLinkTarget() {
			// no link: see createAdvancedControls
		}

		Path document() {
			return Path.of(document.getText().strip()).toAbsolutePath();
		}

		/** For tests and callers: the document to import. */
		public void setDocument(Path file) {
			document.setText(file.toString());
		}
	}

	/** What the import made of the document, to read and copy before Finish writes the file. */
	public static final class ReportPage extends WizardPage {

		private Label summary;
		private Text report;

		ReportPage() {
			super("report", "Import report", null);
			setDescription("What was taken from the document, what was skipped and what is still to fill in.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			summary = new Label(page, SWT.WRAP);
			summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Button copy = new Button(page, SWT.PUSH);
			copy.setText("Copy Report");
			copy.addListener(SWT.Selection, e -> {
				Clipboard clipboard = new Clipboard(getShell().getDisplay());
				try {
					clipboard.setContents(new Object[] { report.getText() }, new Transfer[] { TextTransfer.getInstance() });
				} finally {
					clipboard.dispose();
				}
			});
			report = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			fill.heightHint = 300;
			fill.widthHint = 860;
			report.setLayoutData(fill);
			setControl(page);
		}

		void show(ImportReport result, String fileName) {
			List<String> lines = result.lines();
			summary.setText(lines.get(0) + "\nFinish writes " + fileName + " and opens it.");
			report.setText(String.join("\n", lines));
			setErrorMessage(null);
			setMessage(null);
			((Composite) getControl()).layout(true, true);
		}

		/** The report as shown, for tests. */
		public String reportText() {
			return report.getText();
		}
	}

	public DocumentPage documentPage() {
		return documentPage;
	}

	public ReportPage reportPage() {
		return reportPage;
	}
}
