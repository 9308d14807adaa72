package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.WorkspaceFiles;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.examples.Examples;

/**
 * Issue 13, defect 10: the bundled example opens from its copy in the workspace, so Save never
 * writes into the installation, and a file named on the command line shows its findings as
 * Problems markers.
 */
class ExampleLocationDefectTest {

	@Test
	void savingTheBundledExampleNeverWritesIntoTheInstallation() throws Exception {
		EditorFixture f = new EditorFixture();
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
		Path installed = Files.createTempDirectory("install").resolve("plugins/io.trunkline.model_0.1.0/examples/" + Examples.fileName(Examples.FLAWED));
		Files.createDirectories(installed.getParent());
		Files.write(installed, Examples.bytes(Examples.FLAWED));
		IFile opened = WorkspaceFiles.forOpening(installed);
		assertNotEquals(installed, opened.getLocation().toFile().toPath());
		TopologyEditor editor = f.open(opened);
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.topology(), TopologyPackage.Literals.ELEMENT__NAME, "Mine"));
		editor.doSave(new NullProgressMonitor());
		assertArrayEquals(Examples.bytes(Examples.FLAWED), Files.readAllBytes(installed), "the installed example is untouched");
	}

	@Test
	void aFileOutsideTheWorkspaceShowsAMarkerForEveryFinding() throws Exception {
		EditorFixture f = new EditorFixture();
		Path mine = Files.createTempDirectory("elsewhere").resolve("mine.topology");
		Files.write(mine, Examples.bytes(Examples.FLAWED));
		TopologyEditor editor = f.open(WorkspaceFiles.forOpening(mine));
		IFile file = ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile();
		IMarker[] markers = file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		assertEquals(editor.findings().size(), markers.length, "the Problems view counts what the status bar counts");
		assertEquals(mine, file.getLocation().toFile().toPath(), "the user's own file is edited in place");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject(TopologyTemplates.EXAMPLES_PROJECT);
		EditorFixture.removeProject(WorkspaceFiles.LINKS_PROJECT);
	}
}
