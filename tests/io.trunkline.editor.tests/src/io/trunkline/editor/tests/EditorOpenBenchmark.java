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
			editor = f.open(file);
			editor.viewer().getControl().redraw();
			editor.viewer().getControl().update();
			long elapsed = System.nanoTime() - start;
			if (run >= 0) {
				opens[run] = elapsed;
			}
		}
		Arrays.sort(opens);
		int nodes = editor.viewer().diagram().nodes().size(), edges = editor.viewer().diagram().edges().size();
		editor.viewer().setZoom(1, new org.eclipse.swt.graphics.Point(0, 0));
		editor.viewer().scrollTo(0, 0);
		long[] pans = new long[15];
		for (int run = -5; run < pans.length; run++) {
			Rectangle visible = editor.viewer().visibleArea();
			editor.viewer().scrollTo(visible.x + 41, visible.y + 13);
			long start = System.nanoTime();
			editor.viewer().getControl().redraw();
			editor.viewer().getControl().update();
			if (run >= 0) {
				pans[run] = System.nanoTime() - start;
			}
		}
		Arrays.sort(pans);
		System.out.printf("%n| Editor, generated 1,000 sites (%,d diagram nodes, %,d edges) | Median |%n|---|---:|%n", nodes, edges);
		System.out.printf("| Open to first paint (load, validation, sizing, overview, markers) | %.0f ms |%n", opens[opens.length / 2] / 1e6);
		System.out.printf("| Repaint while panning the overview at 100 %% | %.1f ms |%n", pans[pans.length / 2] / 1e6);
		f.page.closeAllEditors(false);
	}
}
