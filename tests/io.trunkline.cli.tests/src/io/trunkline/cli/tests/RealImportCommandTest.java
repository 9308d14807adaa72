package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.persistence.TopologyFiles;

/** The real {@code ./trunkline cli import} on a fixture and on a broken document: exit code, output, disk. */
class RealImportCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path home;

    @Test
    void theTwoCentralSiteDocumentAndItsInventoryBecomeATopology() throws Exception {
        Path out = folder.resolve("deployment.topology");
        RealImportCommand.Result result = RealImportCommand.run(folder, home,
                RealImportCommand.EXAMPLES.resolve("two-central-sites.tbxml").toString(), "--out", out.toString(), "--inventory",
                RealImportCommand.EXAMPLES.resolve("two-central-sites-inventory.xlsx").toString());
        assertEquals(0, result.code(), result.said());
        assertEquals(List.of("deployment.topology"), result.left());
        // Paris, Berlin, Nantes from the document; Toulouse and Hamburg from the inventory.
        assertEquals(5, TopologyFiles.load(out).getCentralSites().stream().mapToInt(c -> 1 + c.getBranchSites().size()).sum());
    }

    @Test
    void aDocumentCutShortExitsThreeNamingTheLineAndLeavesNothing() throws Exception {
        String whole = Files.readString(RealImportCommand.EXAMPLES.resolve("single-site.xml"));
        Path cut = Files.writeString(folder.resolve("cut.xml"), whole.substring(0, whole.indexOf("<Services>")));
        RealImportCommand.Result result = RealImportCommand.run(folder, home, cut.toString(), "--out",
                folder.resolve("t.topology").toString());
        assertEquals(3, result.code(), result.said());
        assertTrue(result.err().startsWith("trunkline import: cannot import cut.xml, line "), result.err());
        assertTrue(result.err().contains("is not readable XML"), result.err());
        assertFalse(result.said().contains("Exception"), result.said());
        assertEquals(List.of("cut.xml"), result.left());
    }
}
