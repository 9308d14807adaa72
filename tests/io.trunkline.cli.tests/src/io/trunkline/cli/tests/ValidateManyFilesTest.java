package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;

/** {@code validate} over several files and folders, for CI (issue 15, "Command line for CI"). */
class ValidateManyFilesTest {

    @TempDir
    Path folder;

    private Path example(String name, Path into) throws Exception {
        Files.createDirectories(into);
        Path file = into.resolve(Examples.fileName(name));
        Examples.copyTo(name, file);
        return file;
    }

    @Test
    void everyTopologyBelowAFolderIsValidatedAndTheWorstFindingSetsTheExitCode() throws Exception {
        example(Examples.VOIP_ONLY, folder.resolve("plans"));
        example(Examples.FLAWED, folder.resolve("plans/emea"));
        Files.writeString(folder.resolve("plans/emea/notes.txt"), "not a topology");
        Cli run = Cli.run("validate", folder.resolve("plans").toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().contains("voip-only.topology: 0 errors"), run.toString());
        assertTrue(run.out().contains("flawed.topology: "), run.toString());
        assertTrue(run.out().contains("2 files: "), run.toString());
    }

    @Test
    void filesAndFoldersMixAndACleanSetExitsZero() throws Exception {
        Path one = example(Examples.VOIP_ONLY, folder.resolve("a"));
        example(Examples.MULTI_SITE_ENTERPRISE, folder.resolve("b"));
        Cli run = Cli.run("validate", one.toString(), folder.resolve("b").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("2 files: 0 errors"), run.toString());
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndNotFollowed() throws Exception {
        Path plans = folder.resolve("plans");
        example(Examples.VOIP_ONLY, plans.resolve("site"));
        Files.createSymbolicLink(plans.resolve("site/back"), plans);
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("validate", plans.toString()));
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("back leads back to a folder above it through a symbolic link; not followed"),
                run.toString());
        assertEquals(1, run.out().lines().filter(l -> l.contains("voip-only.topology: ")).count(), run.toString());
    }

    @Test
    void aFileThatDoesNotLoadFailsTheRunButTheOthersAreStillChecked() throws Exception {
        example(Examples.VOIP_ONLY, folder.resolve("plans"));
        Files.writeString(folder.resolve("plans/broken.topology"), "<?xml version=\"1.0\"?>\n<nonsense/>\n");
        Cli run = Cli.run("validate", folder.resolve("plans").toString());
        assertEquals(ExitCode.IO, run.exitCode(), run.toString());
        assertTrue(run.err().contains("cannot load " + folder.resolve("plans/broken.topology")), run.toString());
        assertTrue(run.out().contains("voip-only.topology: 0 errors"), run.toString());
    }

    @Test
    void aFolderWithoutTopologiesIsAnInputError() throws Exception {
        Files.createDirectories(folder.resolve("empty"));
        Cli run = Cli.run("validate", folder.resolve("empty").toString());
        assertEquals(ExitCode.IO, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no *.topology file in " + folder.resolve("empty")), run.toString());
    }

    @Test
    void jsonGivesOneObjectPerFilePerLine() throws Exception {
        example(Examples.VOIP_ONLY, folder.resolve("a"));
        example(Examples.FLAWED, folder.resolve("b"));
        Cli run = Cli.run("validate", folder.toString(), "--format", "json");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.toString());
        var lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        for (String line : lines) {
            assertTrue(Json.object(Json.parse(line)).containsKey("findings"), line);
        }
    }

    @Test
    void aSymbolicLinkToNothingIsNotedAndSkipped() throws Exception {
        Path plans = folder.resolve("plans");
        example(Examples.VOIP_ONLY, plans);
        Files.createSymbolicLink(plans.resolve("gone.topology"), folder.resolve("nowhere"));
        Cli run = Cli.run("validate", plans.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("gone.topology is a symbolic link to nothing; skipped"), run.toString());
    }
}
