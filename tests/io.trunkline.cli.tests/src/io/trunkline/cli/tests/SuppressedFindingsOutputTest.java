package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.UsageProfile;

/**
 * Suppressed findings as the command line shows them (issue 15, rules users configure): listed with their reason in
 * text and JSON, a SARIF {@code suppressions} entry, a suppressed row on the Validation sheet, and an exit code as
 * if they were not there.
 */
class SuppressedFindingsOutputTest {

    private static final String REASON = "One gateway accepted until the second arrives in Q3 (change 881)";

    @TempDir
    Path folder;

    /**
     * 20 light users on one 4-port gateway: a TL-GW-04 warning (one gateway where two are advised, reported on the
     * topology) and a TL-GW-25 info (4 ports block 1.54 %), with a suppression of {@code rule} on TL-GW-04's element
     * for {@link #REASON}.
     */
    private String suppressed(String rule) throws Exception {
        SmallTopologies t = new SmallTopologies();
        CentralSite hq = t.site("HQ", 20, UsageProfile.LIGHT);
        t.collocatedMediation(hq, 3, t.gateway(hq, 4));
        Path file = folder.resolve("suppressed.topology");
        t.saveAs(file);
        Map<String, Object> finding = Json.object(Json.array(Json.object(Json.parse(Cli.run("validate", file.toString(), "--format", "json").out()))
                .get("findings")).get(0));
        assertEquals("TL-GW-04", finding.get("rule"), "the first finding before suppressing");
        io.trunkline.model.Suppression suppression = TopologyFactory.eINSTANCE.createSuppression();
        suppression.setId("supp-00000001");
        suppression.setName("one gateway for now");
        suppression.setRuleId(rule);
        suppression.setElement(element(t, (String) finding.get("element")));
        suppression.setReason(REASON);
        t.topology().getSuppressions().add(suppression);
        return t.saveAs(file);
    }

    private static Element element(SmallTopologies t, String id) {
        if (id.equals(t.topology().getId())) {
            return t.topology();
        }
        for (Iterator<EObject> all = t.topology().eAllContents(); all.hasNext();) {
            if (all.next() instanceof Element e && id.equals(e.getId())) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void textListsTheSuppressedFindingWithItsReasonAndCountsItNowhere() throws Exception {
        Cli run = Cli.run("validate", suppressed("TL-GW-04"), "--fail-on", "warning");
        assertEquals(ExitCode.OK, run.exitCode(), "a suppressed warning does not fail --fail-on warning\n" + run);
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("SUPPRESSED (WARNING) TL-GW-04 topo-00000001: The organisation has 1 PSTN gateway")
                && line.endsWith(" reason: " + REASON)), run.toString());
        assertTrue(run.out().endsWith("suppressed.topology: 0 errors, 0 warnings, 1 infos, 1 suppressed\n"), run.toString());
    }

    @Test
    void jsonListsItApartWithTheReason() throws Exception {
        Cli run = Cli.run("validate", suppressed("TL-GW-04"), "--format", "json");
        Map<String, Object> report = Json.object(Json.parse(run.out()));
        assertEquals(0, ((Number) report.get("warnings")).intValue());
        assertEquals(List.of("TL-GW-25"), Json.array(report.get("findings")).stream().map(f -> Json.object(f).get("rule")).toList());
        Map<String, Object> suppressed = Json.object(Json.array(report.get("suppressed")).get(0));
        assertEquals("TL-GW-04", suppressed.get("rule"));
        assertEquals("warning", suppressed.get("severity"));
        assertEquals(REASON, suppressed.get("reason"));
    }

    @Test
    void sarifGivesTheResultAnInSourceSuppressionWithTheReason() throws Exception {
        Cli run = Cli.run("validate", suppressed("TL-GW-04"), "--format", "sarif");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        SarifSchema210 log = new ObjectMapper().readValue(run.out(), SarifSchema210.class);
        List<Result> results = log.getRuns().get(0).getResults();
        Result result = results.stream().filter(r -> r.getRuleId().equals("TL-GW-04")).findFirst().orElseThrow();
        Result info = results.stream().filter(r -> r.getRuleId().equals("TL-GW-25")).findFirst().orElseThrow();
        assertTrue(info.getSuppressions() == null || info.getSuppressions().isEmpty(), "the other finding is not suppressed");
        assertEquals(1, result.getSuppressions().size());
        Suppression suppression = result.getSuppressions().iterator().next();
        assertEquals(Suppression.Kind.IN_SOURCE, suppression.getKind());
        assertEquals(REASON, suppression.getJustification());
    }

    @Test
    void theValidationSheetListsItAsSuppressed() throws Exception {
        Path out = folder.resolve("out");
        Cli run = Cli.run("export", suppressed("TL-GW-04"), "--out", out.toString(), "--format", "csv");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        String sheet = Files.readString(out.resolve("suppressed-validation.csv"), StandardCharsets.UTF_8);
        assertTrue(sheet.contains("suppressed warning,TL-GW-04,"), sheet);
        assertTrue(sheet.contains("Suppressed: " + REASON), sheet);
    }

    @Test
    void aSuppressionOfAnUnknownRuleIsAWarningAndSuppressesNothing() throws Exception {
        Cli run = Cli.run("validate", suppressed("TL-GW-4"));
        assertTrue(run.out().contains("TL-GW-04"), run.toString());
        assertTrue(run.out().contains("WARNING TL-SP-01  supp-00000001: The suppression 'one gateway for now' names rule 'TL-GW-4', which is not in the catalogue"),
                run.toString());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", suppressed("TL-GW-4"), "--fail-on", "warning").exitCode());
    }
}
