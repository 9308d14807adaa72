package io.trunkline.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.elk.core.options.Direction;

import io.trunkline.diagram.layout.ElkDiagramLayout;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.editor.diagram.LayoutCommand;
import io.trunkline.editor.diagram.LayoutStore;
import io.trunkline.editor.diagram.TopologyDiagrams;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.planning.TopologySizer;

/**
 * Writes an imported topology as a new {@code .topology} file with its overview already arranged
 * by ELK, the same layered layout as Arrange All, so the editor opens on a tidy diagram and the
 * file reopens the same: topology and layout are written together as one save
 * ({@link TopologySave}), and an existing file is never replaced.
 */
public final class ImportedTopologyFiles {

	private ImportedTopologyFiles() {
	}

	/** A target that already exists: the import refuses to replace it. */
	public static final class TargetExists extends IOException {
		private static final long serialVersionUID = 1L;

		TargetExists(Path file) {
			super(file + " already exists; choose another name. Nothing was written.");
		}
	}

	/**
	 * Lays out the overview of {@code topology} and writes it and its layout file to {@code file}.
	 *
	 * @return false when {@code cancelled} became true before anything was written
	 */
	public static boolean write(Topology topology, Path file, BooleanSupplier cancelled) throws IOException {
		if (Files.exists(file)) {
			throw new TargetExists(file);
		}
		LayoutStore layout = new LayoutStore();
		Diagram overview = new Diagram();
		TopologyDiagrams.build(overview, topology, null, layout, Map.of(), TopologySizer.size(topology));
		// the overview is laid out top-down, as Arrange All lays it out (Arrangement)
		ElkDiagramLayout elk = ElkDiagramLayout.prepare(overview, List.of(), Direction.DOWN);
		if (!elk.run(cancelled)) {
			return false;
		}
		LayoutCommand.of(elk.result("Arrange All"), layout, TopologyDiagrams.OVERVIEW).execute();
		if (cancelled.getAsBoolean()) {
			return false;
		}
		try {
			TopologySave.write(file, TopologyFiles.toBytes(topology), LayoutStore.fileFor(file), layout.toBytes(TopologyEditor.liveIds(topology)));
		} catch (TopologySave.Failure failed) {
			throw new IOException(failed.getMessage(), failed);
		}
		return true;
	}
}
