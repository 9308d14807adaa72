package io.trunkline.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.examples.Examples;

/**
 * The workspace file to open for a {@code .topology} file named on the command line. Only a
 * workspace file gets Problems markers, so the Problems view always shows what the status bar
 * counts; and a bundled example is opened from its copy in the workspace, never from the
 * program's install folder, so Save never writes into the installation.
 */
public final class WorkspaceFiles {

	/** Holds links to topology files that live outside the workspace. */
	public static final String LINKS_PROJECT = "Topology Files";

	private WorkspaceFiles() {
	}

	public static IFile forOpening(Path file) throws CoreException, IOException {
		Path absolute = file.toAbsolutePath().normalize();
		String example = bundledExample(absolute);
		if (example != null) {
			return TopologyTemplates.exampleInWorkspace(example);
		}
		IFile inWorkspace = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(absolute));
		if (inWorkspace != null && inWorkspace.getProject().isOpen()) {
			inWorkspace.refreshLocal(IResource.DEPTH_ZERO, null);
			return inWorkspace;
		}
		return linked(absolute);
	}

	/**
	 * The example's name when {@code file} is one of the examples shipped in the model bundle's
	 * {@code examples} folder (in the installation or a source checkout); null otherwise.
	 */
	static String bundledExample(Path file) {
		Path folder = file.getParent();
		if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals("examples") || folder.getParent() == null
				|| !folder.getParent().getFileName().toString().startsWith("io.trunkline.model")) {
			return null;
		}
		for (String name : Examples.names()) {
			if (Examples.fileName(name).equals(file.getFileName().toString())) {
				return name;
			}
		}
		return null;
	}

	private static IFile linked(Path file) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(LINKS_PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile link = project.getFile(file.getFileName().toString());
		for (int n = 2; link.exists() && !IPath.fromPath(file).equals(link.getLocation()); n++) {
			link = project.getFile(n + "-" + file.getFileName());
		}
		if (!link.exists()) {
			link.createLink(IPath.fromPath(file), IResource.NONE, null);
		}
		return link;
	}
}
