package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;

/** A file that cannot be read opens as a message naming file, line and problem, and is left untouched. */
class BrokenFileTest {

	@Test
	void brokenTopologyOpensAsAMessageAndIsNeverWritten() throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("Broken");
		IFile file = project.getFile("broken.topology");
		byte[] bytes = "<?xml version=\"1.0\"?>\n<model:Topology xmlns:model=\"http://trunkline.io/topology/1.0\" id=\"t\">\n  <centralSites id=\"s\" users=\"many\"/>\n</model:Topology>\n"
				.getBytes(StandardCharsets.UTF_8);
		file.create(new ByteArrayInputStream(bytes), true, null);
		TopologyEditor editor = f.open(file);
		assertNull(editor.topology());
		String shown = text(f.shell);
		assertTrue(shown.contains("broken.topology") && shown.contains("many"), "the message names the file and the bad value: " + shown);
		Bench.screenshot(f.shell, "broken-file");
		f.page.closeEditor(editor, true);
		assertArrayEquals(bytes, Files.readAllBytes(file.getLocation().toFile().toPath()));
	}

	private static String text(Control control) {
		StringBuilder all = new StringBuilder();
		if (control instanceof Label label && label.getText().contains("cannot be opened")) {
			all.append(label.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all.append(text(child));
			}
		}
		return all.toString();
	}
}
