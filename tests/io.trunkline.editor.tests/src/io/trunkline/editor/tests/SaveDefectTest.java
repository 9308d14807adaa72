package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;

/**
 * Issue 13, defect 13: a save that fails cancels the monitor (so Close ▸ Save keeps the edits),
 * leaves the topology on disk as it was, and says truthfully what was written.
 */
class SaveDefectTest {

	private TopologyEditor editor;
	private Path topology;
	private byte[] before;

	@BeforeEach
	void openAndEditWithAnUnwritableLayoutFile() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("save"), "small.topology");
		topology = file.getLocation().toFile().toPath();
		before = Files.readAllBytes(topology);
		editor = f.open(file);
		// a folder where the layout file belongs: the layout cannot be renamed into place
		Path blocker = topology.resolveSibling("small.topology.layout");
		Files.createDirectories(blocker);
		Files.writeString(blocker.resolve("keep"), "x");
		TrunkPeer gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), gateway, TopologyPackage.Literals.TRUNK_PEER__PSTN_PORTS, 48));
		Bench.settle();
	}

	@Test
	void aFailedSaveCancelsTheMonitorAndKeepsTheEdits() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		EditorFixture.closeDialog("Save failed");
		editor.doSave(monitor);
		assertTrue(monitor.isCanceled(), "the monitor is cancelled, so closing does not go ahead");
		assertTrue(editor.isDirty(), "the edits are still unsaved in the editor");
	}

	@Test
	void aFailedSaveLeavesTheTopologyFileAsItWasAndSaysSo() throws Exception {
		AtomicReference<String> said = EditorFixture.closeDialog("Save failed");
		editor.doSave(new NullProgressMonitor());
		assertArrayEquals(before, Files.readAllBytes(topology), "the topology file is unchanged");
		assertTrue(said.get() != null && said.get().contains("unchanged"), String.valueOf(said.get()));
		try (var left = Files.list(topology.getParent())) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".saving")), "no temporary file left behind");
		}
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("save");
	}
}
