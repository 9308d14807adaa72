package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.trunkline.cli.internal.CommandLine;
import io.trunkline.cli.internal.Console;
import io.trunkline.cli.internal.ExitCode;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return CommandLine.standard().run(args, console);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertEquals(ExitCode.OK, run("--help"));
        assertTrue(out().contains("Usage: trunkline COMMAND"), out());
        assertTrue(out().contains("version"), out());
        assertTrue(out().contains("Exit codes"), out());
    }

    @Test
    void noArgumentsPrintsTheSameOverviewAsHelp() {
        assertEquals(ExitCode.OK, run());
        assertTrue(out().contains("Commands:"), out());
    }

    @Test
    void unknownCommandIsAUsageErrorThatNamesTheCommand() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals("", out());
    }

    @Test
    void helpForOneCommandPrintsItsUsage() {
        assertEquals(ExitCode.OK, run("help", "version"));
        assertTrue(out().startsWith("Usage: trunkline version"), out());
    }

    @Test
    void helpOptionAfterACommandPrintsItsUsage() {
        assertEquals(ExitCode.OK, run("version", "--help"));
        assertTrue(out().startsWith("Usage: trunkline version"), out());
    }

    @Test
    void versionNamesTheBundleVersion() {
        assertEquals(ExitCode.OK, run("version"));
        assertTrue(out().matches("Trunkline 0\\.1\\.0\\.\\S+\\R"), out());
    }

    @Test
    void versionRejectsExtraArguments() {
        assertEquals(ExitCode.USAGE, run("version", "extra"));
        assertTrue(err().contains("Usage: trunkline version"), err());
    }
}
