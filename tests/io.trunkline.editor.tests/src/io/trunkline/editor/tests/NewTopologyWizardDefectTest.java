package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.wizards.NewTopologyWizard;

/** Issue 13, defect 4: File ▸ New ▸ Topology works in a fresh workspace and proposes a sensible, free name. */
class NewTopologyWizardDefectTest {

	private static WizardDialog openWizard(EditorFixture f, StructuredSelection selection) {
		NewTopologyWizard wizard = new NewTopologyWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		WizardDialog dialog = new WizardDialog(f.shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Bench.settle();
		return dialog;
	}

	@Test
	void finishCreatesTheFileInAWorkspaceWithoutProjects() throws Exception {
		EditorFixture f = new EditorFixture();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
		WizardDialog dialog = openWizard(f, StructuredSelection.EMPTY);
		NewTopologyWizard wizard = (NewTopologyWizard) dialog.getCurrentPage().getWizard();
		IFile created;
		try {
			assertNull(wizard.page().getErrorMessage());
			assertTrue(wizard.page().isPageComplete(), "Finish is enabled");
			created = ResourcesPlugin.getWorkspace().getRoot().getFile(wizard.page().getContainerFullPath().append(wizard.page().getFileName()));
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		Bench.settle();
		assertTrue(created.exists(), created.getFullPath() + " exists");
		f.page.closeAllEditors(false);
	}

	@Test
	void cancellingInAWorkspaceWithoutProjectsLeavesNothingBehind() throws Exception {
		EditorFixture f = new EditorFixture();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
		openWizard(f, StructuredSelection.EMPTY).close();
		assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
	}

	@Test
	void theProposedFileNameIsFreeAndNotTopologyTopology() throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("wizard-names");
		WizardDialog first = openWizard(f, new StructuredSelection(project));
		String proposed = ((NewTopologyWizard) first.getCurrentPage().getWizard()).page().getFileName();
		first.close();
		assertNotEquals("topology.topology", proposed);
		assertTrue(proposed.endsWith(".topology"), proposed);
		project.getFile(proposed).create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
		WizardDialog second = openWizard(f, new StructuredSelection(project));
		NewTopologyWizard wizard = (NewTopologyWizard) second.getCurrentPage().getWizard();
		try {
			assertNotEquals(proposed, wizard.page().getFileName(), "a taken name is not proposed");
			assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
		} finally {
			second.close();
		}
		assertEquals(1, java.util.Arrays.stream(project.members()).filter(m -> m.getName().endsWith(".topology")).count(),
				"closing the wizard created nothing");
	}
}
