package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;

/**
 * {@code validate --format sarif}: a SARIF 2.1.0 log a Git host shows on pull requests, read back as data
 * (issue 15, "Command line for CI"). The properties checked are those SARIF 2.1.0 requires (§3.13 sarifLog
 * version and runs, §3.14 run.tool, §3.19 toolComponent.name, §3.27 result.message, §3.49 rules with id) and those
 * code scanning reads (ruleId, level, artifactLocation.uri, region.startLine).
 */
class SarifOutputTest {

    @TempDir
    Path folder;

    private Map<String, Object> sarifOf(String... files) {
        String[] args = new String[files.length + 3];
        args[0] = "validate";
        System.arraycopy(files, 0, args, 1, files.length);
        args[files.length + 1] = "--format";
        args[files.length + 2] = "sarif";
        Cli run = Cli.run(args);
        assertTrue(run.exitCode() == ExitCode.FINDINGS || run.exitCode() == ExitCode.IO || run.exitCode() == ExitCode.OK,
                run.toString());
        return Json.object(Json.parse(run.out()));
    }

    private Path flawed() throws Exception {
        Path file = folder.resolve(Examples.fileName(Examples.FLAWED));
        Examples.copyTo(Examples.FLAWED, file);
        return file;
    }

    private static Map<String, Object> run(Map<String, Object> log) {
        return Json.object(Json.array(log.get("runs")).get(0));
    }

    private static List<Map<String, Object>> rules(Map<String, Object> log) {
        Map<String, Object> driver = Json.object(Json.object(run(log).get("tool")).get("driver"));
        return Json.array(driver.get("rules")).stream().map(Json::object).toList();
    }

    private static List<Map<String, Object>> results(Map<String, Object> log) {
        return Json.array(run(log).get("results")).stream().map(Json::object).toList();
    }

    private static Map<String, Object> physical(Map<String, Object> result) {
        return Json.object(Json.object(Json.array(result.get("locations")).get(0)).get("physicalLocation"));
    }

    @Test
    void aSarifLibraryReadsTheLogBackWithNoPropertyTheSchemaLacks() throws Exception {
        Path file = flawed();
        Cli run = Cli.run("validate", file.toString(), "--format", "sarif");
        // java-sarif's classes are generated from the SARIF 2.1.0 JSON schema; Jackson refuses a property the
        // schema does not define (FAIL_ON_UNKNOWN_PROPERTIES) and a level that is not one of its values.
        SarifSchema210 log = new ObjectMapper().readValue(run.out(), SarifSchema210.class);
        assertEquals(SarifSchema210.Version._2_1_0, log.getVersion());
        com.contrastsecurity.sarif.Run only = log.getRuns().get(0);
        Set<String> rules = only.getTool().getDriver().getRules().stream().map(ReportingDescriptor::getId)
                .collect(Collectors.toSet());
        assertTrue(only.getResults().stream().allMatch(r -> rules.contains(r.getRuleId())), "every ruleId is a driver rule");
        Result gw05 = only.getResults().stream().filter(r -> r.getRuleId().equals("TL-GW-05")).findFirst().orElseThrow();
        assertEquals(Result.Level.WARNING, gw05.getLevel());
        // line 5 of flawed.topology holds the 1,200-port gateway peer-dead0301
        assertEquals(5, gw05.getLocations().get(0).getPhysicalLocation().getRegion().getStartLine());
    }

    @Test
    void theLogIsSarif210WithOneRunOfTrunkline() throws Exception {
        Map<String, Object> log = sarifOf(flawed().toString());
        assertEquals("2.1.0", log.get("version"));
        assertEquals(1, Json.array(log.get("runs")).size());
        assertEquals("Trunkline", Json.object(Json.object(run(log).get("tool")).get("driver")).get("name"));
    }

    @Test
    void everyResultsRuleIdIsOneOfTheDriversRulesAtItsIndex() throws Exception {
        Map<String, Object> log = sarifOf(flawed().toString());
        List<Map<String, Object>> rules = rules(log);
        List<Map<String, Object>> results = results(log);
        assertTrue(results.size() >= 30, "the flawed example breaks 30+ rules: " + results.size());
        Set<Object> ids = rules.stream().map(r -> r.get("id")).collect(Collectors.toSet());
        for (Map<String, Object> result : results) {
            assertTrue(ids.contains(result.get("ruleId")), "unknown rule " + result.get("ruleId"));
            int index = ((Double) result.get("ruleIndex")).intValue();
            assertEquals(result.get("ruleId"), rules.get(index).get("id"), "ruleIndex of " + result);
            assertTrue(Set.of("error", "warning", "note").contains(result.get("level")), result.toString());
            assertFalse(((String) Json.object(result.get("message")).get("text")).isBlank(), result.toString());
        }
    }

    @Test
    void everyRuleHasHelpTextNamingItsSource() throws Exception {
        for (Map<String, Object> rule : rules(sarifOf(flawed().toString()))) {
            String help = (String) Json.object(rule.get("help")).get("text");
            assertTrue(help.startsWith("Source ["), rule.toString());
            assertFalse(((String) Json.object(rule.get("shortDescription")).get("text")).isBlank(), rule.toString());
        }
        Map<String, Object> gw01 = rules(sarifOf(flawed().toString())).stream().filter(r -> r.get("id").equals("TL-GW-01"))
                .findFirst().orElseThrow();
        assertTrue(((String) Json.object(gw01.get("help")).get("text")).contains(
                "Each PSTN gateway that you deploy must have at least one corresponding Mediation Server."), gw01.toString());
    }

    @Test
    void aFindingPointsAtTheFileAndTheLineOfItsElement() throws Exception {
        Path file = flawed();
        // Line 5 of flawed.topology is <trunkPeers id="peer-dead0301" name="Paris gateway" ... pstnPorts="1200" ...>,
        // a gateway of more than 960 ports (TL-GW-05).
        assertTrue(Files.readAllLines(file).get(4).contains("id=\"peer-dead0301\""), "the example still has it on line 5");
        Map<String, Object> gw05 = results(sarifOf(file.toString())).stream()
                .filter(r -> r.get("ruleId").equals("TL-GW-05")).findFirst().orElseThrow();
        assertEquals("warning", gw05.get("level"));
        assertEquals(file.toUri().toASCIIString(), Json.object(physical(gw05).get("artifactLocation")).get("uri"));
        assertEquals(5.0, Json.object(physical(gw05).get("region")).get("startLine"));
    }

    @Test
    void aRelativePathStaysARelativeUriWithForwardSlashes() throws Exception {
        Path file = flawed();
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        Map<String, Object> any = results(sarifOf(relative.toString())).get(0);
        String uri = (String) Json.object(physical(any).get("artifactLocation")).get("uri");
        assertFalse(uri.startsWith("file:") || uri.startsWith("/"), uri);
        assertEquals(relative.toString().replace('\\', '/'), uri);
    }

    @Test
    void aFileThatDoesNotLoadIsAResultAtTheLineTheLoaderNames() throws Exception {
        Path broken = folder.resolve("broken.topology");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\" id=\"t\">\n  <oops/>\n</topology:Topology>\n");
        Map<String, Object> log = sarifOf(broken.toString());
        Map<String, Object> result = results(log).get(0);
        assertEquals("TL-FILE", result.get("ruleId"));
        assertEquals("error", result.get("level"));
        assertEquals(3.0, Json.object(physical(result).get("region")).get("startLine"), "<oops/> is on line 3");
        assertTrue(rules(log).stream().anyMatch(r -> r.get("id").equals("TL-FILE")));
    }
}
