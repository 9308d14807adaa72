package io.trunkline.editor.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.examples.Examples;

/** File ▸ New ▸ Topology: a {@code .topology} file, empty or from an example, opened in the editor. */
public final class NewTopologyWizard extends Wizard implements INewWizard {

	/** Where a new topology goes when the workspace has no project yet. */
	public static final String DEFAULT_PROJECT = ProjectForNewFile.DEFAULT_PROJECT;
	static final String DEFAULT_NAME = "voice-plan";

	private IWorkbench workbench;
	private final ProjectForNewFile project = new ProjectForNewFile();
	private IStructuredSelection selection;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Topology");
	}

	@Override
	public void addPages() {
		project.ensure();
		page = new Page(selection);
		addPage(page);
	}

	@Override
	public boolean performCancel() {
		project.discard();
		return true;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		project.keep(); // it holds the new file now
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, TopologyEditor.ID, true);
		} catch (PartInitException failed) {
			page.setErrorMessage(failed.getMessage());
			return false;
		}
		return true;
	}

	/** The file page with a choice of starting point. */
	public static final class Page extends WizardNewFileCreationPage {

		private final List<String> templates = new ArrayList<>();
		private Combo template;

		Page(IStructuredSelection selection) {
			super("topology", selection);
			setTitle("New Enterprise Voice topology");
			setDescription("Create a .topology file, empty or from one of the examples.");
			setFileExtension("topology");
			IContainer container = selectedContainer(selection);
			if (container == null) {
				container = firstOpenProject();
				setContainerFullPath(container.getFullPath());
			}
			setFileName(freeName(container));
			templates.add(TopologyTemplates.EMPTY);
			templates.addAll(Examples.names());
		}

		static IProject firstOpenProject() {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (project.isOpen()) {
					return project;
				}
			}
			throw new IllegalStateException("the wizard makes a project before its page");
		}

		static IContainer selectedContainer(IStructuredSelection selection) {
			Object first = selection == null ? null : selection.getFirstElement();
			IResource resource = first == null ? null : org.eclipse.core.runtime.Adapters.adapt(first, IResource.class);
			if (resource == null) {
				return null;
			}
			return resource instanceof IContainer folder ? folder : resource.getParent();
		}

		/** "voice-plan.topology", or "voice-plan-2.topology" and so on when that is taken. */
		private static String freeName(IContainer container) {
			return freeName(container, DEFAULT_NAME);
		}

		/** "{@code base}.topology", or "{@code base}-2.topology" and so on when that is taken. */
		static String freeName(IContainer container, String base) {
			String name = base + ".topology";
			for (int n = 2; container.exists() && container.getFile(IPath.fromOSString(name)).exists(); n++) {
				name = base + "-" + n + ".topology";
			}
			return name;
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			super.createAdvancedControls(parent);
			Composite row = new Composite(parent, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("Start from:");
			template = new Combo(row, SWT.READ_ONLY);
			template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			templates.forEach(t -> template.add(TopologyTemplates.title(t)));
			template.select(0);
		}

		/** For tests and callers: choose the starting point by template id. */
		public void setTemplate(String id) {
			template.select(templates.indexOf(id));
		}

		@Override
		protected InputStream getInitialContents() {
			String name = getFileName().replaceFirst("\\.topology$", "");
			try {
				return new ByteArrayInputStream(TopologyTemplates.bytes(templates.get(Math.max(0, template.getSelectionIndex())), name));
			} catch (IOException failed) {
				setErrorMessage(failed.getMessage());
				return null;
			}
		}
	}

	public Page page() {
		return page;
	}
}
