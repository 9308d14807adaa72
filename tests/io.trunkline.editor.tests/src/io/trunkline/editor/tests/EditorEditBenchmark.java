package io.trunkline.editor.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * Edit to repainted in the open editor (real workbench) on the overview of the generated 1,000-
 * and 5,000-site topologies: a property change (a gateway's PSTN ports, which changes sizing),
 * a create (a PSTN gateway dropped into a site from the palette tool), a delete (that gateway
 * again) and a move (a gateway dragged to a new place), each from the command to the synchronous
 * paint of the visible region, with the diagram updated incrementally and, as the reference in
 * the same run, rebuilt in full after every command; at 100 % zoom, with the Outline view open as the
 * Trunkline perspective has it. Each figure is the median of 9 runs after 3
 * warm-ups, each run on another site, every edit a real change. CPU time is the UI thread's
 * (the machine is shared, so wall time alone says little), and of it live validation's part
 * ({@code LiveValidation.flush}) stands apart from the editor's own, the rest of the edit.
 * Run with {@code ./trunkline bench}.
 */
@Tag("benchmark")
class EditorEditBenchmark {

	private static final int WARM_UPS = 3, RUNS = 9;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	interface Edit {
		void perform(TopologyEditor editor, int run);
	}

	@Test
	void editToRepainted() throws Exception {
		StringBuilder table = new StringBuilder();
		for (int sites : new int[] { 1000, 5000 }) {
			table.append(measure(sites));
		}
		System.out.println(table);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "editor-edits.md"), table.toString());
	}

	private String measure(int siteCount) throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("EditBenchmarks");
		IFile file = project.getFile("generated-" + siteCount + ".topology");
		TopologyFiles.save(SyntheticTopologyGenerator.generate(siteCount, 42), file.getLocation().toFile().toPath());
		TopologyEditor editor = f.open(file);
		editor.viewer().setZoom(1, new Point(0, 0)); // editing happens at 100 %, where names and badges are readable
		List<Site> sites = SiteQueries.sites(editor.topology());
		List<TrunkPeer> created = new ArrayList<>();
		Tool.CreateNode gatewayTool = (Tool.CreateNode) EditorFixture.tool(editor.viewer(), "pstn_gateway");
		Edit property = (e, run) -> {
			TrunkPeer gateway = gateway(sites.get(run * 37 % sites.size()));
			e.getEditingDomain().getCommandStack().execute(SetCommand.create(e.getEditingDomain(), gateway,
					TopologyPackage.Literals.TRUNK_PEER__PSTN_PORTS, gateway.getPstnPorts() + 1));
		};
		Edit create = (e, run) -> {
			Site site = sites.get(run * 41 % sites.size());
			DiagramContainer box = (DiagramContainer) e.viewer().diagram().node(site.getId());
			Rectangle area = box.bounds();
			int before = site.getTrunkPeers().size();
			e.viewer().editing().create(gatewayTool, box, new Point(area.x + 20, area.y + area.height - 10));
			created.add(site.getTrunkPeers().get(before));
		};
		Edit delete = (e, run) -> {
			TrunkPeer doomed = created.remove(0);
			e.getEditingDomain().getCommandStack().execute(DeleteCommand.create(e.getEditingDomain(), List.of(doomed)));
		};
		Edit move = (e, run) -> {
			DiagramNode node = (DiagramNode) e.viewer().diagram().node(gateway(sites.get(run * 43 % sites.size())).getId());
			Rectangle box = node.bounds();
			e.viewer().editing().changeGeometry(new GeometryChange("Move", Map.of(node, new Rectangle(box.x + 20, box.y + 10, box.width, box.height)),
					Map.of()));
		};
		int nodes = editor.viewer().diagram().nodes().size(), edges = editor.viewer().diagram().edges().size();
		StringBuilder rows = new StringBuilder(String.format(
				"| Edit to repainted, overview of %,d sites (%,d nodes, %,d edges) | Full rebuild | Incremental | CPU full / incremental"
						+ " | Incremental CPU: live validation | Incremental CPU: editor's own | Full / incremental |%n|---|---:|---:|---:|---:|---:|---:|%n",
				siteCount, nodes, edges));
		String[] names = { "Property change (gateway PSTN ports)", "Create (PSTN gateway from the palette)", "Delete (that gateway)",
				"Move (a gateway)" };
		long[][] full = new long[4][], incremental = new long[4][];
		for (long[][] figures : new long[][][] { full, incremental }) {
			editor.diagramSync().setIncremental(figures == incremental);
			figures[0] = measure(editor, property);
			long[][] pair = measurePair(editor, create, delete); // every delete removes a gateway its create added
			figures[1] = pair[0];
			figures[2] = pair[1];
			figures[3] = measure(editor, move);
		}
		for (int kind = 0; kind < names.length; kind++) {
			rows.append(String.format("| %s | %.1f ms | %.1f ms | %.1f / %.1f ms | %.1f ms | %.1f ms | %.1f× |%n", names[kind], full[kind][0] / 1e6,
					incremental[kind][0] / 1e6, full[kind][1] / 1e6, incremental[kind][1] / 1e6, incremental[kind][2] / 1e6,
					incremental[kind][3] / 1e6, (double) full[kind][0] / incremental[kind][0]));
		}
		f.page.closeAllEditors(false);
		return rows.append('\n').toString();
	}

	/** Medians of {@code edit} to repainted: wall time, CPU time, live validation's CPU time and the rest of the CPU time. */
	private static long[] measure(TopologyEditor editor, Edit edit) {
		long[][] runs = new long[RUNS][];
		for (int run = -WARM_UPS; run < RUNS; run++) {
			long[] t = timed(editor, edit, run + WARM_UPS);
			if (run >= 0) {
				runs[run] = t;
			}
		}
		return medians(runs);
	}

	/** Medians of a create and the delete that takes it back, run alternately. */
	private static long[][] measurePair(TopologyEditor editor, Edit create, Edit delete) {
		long[][] creates = new long[RUNS][], deletes = new long[RUNS][];
		for (int run = -WARM_UPS; run < RUNS; run++) {
			long[] c = timed(editor, create, run + WARM_UPS), d = timed(editor, delete, run + WARM_UPS);
			if (run >= 0) {
				creates[run] = c;
				deletes[run] = d;
			}
		}
		return new long[][] { medians(creates), medians(deletes) };
	}

	private static long[] timed(TopologyEditor editor, Edit edit, int run) {
		Bench.settle();
		Point size = editor.viewer().getControl().getSize();
		Image image = new Image(Bench.display(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		try {
			long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
			edit.perform(editor, run);
			editor.viewer().getControl().print(gc); // the paint listener runs synchronously: repainted
			wall = System.nanoTime() - wall;
			cpu = THREADS.getCurrentThreadCpuTime() - cpu;
			long validation = editor.validation().liveFlushCpuNanos();
			return new long[] { wall, cpu, validation, cpu - validation };
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The median of each figure over the runs, each figure sorted on its own. */
	private static long[] medians(long[][] runs) {
		long[] medians = new long[runs[0].length];
		for (int figure = 0; figure < medians.length; figure++) {
			long[] values = new long[runs.length];
			for (int run = 0; run < runs.length; run++) {
				values[run] = runs[run][figure];
			}
			Arrays.sort(values);
			medians[figure] = values[values.length / 2];
		}
		return medians;
	}

	private static TrunkPeer gateway(Site site) {
		for (TrunkPeer peer : site.getTrunkPeers()) {
			if (peer.getKind() == PeerKind.PSTN_GATEWAY && PeerQueries.isGateway(peer)) {
				return peer;
			}
		}
		throw new AssertionError("the generated site " + site.getName() + " has no PSTN gateway");
	}
}
