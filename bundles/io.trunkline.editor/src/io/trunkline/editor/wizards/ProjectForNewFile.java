package io.trunkline.editor.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * The project a wizard's new file goes into in a workspace without an open project (a fresh
 * one): the file pages only offer folders that exist, so the project {@value #DEFAULT_PROJECT}
 * is made when the wizard opens and removed again if the wizard is cancelled.
 */
final class ProjectForNewFile {

	static final String DEFAULT_PROJECT = "Topologies";

	private IProject madeForTheWizard;

	/** Makes and opens {@value #DEFAULT_PROJECT} when no project is open. */
	void ensure() {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				return;
			}
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(DEFAULT_PROJECT);
		try {
			if (!project.exists()) {
				project.create(null);
				madeForTheWizard = project;
			}
			project.open(null);
		} catch (CoreException failed) {
			throw new IllegalStateException("Cannot create the project " + DEFAULT_PROJECT + ": " + failed.getMessage(), failed);
		}
	}

	/** The wizard put its file there: the project stays. */
	void keep() {
		madeForTheWizard = null;
	}

	/** The wizard was cancelled: a project made for it goes again. */
	void discard() {
		if (madeForTheWizard != null) {
			try {
				madeForTheWizard.delete(true, true, null);
			} catch (CoreException failed) {
				ILog.of(ProjectForNewFile.class).log(failed.getStatus());
			}
			madeForTheWizard = null;
		}
	}
}
