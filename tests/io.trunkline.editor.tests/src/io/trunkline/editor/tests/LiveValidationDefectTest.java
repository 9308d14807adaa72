package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.TrunkPeer;
import io.trunkline.validation.Finding;

/** Issue 13, defect 15: live validation runs once per command, on the finished state, never half-way through one. */
class LiveValidationDefectTest {

	@Test
	void findingsDoNotChangeWhileACommandIsStillRunning() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("live-validation"), "small.topology");
		TopologyEditor editor = f.open(file);
		TrunkPeer gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		List<Finding> before = editor.findings();
		assertTrue(before.stream().anyMatch(finding -> finding.target() == gateway), "the gateway without a trunk has findings");
		List<Finding> halfWay = new ArrayList<>();
		CompoundCommand deleteThenLook = new CompoundCommand("Delete GW");
		deleteThenLook.append(DeleteCommand.create(editor.domain(), gateway));
		deleteThenLook.append(new AbstractCommand("look") {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				halfWay.addAll(editor.findings());
			}

			@Override
			public void redo() {
				execute();
			}

			@Override
			public void undo() {
				// looking changed nothing
			}
		});
		editor.domain().getCommandStack().execute(deleteThenLook);
		Bench.settle();
		assertEquals(before, halfWay, "nothing was validated before the command finished");
		assertTrue(editor.findings().stream().noneMatch(finding -> finding.target() == gateway), "the finished command was validated");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("live-validation");
	}
}
