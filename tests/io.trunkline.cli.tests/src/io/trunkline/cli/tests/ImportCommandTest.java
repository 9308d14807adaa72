package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;

/** {@code trunkline import} in-process: what it writes, what it says, its exit codes, and what it never leaves behind. */
class ImportCommandTest {

    /** The tests run in their bundle's folder. */
    static final Path EXAMPLES = Path.of("../../bundles/io.trunkline.imports/examples").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    /** The last run, whose output the assertions read. */
    private Cli last;

    private int run(String... args) {
        last = Cli.run(args);
        return last.exitCode();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSingleSiteDocumentBecomesATopologyThatLoads() throws Exception {
        Path topology = folder.resolve("lyon.topology");
        assertEquals(ExitCode.OK, run("import", example("single-site.xml"), "--out", topology.toString()), err());
        Topology loaded = TopologyFiles.load(topology);
        assertEquals("Lyon", loaded.getCentralSites().get(0).getName());
        assertEquals(1, loaded.getTrunks().size());
        assertEquals(List.of("lyon.topology"), listing());
    }

    @Test
    void itPrintsTheReport() {
        run("import", example("two-central-sites.tbxml"), "--out", folder.resolve("t.topology").toString());
        assertTrue(out().startsWith("Imported two-central-sites.tbxml: "), out());
        assertTrue(out().contains("Skipped:\n") && out().contains("Persistent Chat"), out());
        assertTrue(out().contains("Still to fill in:\n"), out());
        assertTrue(out().contains("Wrote " + folder.resolve("t.topology").toAbsolutePath()), out());
    }

    @Test
    void anInventoryFillsInTheSitesBeforeTheTopologyIsWritten() throws Exception {
        Path topology = folder.resolve("t.topology");
        assertEquals(ExitCode.OK, run("import", example("two-central-sites.xml"), "--out", topology.toString(), "--inventory",
                example("two-central-sites-inventory.csv")), err());
        Topology loaded = TopologyFiles.load(topology);
        // A saved file lists sites in id order, so Paris is looked up by name.
        assertEquals(List.of(4200), loaded.getCentralSites().stream().filter(s -> s.getName().equals("Paris"))
                .map(s -> s.getUsers()).toList());
        assertEquals(3, loaded.getWanLinks().size());
        assertTrue(out().contains("Site inventory two-central-sites-inventory.csv: 2 sites to create, 3 to update, 0 rows refused."),
                out());
    }

    @Test
    void anExistingOutputIsLeftAsItIsWithoutForce() throws Exception {
        Path topology = Files.writeString(folder.resolve("mine.topology"), "my own work");
        assertEquals(ExitCode.IO, run("import", example("single-site.xml"), "--out", topology.toString()));
        assertEquals("trunkline import: " + topology + " exists; it was left as it is (add --force to replace it)\n", err());
        assertEquals("my own work", Files.readString(topology));
    }

    @Test
    void forceReplacesAnExistingOutput() throws Exception {
        Path topology = Files.writeString(folder.resolve("mine.topology"), "old");
        assertEquals(ExitCode.OK, run("import", example("single-site.xml"), "--out", topology.toString(), "--force"), err());
        assertEquals("Lyon", TopologyFiles.load(topology).getCentralSites().get(0).getName());
    }

    @Test
    void aDocumentThatIsNotXmlExitsThreeAndWritesNothing() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.xml"), "Lyon has two gateways\n");
        assertEquals(ExitCode.IO, run("import", notes.toString(), "--out", folder.resolve("t.topology").toString()));
        assertTrue(err().startsWith("trunkline import: cannot import notes.xml, line 1: is not readable XML"), err());
        assertTrue(err().endsWith("; nothing was written\n"), err());
        assertEquals(List.of("notes.xml"), listing());
    }

    @Test
    void aRefusedInventoryRowExitsThreeAndWritesNothing() throws Exception {
        Path inventory = Files.writeString(folder.resolve("sites.csv"), "Site name,Users\nParis,-3\n");
        assertEquals(ExitCode.IO, run("import", example("two-central-sites.xml"), "--out", folder.resolve("t.topology").toString(),
                "--inventory", inventory.toString()));
        assertTrue(out().contains("  row 2: refused: users is -3; it cannot be negative"), out());
        assertTrue(err().contains("1 row(s) of " + inventory + " refused (listed above); nothing was written"), err());
        assertEquals(List.of("sites.csv"), listing());
    }

    @Test
    void aMissingDocumentExitsThree() {
        assertEquals(ExitCode.IO, run("import", folder.resolve("absent.xml").toString(), "--out", folder.resolve("t.topology").toString()));
        assertEquals("trunkline import: no such file: " + folder.resolve("absent.xml") + "\n", err());
    }

    @Test
    void anOutputThatIsAFolderExitsThree() {
        assertEquals(ExitCode.IO, run("import", example("single-site.xml"), "--out", folder.toString()));
        assertEquals("trunkline import: " + folder + " is a folder; --out needs a file name\n", err());
    }

    @Test
    void anOutputUnderAFileExitsThreeAndLeavesNothing() throws Exception {
        Files.writeString(folder.resolve("plain.txt"), "x");
        Path topology = folder.resolve("plain.txt/t.topology");
        assertEquals(ExitCode.IO, run("import", example("single-site.xml"), "--out", topology.toString()));
        assertTrue(err().startsWith("trunkline import: cannot write " + topology + ": "), err());
        assertEquals(List.of("plain.txt"), listing());
    }

    @Test
    void withoutOutItIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("import", example("single-site.xml")));
        assertTrue(err().startsWith("trunkline import: missing --out TOPOLOGY"), err());
    }

    @Test
    void withoutDocumentItIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("import", "--out", "t.topology"));
        assertTrue(err().startsWith("trunkline import: missing topology document"), err());
    }

    @Test
    void theOverviewListsImport() {
        run("--help");
        assertTrue(out().contains("  import "), out());
        assertFalse(out().contains("Exception"));
    }
}
