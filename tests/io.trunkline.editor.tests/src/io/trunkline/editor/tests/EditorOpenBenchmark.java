package io.trunkline.editor.tests;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * Opening a generated 1,000-site topology in the editor (load, live validation, sizing, the
 * overview diagram, markers) up to the first paint, and repainting while panning the overview at
 * 100 %. Run with {@code ./trunkline bench}; medians of 5 opens after 1 warm-up and of 15 pans
 * after 5 warm-ups.
 */
@Tag("benchmark")
class EditorOpenBenchmark {

	@Test
	void openAndPan() throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("Benchmarks");
		IFile file = project.getFile("generated-1000.topology");
		TopologyFiles.save(SyntheticTopologyGenerator.generate(1000, 42), file.getLocation().toFile().toPath());
		long[] opens = new long[5];
		TopologyEditor editor = null;
		for (int run = -1; run < opens.length; run++) {
			f.page.closeAllEditors(false);
			Bench.settle();
			long start = System.nanoTime();
			editor = (TopologyEditor) org.eclipse.ui.ide.IDE.openEditor(f.page, file, TopologyEditor.ID, true);
			paint(editor);
			long elapsed = System.nanoTime() - start;
			if (run >= 0) {
				opens[run] = elapsed;
			}
		}
		Arrays.sort(opens);
		Bench.settle();
		int nodes = editor.viewer().diagram().nodes().size(), edges = editor.viewer().diagram().edges().size();
		editor.viewer().setZoom(1, new org.eclipse.swt.graphics.Point(0, 0));
		editor.viewer().scrollTo(0, 0);
		long[] pans = new long[15];
		for (int run = -5; run < pans.length; run++) {
			Rectangle visible = editor.viewer().visibleArea();
			editor.viewer().scrollTo(visible.x + 41, visible.y + 13);
			long elapsed = paint(editor);
			if (run >= 0) {
				pans[run] = elapsed;
			}
		}
		Arrays.sort(pans);
		String table = String.format("| Editor, generated 1,000 sites (%,d diagram nodes, %,d edges) | Median |%n|---|---:|%n", nodes, edges)
				+ String.format("| Open to first paint (load, validation, sizing, overview, markers) | %.0f ms |%n", opens[opens.length / 2] / 1e6)
				+ String.format("| Repaint while panning the overview at 100 %% | %.1f ms |%n", pans[pans.length / 2] / 1e6);
		System.out.println(table);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "benchmarks"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmarks", "editor.md"), table);
		f.page.closeAllEditors(false);
	}

	/** Paints the diagram's visible region synchronously (print() runs the paint listener) and times it. */
	private static long paint(TopologyEditor editor) {
		org.eclipse.swt.graphics.Point size = editor.viewer().getControl().getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(Bench.display(), Math.max(1, size.x), Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		try {
			long start = System.nanoTime();
			editor.viewer().getControl().print(gc);
			return System.nanoTime() - start;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
