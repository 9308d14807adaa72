package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive that {@code ./trunkline cli} keeps in the user's cache to start faster (issue 18,
 * item 5): the first run makes it, and an archive that is damaged never breaks a run, which starts normally,
 * prints exactly what it prints with a good archive, and replaces it.
 */
class CliStartArchiveTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final String EXAMPLE = "bundles/io.trunkline.model/examples/multi-site-enterprise.topology";

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    private Result validateExample() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("trunkline").toString(), "cli", "validate", EXAMPLE)
                .directory(ROOT.toFile());
        builder.environment().put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.redirectOutput(folder.resolve("stdout").toFile()).redirectError(folder.resolve("stderr").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./trunkline cli validate did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(folder.resolve("stdout")),
                Files.readString(folder.resolve("stderr")));
    }

    private List<Path> archives() throws IOException {
        Path cds = folder.resolve("home/.cache/trunkline/cds");
        try (Stream<Path> files = Files.list(cds)) {
            return files.sorted().toList();
        }
    }

    /** The one archive there is, after checking that its name ends in its size as run_cli names it. */
    private Path theArchive() throws IOException {
        List<Path> archives = archives();
        assertEquals(1, archives.size(), "one archive and no unfinished dump: " + archives);
        Path archive = archives.get(0);
        String name = archive.getFileName().toString();
        assertEquals(Files.size(archive) + ".jsa", name.substring(name.lastIndexOf('-') + 1), name);
        return archive;
    }

    private Result firstRun() throws Exception {
        Result first = validateExample();
        assertEquals(0, first.code(), first.err());
        // The example has one warning and two infos (Boston's blocking, and gateways in GB and US: TL-GW-22), which
        // do not fail the run (hand-checked in the example file).
        assertTrue(first.out().endsWith("multi-site-enterprise.topology: 0 errors, 1 warnings, 2 infos\n"), first.out());
        assertEquals("", first.err());
        return first;
    }

    @Test
    void theFirstRunLeavesOneCompleteArchiveInTheUsersCache() throws Exception {
        firstRun();
        assertTrue(Files.size(theArchive()) > 1_000_000, "an archive of the command's classes, not an empty file");
    }

    @Test
    void aTruncatedArchiveIsNotUsedAndIsReplaced() throws Exception {
        Result first = firstRun();
        Path archive = theArchive();
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        // Mapped by the JVM, a truncated archive crashes it with SIGBUS before any of our code runs.
        Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
        Result again = validateExample();
        assertEquals(first, again, "the same exit code and output, nothing on stderr");
        assertEquals(whole.length, Files.size(theArchive()), 0.2 * whole.length, "a complete archive replaced it");
    }

    @Test
    void anArchiveOfTheRightSizeButWrongContentIsNotTrusted() throws Exception {
        Result first = firstRun();
        Path archive = theArchive();
        byte[] bytes = Files.readAllBytes(archive);
        // Keep the header, scramble the classes: only the archive's checksum can tell.
        byte[] noise = new byte[bytes.length / 2];
        new Random(18).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, bytes.length / 4, noise.length);
        archive.toFile().setWritable(true);
        Files.write(archive, bytes);
        assertEquals(first, validateExample(), "the same exit code and output, nothing on stderr");
        assertEquals(first, validateExample(), "and again");
    }
}
