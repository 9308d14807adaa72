package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.Command;
import io.trunkline.cli.internal.CommandLine;
import io.trunkline.cli.internal.Console;
import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;

/** Whatever goes wrong, the command line exits non-zero with one plain line on stderr and the details in a log. */
class FailureReportTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String previousLogs;

    @BeforeEach
    void logIntoTheTestFolder() {
        previousLogs = System.getProperty("trunkline.logs");
        System.setProperty("trunkline.logs", folder.resolve("logs").toString());
    }

    @AfterEach
    void restoreTheLogFolder() {
        if (previousLogs == null) {
            System.clearProperty("trunkline.logs");
        } else {
            System.setProperty("trunkline.logs", previousLogs);
        }
    }

    private Console console() {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int runFailing(Supplier<Throwable> failure) {
        Command failing = new Command() {
            @Override
            public String name() {
                return "plan";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "fails";
            }

            @Override
            public int run(List<String> arguments, Console console) {
                Throwable thrown = failure.get();
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }
        };
        return new CommandLine(List.of(failing)).run(new String[] { "plan", "x.topology" }, console());
    }

    @Test
    void anUnexpectedExceptionIsOneLineNamingTheLogAndExitsFour() throws Exception {
        int code = runFailing(() -> new IllegalArgumentException("io.trunkline.model.impl.CentralSiteImpl@76752c28 broke"));
        assertEquals(ExitCode.INTERNAL, code);
        Path log = folder.resolve("logs").resolve("trunkline-cli.log");
        assertEquals("trunkline: unexpected failure while running 'plan'; this is a Trunkline bug, please report it; "
                + "the details are in " + log + System.lineSeparator(), err());
        String details = Files.readString(log);
        assertTrue(details.contains("trunkline plan x.topology"), details);
        assertTrue(details.contains("IllegalArgumentException: io.trunkline.model.impl.CentralSiteImpl@76752c28 broke"), details);
        assertTrue(details.contains("\tat "), "the stack trace is in the log");
    }

    @Test
    void runningOutOfMemoryIsSaidInPlainWords() {
        assertEquals(ExitCode.INTERNAL, runFailing(() -> new OutOfMemoryError("Java heap space")));
        assertTrue(err().startsWith("trunkline: ran out of memory while running 'plan' (the limit is "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void runningOutOfMemoryInAModelHelperWhileValidatingSaysValidating() {
        // As the 100,000-site export did: the heap ran out in a model helper that a rule called, long after loading.
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
        failure.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.trunkline.model.persistence.UserText", "printable", "UserText.java", 29),
                new StackTraceElement("io.trunkline.validation.rules.Labels", "of", "Labels.java", 24),
                new StackTraceElement("io.trunkline.validation.Validation", "validate", "Validation.java", 24),
                new StackTraceElement("io.trunkline.export.WorksheetExporter", "export", "WorksheetExporter.java", 105) });
        assertEquals(ExitCode.INTERNAL, runFailing(() -> failure));
        assertTrue(err().startsWith("trunkline: ran out of memory while validating (the limit is "), err());
    }

    @Test
    void aTopologyThatCannotBeSizedNeverExitsZero() throws Exception {
        Path file = folder.resolve("huge-rate.topology");
        Files.write(file, new String(Examples.bytes(Examples.VOIP_ONLY), StandardCharsets.UTF_8)
                .replace("users=\"1800\"", "users=\"1800\" usageProfile=\"CUSTOM\" customCallsPerUserBusyHour=\"1e308\"")
                .getBytes(StandardCharsets.UTF_8));
        int code = CommandLine.standard().run(new String[] { "plan", file.toString(), "--out", folder.resolve("out").toString() },
                console());
        assertNotEquals(ExitCode.OK, code, "a topology that cannot be sized never exits 0");
        String said = out.toString(StandardCharsets.UTF_8) + err();
        assertTrue(said.contains("TL-PL-03") && said.contains("1.0E308"), "names the rule and the value: " + said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }

    @Test
    void aFolderGivenAsTheTopologyIsSaidToBeAFolder() {
        // validate walks a folder for topologies (ValidateManyFilesTest); size takes exactly one file.
        assertEquals(ExitCode.IO, CommandLine.standard().run(new String[] { "size", folder.toString() }, console()));
        assertEquals("trunkline: " + folder + " is a folder, not a topology file" + System.lineSeparator(), err());
    }

    @Test
    void anOutputFolderThatIsAFileIsSaidToBeAFile() throws Exception {
        Path file = folder.resolve("plan.topology");
        Examples.copyTo(Examples.VOIP_ONLY, file);
        Path notAFolder = Files.writeString(folder.resolve("out"), "I am a file");
        int code = CommandLine.standard().run(new String[] { "export", file.toString(), "--out", notAFolder.toString() },
                console());
        assertEquals(ExitCode.IO, code);
        assertEquals("trunkline: the worksheets were not written: cannot write into " + notAFolder
                + ": it is a file, not a folder" + System.lineSeparator(), err());
        assertEquals("I am a file", Files.readString(notAFolder));
    }
}
