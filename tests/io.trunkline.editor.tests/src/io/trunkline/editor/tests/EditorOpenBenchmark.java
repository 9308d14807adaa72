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
 * Opening generated 1,000-, 2,000- and 5,000-site topologies in the editor (load, live
 * validation, sizing, the overview diagram, markers, the Outline) up to the first paint of the diagram
 * and of the Outline's rows in view, and repainting while
 * panning the overview at 100 %. Run with {@code ./trunkline bench}; medians of 5 opens after 1
 * warm-up (3 at 5,000 sites) and of 15 pans after 5 warm-ups. CPU time is the UI thread's; work
 * the workbench does in other threads (the marker job) is in the wall time only.
 */
@Tag("benchmark")
class EditorOpenBenchmark {

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	@Test
	void openAndPan() throws Exception {
		StringBuilder table = new StringBuilder(
				"| Editor, generated topology | Diagram nodes, edges | Open to first paint | CPU | Goal | Repaint while panning at 100 % |\n"
						+ "|---|---:|---:|---:|---:|---:|\n");
		table.append(openAndPan(1000, 5, 0));
		table.append(openAndPan(2000, 5, 2000));
		table.append(openAndPan(5000, 3, 3000));
		System.out.println(table);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "benchmarks"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmarks", "editor.md"), table);
	}

	/** {@code goalMs} is the open-to-first-paint target for the wall time (0: none); the verdict is on the median. */
	private String openAndPan(int sites, int runs, long goalMs) throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("Benchmarks");
		IFile file = project.getFile("generated-" + sites + ".topology");
		TopologyFiles.save(SyntheticTopologyGenerator.generate(sites, 42), file.getLocation().toFile().toPath());
		long[] opens = new long[runs], cpus = new long[runs];
		TopologyEditor editor = null;
		for (int run = -1; run < opens.length; run++) {
			f.page.closeAllEditors(false);
			Bench.settle();
			long start = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
			editor = (TopologyEditor) org.eclipse.ui.ide.IDE.openEditor(f.page, file, TopologyEditor.ID, true);
			paint(editor);
			paint(outline(editor)); // its rows get their labels when first drawn
			long elapsed = System.nanoTime() - start;
			if (run >= 0) {
				opens[run] = elapsed;
				cpus[run] = THREADS.getCurrentThreadCpuTime() - cpu;
			}
		}
		Arrays.sort(opens);
		Arrays.sort(cpus);
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
		f.page.closeAllEditors(false);
		double openMs = opens[opens.length / 2] / 1e6;
		String goal = goalMs == 0 ? "—" : String.format("< %d s: %s", goalMs / 1000, openMs < goalMs ? "met" : "**missed**");
		return String.format("| %,d sites | %,d, %,d | %.0f ms | %.0f ms | %s | %.1f ms |%n", sites, nodes, edges, openMs,
				cpus[cpus.length / 2] / 1e6, goal, pans[pans.length / 2] / 1e6);
	}

	private static org.eclipse.swt.widgets.Control outline(TopologyEditor editor) {
		var page = (io.trunkline.editor.outline.TopologyOutlinePage) editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		return page.tree().getControl();
	}

	/** Paints the diagram's visible region synchronously (print() runs the paint listener) and times it. */
	private static long paint(TopologyEditor editor) {
		return paint(editor.viewer().getControl());
	}

	private static long paint(org.eclipse.swt.widgets.Control control) {
		org.eclipse.swt.graphics.Point size = control.getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(Bench.display(), Math.max(1, size.x), Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		try {
			long start = System.nanoTime();
			control.print(gc);
			return System.nanoTime() - start;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
