package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.CommandLine;
import io.trunkline.cli.internal.Console;
import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/** The verbs a planner scripts against: validate, rules, size, generate. */
class VerbsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.standard().run(args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String example(String name) throws Exception {
        Path file = folder.resolve(Examples.fileName(name));
        Examples.copyTo(name, file);
        return file.toString();
    }

    @Test
    void validatingAValidExampleExitsZeroWithASummary() throws Exception {
        assertEquals(ExitCode.OK, run("validate", example(Examples.VOIP_ONLY)));
        assertTrue(out().contains("voip-only.topology: 0 errors"), out());
    }

    @Test
    void validatingTheFlawedExampleExitsOneAndListsRuleIds() throws Exception {
        assertEquals(ExitCode.FINDINGS, run("validate", example(Examples.FLAWED)));
        assertTrue(out().contains("ERROR   TL-GW-01"), out());
        assertTrue(out().contains("[DS]"), out());
    }

    @Test
    void jsonOutputIsOneObjectWithTheCounts() throws Exception {
        assertEquals(ExitCode.FINDINGS, run("validate", example(Examples.FLAWED), "--json"));
        String json = out().strip();
        assertTrue(json.startsWith("{\"file\":\"flawed.topology\",\"errors\":"), json);
        assertTrue(json.endsWith("]}"), json);
        assertTrue(json.contains("\"rule\":\"TL-GW-09\""), json);
    }

    @Test
    void aBrokenFileExitsThreeAndSaysWhereTheProblemIs() throws Exception {
        Path broken = folder.resolve("broken.topology");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\" id=\"t\">\n  <oops/>\n</topology:Topology>\n");
        assertEquals(ExitCode.IO, run("validate", broken.toString()));
        assertTrue(err().contains("broken.topology:3"), err());
        assertTrue(err().contains("unknown attribute or element 'oops'"), err());
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(ExitCode.IO, run("validate", folder.resolve("nope.topology").toString()));
        assertTrue(err().contains("no such topology file"), err());
    }

    @Test
    void validateWithoutAFileIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("validate"));
        assertTrue(err().contains("missing topology file"), err());
    }

    @Test
    void rulesListsTheCatalogue() {
        assertEquals(ExitCode.OK, run("rules"));
        long lines = out().lines().filter(l -> l.startsWith("TL-")).count();
        assertTrue(lines >= 30, "rules listed: " + lines);
    }

    @Test
    void sizePrintsEverySiteAndTheOrganisation() throws Exception {
        assertEquals(ExitCode.OK, run("size", example(Examples.MULTI_SITE_ENTERPRISE), "--explain"));
        assertTrue(out().contains("London"), out());
        assertTrue(out().contains("served elsewhere"), out());
        assertTrue(out().contains("Rule of thumb [DS"), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("organisation")), out());
    }

    @Test
    void generateWritesALoadableTopology() throws Exception {
        Path file = folder.resolve("big.topology");
        assertEquals(ExitCode.OK, run("generate", "--sites", "120", "--seed", "4", "--out", file.toString()));
        assertEquals(6, TopologyFiles.load(file).getCentralSites().size());
    }

    @Test
    void generateRejectsANonNumber() {
        assertEquals(ExitCode.USAGE, run("generate", "--sites", "many", "--out", "x.topology"));
        assertTrue(err().contains("--sites needs a whole number"), err());
    }

    @Test
    void generateRefusesMoreSitesThanTheLoaderOpensAndWritesNothing() {
        Path file = folder.resolve("huge.topology");
        assertEquals(ExitCode.USAGE, run("generate", "--sites", "100001", "--out", file.toString()));
        assertTrue(err().contains("--sites must lie between 1 and 100000 (the largest topology Trunkline opens)"), err());
        assertFalse(Files.exists(file));
    }
}
