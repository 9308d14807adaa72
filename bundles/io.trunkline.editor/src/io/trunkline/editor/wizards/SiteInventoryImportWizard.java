package io.trunkline.editor.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.InventoryPreview;
import io.trunkline.imports.SiteInventory;

/**
 * File ▸ Import ▸ Trunkline ▸ Site inventory: sites from a CSV or xlsx inventory into a topology
 * open in the editor (the active one, or a chosen {@code .topology} that is then opened). Next
 * shows what would be created, updated and refused, with the reasons, before anything changes;
 * Finish applies the whole inventory as one command on the editor's stack, so one Undo takes it
 * back, and validation and sizing follow it as they follow any edit.
 */
public final class SiteInventoryImportWizard extends Wizard implements IImportWizard {

	private IWorkbenchPage workbenchPage;
	private SourcePage sourcePage;
	private PreviewPage previewPage;
	private TopologyEditor editor;
	private InventoryPreview preview;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		workbenchPage = workbench.getActiveWorkbenchWindow().getActivePage();
		setWindowTitle("Import Site Inventory");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		IEditorPart active = workbenchPage.getActiveEditor();
		sourcePage = new SourcePage(active instanceof TopologyEditor open && open.topology() != null ? open : null);
		previewPage = new PreviewPage();
		addPage(sourcePage);
		addPage(previewPage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (getContainer() instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(this::pageChanging);
		}
	}

	private void pageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == sourcePage && event.getTargetPage() == previewPage) {
			event.doit = readPreview();
		}
	}

	/** Opens the target topology (if it is not open yet) and reads the inventory against it; nothing changes yet. */
	private boolean readPreview() {
		preview = null;
		editor = sourcePage.targetEditor();
		if (editor == null) {
			try {
				IEditorPart opened = IDE.openEditor(workbenchPage, sourcePage.targetFile(), TopologyEditor.ID, true);
				editor = opened instanceof TopologyEditor topologyEditor && topologyEditor.topology() != null ? topologyEditor : null;
			} catch (PartInitException failed) {
				sourcePage.setErrorMessage(failed.getMessage());
				return false;
			}
			if (editor == null) {
				sourcePage.setErrorMessage(sourcePage.targetFile().getName() + " cannot be opened as a topology; nothing was changed.");
				return false;
			}
		}
		Path inventory = sourcePage.inventory();
		var topology = editor.topology();
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask("Reading " + inventory.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					preview = SiteInventory.read(inventory, topology);
				} catch (ImportProblem | IOException unreadable) {
					throw new InvocationTargetException(unreadable);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException failed) {
			sourcePage.setErrorMessage(failed.getCause() instanceof ImportProblem problem ? problem.getMessage()
					: inventory + " cannot be read: " + failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			return false;
		}
		if (preview == null) {
			return false;
		}
		previewPage.show(preview, editor.getPartName());
		return true;
	}

	@Override
	public boolean canFinish() {
		return preview != null && preview.changesSomething() && getContainer().getCurrentPage() == previewPage;
	}

	@Override
	public boolean performFinish() {
		if (editor.topology() == null || editor.viewer() == null || editor.viewer().getControl().isDisposed()) {
			previewPage.setErrorMessage("The topology editor was closed; nothing was changed.");
			return false;
		}
		editor.domain().getCommandStack().execute(preview.command(editor.domain()));
		editor.getSite().getPage().activate(editor);
		return true;
	}

	/** The inventory file, and the topology it goes into. */
	public static final class SourcePage extends WizardPage {

		private final TopologyEditor activeEditor;
		private final List<IFile> topologies = new ArrayList<>();
		private Text inventory;
		private Combo target;

		SourcePage(TopologyEditor activeEditor) {
			super("inventory", "Site inventory", null);
			this.activeEditor = activeEditor;
			setDescription("A CSV or xlsx with one site a row: site name, central/branch, parent central site, city, country/region, users, "
					+ "usage profile, existing PBX users, WAN resilience.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(3, false));
			new Label(page, SWT.NONE).setText("Inventory:");
			inventory = new Text(page, SWT.BORDER);
			inventory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			inventory.setMessage("a .csv or .xlsx file");
			Button browse = new Button(page, SWT.PUSH);
			browse.setText("Browse…");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
				dialog.setFilterNames(new String[] { "Site inventories (*.csv, *.xlsx)", "All files" });
				String chosen = dialog.open();
				if (chosen != null) {
					inventory.setText(chosen);
				}
			});
			new Label(page, SWT.NONE).setText("Into:");
			target = new Combo(page, SWT.READ_ONLY);
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			if (activeEditor != null) {
				target.add("the open editor: " + activeEditor.getPartName());
			}
			collectTopologies();
			for (IFile file : topologies) {
				target.add(file.getFullPath().makeRelative().toString());
			}
			if (target.getItemCount() > 0) {
				target.select(0);
			}
			inventory.addListener(SWT.Modify, e -> setPageComplete(validate()));
			target.addListener(SWT.Selection, e -> setPageComplete(validate()));
			setControl(page);
		}

		private void collectTopologies() {
			IFile open = activeEditor != null && activeEditor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
			try {
				ResourcesPlugin.getWorkspace().getRoot().accept((IResourceProxy proxy) -> {
					if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".topology")) {
						IFile file = (IFile) proxy.requestResource();
						if (!file.equals(open)) {
							topologies.add(file);
						}
					}
					return true;
				}, IResource.NONE);
			} catch (CoreException unreadable) {
				setErrorMessage("The workspace cannot be searched for topologies: " + unreadable.getMessage());
			}
		}

		private boolean validate() {
			setErrorMessage(null);
			if (target.getSelectionIndex() < 0) {
				setErrorMessage("There is no topology to import into: create or open one first.");
				return false;
			}
			if (inventory.getText().isBlank()) {
				setMessage("Choose the site inventory to import.");
				return false;
			}
			Path chosen = inventory();
			if (!Files.isRegularFile(chosen) || !Files.isReadable(chosen)) {
				setErrorMessage(chosen + " is not a file that can be read.");
				return false;
			}
			setMessage(null);
			return true;
		}

		Path inventory() {
			return Path.of(inventory.getText().strip()).toAbsolutePath();
		}

		/** The open editor chosen as the target, or null when a file is chosen. */
		TopologyEditor targetEditor() {
			return activeEditor != null && target.getSelectionIndex() == 0 ? activeEditor : null;
		}

		IFile targetFile() {
			return topologies.get(target.getSelectionIndex() - (activeEditor != null ? 1 : 0));
		}

		/** For tests and callers: the inventory to import. */
		public void setInventory(Path file) {
			inventory.setText(file.toString());
		}
	}

	/** Creations, updates and refused rows with their reasons, before anything changes. */
	public static final class PreviewPage extends WizardPage {

		private Label summary;
		private Table rows;

		PreviewPage() {
			super("preview", "Preview", null);
			setDescription("Nothing has changed yet. Finish applies the creations and updates below as one step (Undo takes all of it back).");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			summary = new Label(page, SWT.WRAP);
			summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			rows = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			rows.setHeaderVisible(true);
			rows.setLinesVisible(true);
			GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
			fill.heightHint = 300;
			fill.widthHint = 860;
			rows.setLayoutData(fill);
			for (String[] column : new String[][] { { "Row", "50" }, { "Site", "180" }, { "What happens", "110" }, { "Details", "560" } }) {
				TableColumn header = new TableColumn(rows, SWT.LEFT);
				header.setText(column[0]);
				header.setWidth(Integer.parseInt(column[1]));
			}
			setControl(page);
		}

		void show(InventoryPreview preview, String topologyName) {
			summary.setText(preview.lines().get(0) + "\nInto " + topologyName + "."
					+ (preview.changesSomething() ? "" : " There is nothing to apply."));
			rows.removeAll();
			for (InventoryPreview.SiteChange creation : preview.creations()) {
				row(creation.row(), creation.site(), "create", String.join("; ", creation.changes()));
			}
			for (InventoryPreview.SiteChange update : preview.updates()) {
				row(update.row(), update.site(), "update", String.join("; ", update.changes()));
			}
			for (InventoryPreview.Refusal refusal : preview.refusals()) {
				row(refusal.row(), "", "refused", refusal.reason());
			}
			((Composite) getControl()).layout(true, true);
		}

		private void row(int line, String site, String action, String details) {
			new TableItem(rows, SWT.NONE).setText(new String[] { Integer.toString(line), site, action, details });
		}

		/** The rows as shown (row, site, what happens), for tests. */
		public List<String> rowsShown() {
			List<String> shown = new ArrayList<>();
			for (TableItem item : rows.getItems()) {
				shown.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
			}
			return shown;
		}

		/** The summary line as shown, for tests. */
		public String summary() {
			return summary.getText();
		}
	}

	public SourcePage sourcePage() {
		return sourcePage;
	}

	public PreviewPage previewPage() {
		return previewPage;
	}
}
