package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.export.internal.OutputFiles;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/** An export's files are a set: written aside, moved in together or not at all, nothing left behind. */
class ExportFilesTest {

    @TempDir
    Path out;

    private static Topology example(String name) throws Exception {
        return Examples.load(name, TopologyFiles.newResourceSet());
    }

    private void export(Topology topology, String name) throws Exception {
        WorksheetExporter.export(topology, name, out, EnumSet.allOf(ExportFormat.class), Optional.empty());
    }

    private List<String> hiddenFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void nothingIsLeftInTheFolder() throws Exception {
        export(example(Examples.MULTI_SITE_ENTERPRISE), "plan");
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void theWorkbookIsNeverCopiedToTheSystemTemporaryFolder() throws Exception {
        // A copy there would outlive a killed export; watch the folder while exporting, not just afterwards.
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (WatchService watcher = temp.getFileSystem().newWatchService()) {
            temp.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            export(example(Examples.MULTI_SITE_ENTERPRISE), "plan");
            WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
            List<String> created = key == null ? List.of()
                    : key.pollEvents().stream().map(e -> e.context().toString()).filter(n -> n.startsWith("trunkline-")).toList();
            assertEquals(List.of(), created);
        }
    }

    @Test
    void aFullDiskWhileWritingNamesTheFileAndReplacesNothing() throws Exception {
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.writeString(out.resolve("b.csv"), "old b");
        IOException failure;
        try (OutputFiles files = OutputFiles.in(out)) {
            files.write("a.csv", o -> o.write("new a".getBytes()));
            failure = assertThrows(IOException.class, () -> files.write("b.csv", o -> {
                o.write("half of b".getBytes());
                throw new FileSystemException(out.resolve("b.csv").toString(), null, "No space left on device");
            }));
        }
        assertEquals("could not write b.csv (No space left on device); no file was replaced, these were left as they were: "
                + "a.csv, b.csv", failure.getMessage());
        assertEquals("old a", Files.readString(out.resolve("a.csv")));
        assertEquals("old b", Files.readString(out.resolve("b.csv")));
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void aFileStillBeingWrittenWhenAnotherFailedFailsWithTheFirstFailure() throws Exception {
        IOException first;
        IOException later;
        try (OutputFiles files = OutputFiles.in(out)) {
            // The report is written on a second thread: the file it writes fails once the workbook's failure has
            // discarded the set, and the message the user gets must still name the workbook.
            OutputStream report = files.open("a.html");
            first = assertThrows(IOException.class, () -> files.write("b.xlsx", o -> {
                throw new FileSystemException(out.resolve("b.xlsx").toString(), null, "No space left on device");
            }));
            // More than the file's 64 KB buffer, so the write reaches the discarded file.
            later = assertThrows(IOException.class, () -> report.write(new byte[100_000]));
        }
        assertEquals("could not write b.xlsx (No space left on device); no file was replaced, these were left as they "
                + "were: a.html, b.xlsx", later.getMessage());
        assertSame(first, later);
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void aFileThatCannotBeOpenedWhileAnotherIsBeingWrittenNamesItAndLeavesNothing() throws Exception {
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.createDirectories(out.resolve("b.csv"));
        IOException failure;
        try (OutputFiles files = OutputFiles.in(out)) {
            OutputStream a = files.open("a.csv");
            a.write("half of a new a".getBytes());
            failure = assertThrows(IOException.class, () -> files.open("b.csv"));
        }
        assertEquals("could not write b.csv (a folder of that name is in the way); no file was replaced, these were left "
                + "as they were: a.csv, b.csv", failure.getMessage());
        assertEquals("old a", Files.readString(out.resolve("a.csv")));
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void filesOpenTogetherAndNeverCommittedLeaveNothing() throws Exception {
        Files.writeString(out.resolve("a.csv"), "old a");
        try (OutputFiles files = OutputFiles.in(out)) {
            files.open("a.csv").write("new a".getBytes());
            files.open("b.csv").write("new b".getBytes());
        }
        assertEquals("old a", Files.readString(out.resolve("a.csv")));
        assertTrue(Files.notExists(out.resolve("b.csv")));
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void filesOpenTogetherAreAllCommitted() throws Exception {
        try (OutputFiles files = OutputFiles.in(out)) {
            OutputStream a = files.open("a.csv");
            OutputStream b = files.open("b.csv");
            a.write("new a".getBytes());
            b.write("new b".getBytes());
            a.close();
            files.commit();
        }
        assertEquals("new a", Files.readString(out.resolve("a.csv")));
        assertEquals("new b", Files.readString(out.resolve("b.csv")), "a file still open is completed by the commit");
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void aFailedRenameSaysWhichFilesWereReplacedAndWhichWereNot() throws Exception {
        Files.writeString(out.resolve("b.csv"), "old b");
        IOException failure;
        try (OutputFiles files = OutputFiles.in(out)) {
            files.write("a.csv", o -> o.write("new a".getBytes()));
            files.write("b.csv", o -> o.write("new b".getBytes()));
            files.write("c.csv", o -> o.write("new c".getBytes()));
            Files.delete(out.resolve("b.csv"));
            Files.createDirectories(out.resolve("b.csv").resolve("in the way"));
            failure = assertThrows(IOException.class, files::commit);
        }
        assertTrue(failure.getMessage().startsWith("could not replace b.csv ("), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("); replaced a.csv; left as they were: b.csv, c.csv"), failure.getMessage());
        assertEquals(List.of(), hiddenFiles(out));
        assertEquals("new a", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void aFolderInTheWayOfOneFileLeavesTheOthersAsTheyWere() throws Exception {
        Files.writeString(out.resolve("plan.xlsx"), "the old workbook");
        Files.createDirectories(out.resolve("plan.html"));
        IOException failure = assertThrows(IOException.class, () -> export(example(Examples.VOIP_ONLY), "plan"));
        assertTrue(failure.getMessage().startsWith("could not write plan.html (a folder of that name is in the way); "
                + "no file was replaced"), failure.getMessage());
        assertEquals("the old workbook", Files.readString(out.resolve("plan.xlsx")));
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void aFileGivenAsTheFolderIsSaidToBeAFile() throws Exception {
        Path file = out.resolve("plans");
        Files.writeString(file, "x");
        IOException failure = assertThrows(IOException.class, () -> WorksheetExporter.export(example(Examples.VOIP_ONLY),
                "plan", file, EnumSet.allOf(ExportFormat.class), Optional.empty()));
        assertEquals("cannot write into " + file + ": it is a file, not a folder", failure.getMessage());
    }

    @Test
    void concurrentExportsIntoOneFolderEachLeaveACompleteSet() throws Exception {
        Topology seattle = example(Examples.VOIP_ONLY);
        Topology woodgrove = example(Examples.MULTI_SITE_ENTERPRISE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                List<Future<?>> runs = new ArrayList<>();
                for (Topology topology : List.of(seattle, woodgrove)) {
                    runs.add(pool.submit(() -> {
                        export(topology, "plan");
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                String workbook = new XlsxContent(out.resolve("plan.xlsx")).sheet("Summary").get(1).get(1);
                String csv = WorksheetExportTest.parseCsv(Files.readString(out.resolve("plan-summary.csv")).substring(1))
                        .get(1).get(1);
                String html = Files.readString(out.resolve("plan.html"));
                assertEquals(workbook, csv, "workbook and CSV of one export");
                assertTrue(html.contains("<title>" + workbook + "</title>"), "HTML of the same export");
                String sites = Files.readString(out.resolve("plan-sites.csv"));
                assertEquals(workbook.startsWith("Woodgrove"), sites.contains("London"), "sites CSV of the same export");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewFileGetsTheUmask() throws Exception {
        Path html = out.resolve("plan.html");
        Files.writeString(html, "old");
        Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("rw-r-----"));
        Path probe = Files.createFile(out.resolve("probe"));
        String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        export(example(Examples.VOIP_ONLY), "plan");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(html)));
        assertEquals(umasked, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("plan.xlsx"))));
        assertTrue(!umasked.equals("rw-------"), "the test needs a umask that lets the group read: " + umasked);
    }

    @Test
    void aSymbolicLinkIsKeptAndTheFileItPointsToIsWritten() throws Exception {
        Path elsewhere = Files.createDirectories(out.resolve("shared"));
        Path real = Files.writeString(elsewhere.resolve("report.html"), "old");
        Path folder = Files.createDirectories(out.resolve("plans"));
        Path link = Files.createSymbolicLink(folder.resolve("plan.html"), Path.of("../shared/report.html"));
        WorksheetExporter.export(example(Examples.VOIP_ONLY), "plan", folder, EnumSet.of(ExportFormat.HTML), Optional.empty());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertTrue(Files.readString(real).contains("Fabrikam Seattle"), "the link's target holds the report");
        assertEquals(List.of(), hiddenFiles(elsewhere));
    }

    @Test
    void leftoversOfAKilledExportAreRemovedByTheNextOne() throws Exception {
        // No process has this id: Linux pids stay below 2^22.
        Path leftover = Files.writeString(out.resolve(".plan.xlsx.999999999-k1ll3d.part"), "half a workbook");
        export(example(Examples.VOIP_ONLY), "plan");
        assertTrue(Files.notExists(leftover));
    }
}
