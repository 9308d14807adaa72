package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.ImageExport;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.TrunkPeer;

/** Issue 13, defect 9 (editor part): the image export covers the whole diagram unless asked otherwise, at a chosen scale. */
class ImageExportDefectTest {

	private TopologyEditor editor;
	private Path folder;

	@BeforeEach
	void open() throws Exception {
		EditorFixture f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("image-export"), "small.topology");
		editor = f.open(file);
		folder = Files.createTempDirectory("export");
	}

	private static ImageData png(Path file) {
		return new org.eclipse.swt.graphics.ImageLoader().load(file.toString())[0];
	}

	@Test
	void withAnElementSelectedTheExportStillCoversTheWholeDiagram() {
		editor.viewer().select(List.of(EditorFixture.node(editor.viewer(), TrunkPeer.class, "GW")));
		Path target = folder.resolve("whole.png");
		editor.exportImage(target);
		Rectangle extent = editor.viewer().diagram().extent();
		ImageData image = png(target);
		assertTrue(image.width >= extent.width && image.height >= extent.height,
				image.width + "×" + image.height + " px for a diagram of " + extent.width + "×" + extent.height);
	}

	@Test
	void theScaleChosenMultipliesThePixels() {
		new ImageExport(editor).write(folder.resolve("one.png"), new ImageExport.Options(false, 1));
		new ImageExport(editor).write(folder.resolve("three.png"), new ImageExport.Options(false, 3));
		ImageData one = png(folder.resolve("one.png")), three = png(folder.resolve("three.png"));
		assertEquals(3 * one.width, three.width, 3);
		assertEquals(3 * one.height, three.height, 3);
	}

	@Test
	void theFileDialogStartsInTheTopologysFolder() {
		assertEquals(editor.file().toAbsolutePath().getParent(), new ImageExport(editor).initialFolder());
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("image-export");
	}
}
