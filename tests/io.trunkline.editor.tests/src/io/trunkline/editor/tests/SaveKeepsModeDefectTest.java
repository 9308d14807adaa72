package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;

/**
 * Issue 14, item 7, in the editor: saving from the editor keeps the topology file's permissions, as saving from
 * the command line does, instead of leaving a file only its owner can read.
 */
class SaveKeepsModeDefectTest {

	@Test
	void aSaveFromTheEditorKeepsTheFilesPermissions() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("save-mode"), "shared.topology");
		Path topology = file.getLocation().toFile().toPath();
		Files.setPosixFilePermissions(topology, PosixFilePermissions.fromString("rw-rw-r--"));
		TopologyEditor editor = f.open(file);
		TrunkPeer gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), gateway, TopologyPackage.Literals.TRUNK_PEER__PSTN_PORTS, 48));
		Bench.settle();

		editor.doSave(new NullProgressMonitor());

		assertFalse(editor.isDirty(), "saved");
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(topology)));
	}

	@AfterEach
	void removeProject() throws Exception {
		EditorFixture.removeProject("save-mode");
	}
}
