package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.UsageProfile;

/** {@code --rules FILE} on validate, plan and export: the settings apply, and a bad file stops the command before it writes. */
class RulesOptionTest {

    @TempDir
    Path folder;

    /** 20 light users on one 4-port gateway: no error, one TL-GW-04 warning (one gateway where 2 are advised). */
    private String oneGateway() throws Exception {
        SmallTopologies t = new SmallTopologies();
        CentralSite hq = t.site("HQ", 20, UsageProfile.LIGHT);
        t.collocatedMediation(hq, 3, t.gateway(hq, 4));
        return t.saveAs(folder.resolve("one-gateway.topology"));
    }

    private String rules(String text) throws Exception {
        return Files.writeString(folder.resolve("rules.properties"), text, StandardCharsets.UTF_8).toString();
    }

    @Test
    void aRuleSwitchedOffIsNotReported() throws Exception {
        String file = oneGateway();
        assertTrue(Cli.run("validate", file).out().contains("TL-GW-04"), "the topology has the warning to switch off");
        Cli run = Cli.run("validate", file, "--rules", rules("TL-GW-04 = off\n"));
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertFalse(run.out().contains("TL-GW-04"), run.toString());
    }

    @Test
    void aWarningRaisedToAnErrorFailsTheRun() throws Exception {
        String file = oneGateway();
        assertEquals(ExitCode.OK, Cli.run("validate", file).exitCode());
        Cli run = Cli.run("validate", file, "--rules", rules("TL-GW-04 = error\n"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().contains("ERROR   TL-GW-04"), run.toString());
    }

    @Test
    void aBadRulesFileIsAUsageErrorNamingFileLineAndProblem() throws Exception {
        String file = oneGateway();
        String rules = rules("# ours\nTL-GW-04 = sometimes\n");
        Cli run = Cli.run("validate", file, "--rules", rules);
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals("trunkline validate: " + rules + ":2: TL-GW-04 is set to 'sometimes'; a rule can be off, on, error, warning or info\n",
                run.err(), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void planWithABadRulesFileWritesNothing() throws Exception {
        Path out = folder.resolve("out");
        Cli run = Cli.run("plan", oneGateway(), "--out", out.toString(), "--rules", rules("TL-NOPE = off"));
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains(":1: no rule 'TL-NOPE' in the catalogue"), run.toString());
        assertTrue(Files.notExists(out), run.toString());
    }

    @Test
    void exportWithAMissingRulesFileWritesNothing() throws Exception {
        Path out = folder.resolve("out");
        Cli run = Cli.run("export", oneGateway(), "--out", out.toString(), "--rules", folder.resolve("none.properties").toString());
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().endsWith("none.properties: no such rule settings file\n"), run.toString());
        assertTrue(Files.notExists(out), run.toString());
    }

    @Test
    void theExportedValidationSheetFollowsTheSettings() throws Exception {
        Path out = folder.resolve("out");
        String file = oneGateway();
        Cli plain = Cli.run("export", file, "--out", out.toString(), "--format", "csv");
        assertEquals(ExitCode.OK, plain.exitCode(), plain.toString());
        assertTrue(Files.readString(out.resolve("one-gateway-validation.csv")).contains("TL-GW-04"));
        Cli run = Cli.run("export", file, "--out", out.toString(), "--format", "csv", "--rules", rules("TL-GW-04 = off"));
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertFalse(Files.readString(out.resolve("one-gateway-validation.csv")).contains("TL-GW-04"));
    }

    @Test
    void planFollowsTheSettingsInItsFindingsAndItsExitCode() throws Exception {
        Cli run = Cli.run("plan", oneGateway(), "--out", folder.resolve("out").toString(), "--rules", rules("TL-GW-04 = error"));
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().contains("ERROR   TL-GW-04"), run.toString());
    }
}
