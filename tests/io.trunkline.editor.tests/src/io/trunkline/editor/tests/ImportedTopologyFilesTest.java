package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.editor.ImportedTopologyFiles;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.persistence.ElementIds;

/** Issue 16: an imported topology never replaces a file, and a cancelled import leaves nothing behind. */
class ImportedTopologyFilesTest {

	@TempDir
	Path folder;

	@Test
	void anExistingFileIsNeverReplaced() throws Exception {
		Path target = folder.resolve("plan.topology");
		byte[] mine = "the user's own plan".getBytes(StandardCharsets.UTF_8);
		Files.write(target, mine);
		assertThrows(ImportedTopologyFiles.TargetExists.class, () -> ImportedTopologyFiles.write(twoSites(), target, () -> false));
		assertArrayEquals(mine, Files.readAllBytes(target), "the existing file is as it was");
		assertFalse(Files.exists(folder.resolve("plan.topology.layout")), "no layout file is written for it");
	}

	@Test
	void aCancelledImportWritesNothing() throws Exception {
		Path target = folder.resolve("plan.topology");
		assertFalse(ImportedTopologyFiles.write(twoSites(), target, () -> true), "the write says it did not happen");
		try (var left = Files.list(folder)) {
			assertFalse(left.findAny().isPresent(), "nothing is left in the folder");
		}
	}

	private static Topology twoSites() {
		Topology topology = TopologyFactory.eINSTANCE.createTopology();
		topology.setName("imported");
		for (String name : new String[] { "Paris", "Berlin" }) {
			CentralSite site = TopologyFactory.eINSTANCE.createCentralSite();
			site.setName(name);
			topology.getCentralSites().add(site);
		}
		ElementIds.assignMissing(topology);
		return topology;
	}
}
