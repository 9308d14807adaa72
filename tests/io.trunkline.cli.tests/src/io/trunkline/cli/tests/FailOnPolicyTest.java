package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.examples.Examples;

/**
 * One exit policy for validate, plan and export (issue 15, defect 6): exit 1 when a finding reaches
 * {@code --fail-on} (default error), worksheets written all the same.
 */
class FailOnPolicyTest {

    @TempDir
    Path folder;

    private String flawed() throws Exception {
        Path file = folder.resolve(Examples.fileName(Examples.FLAWED));
        Examples.copyTo(Examples.FLAWED, file);
        return file.toString();
    }

    /** 20 light users on one 4-port gateway: no error, but warnings (TL-GW-04: one gateway where 2 are advised). */
    private String warningsOnly() throws Exception {
        SmallTopologies t = new SmallTopologies();
        CentralSite hq = t.site("HQ", 20, UsageProfile.LIGHT);
        t.collocatedMediation(hq, 3, t.gateway(hq, 4));
        return t.saveAs(folder.resolve("warnings.topology"));
    }

    @Test
    void exportOfATopologyWithErrorsExitsOneAndStillWritesTheWorksheets() throws Exception {
        Path out = folder.resolve("out");
        Cli run = Cli.run("export", flawed(), "--out", out.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.toString());
        assertTrue(Files.exists(out.resolve("flawed.xlsx")), run.toString());
        assertTrue(run.err().contains("at or above --fail-on error"), run.toString());
    }

    @Test
    void failOnNeverExitsZeroOnEveryCommand() throws Exception {
        String file = flawed();
        assertEquals(ExitCode.OK, Cli.run("validate", file, "--fail-on", "never").exitCode());
        assertEquals(ExitCode.OK, Cli.run("plan", file, "--out", folder.resolve("p").toString(), "--fail-on", "never").exitCode());
        assertEquals(ExitCode.OK, Cli.run("export", file, "--out", folder.resolve("e").toString(), "--fail-on", "never").exitCode());
    }

    @Test
    void warningsFailOnlyWhenAskedToOnEveryCommand() throws Exception {
        String file = warningsOnly();
        Cli plain = Cli.run("validate", file);
        assertEquals(ExitCode.OK, plain.exitCode(), plain.toString());
        assertTrue(plain.out().matches("(?s).*0 errors, [1-9]\\d* warnings.*"), plain.toString());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", file, "--fail-on", "warning").exitCode());
        assertEquals(ExitCode.FINDINGS, Cli.run("plan", file, "--out", folder.resolve("p").toString(), "--fail-on", "warning").exitCode());
        assertEquals(ExitCode.FINDINGS, Cli.run("export", file, "--out", folder.resolve("e").toString(), "--fail-on", "warning").exitCode());
    }

    @Test
    void anUnknownLevelIsAUsageErrorThatNamesTheChoices() throws Exception {
        Cli run = Cli.run("export", flawed(), "--out", folder.resolve("out").toString(), "--fail-on", "sometimes");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--fail-on takes error, warning or never, not 'sometimes'"), run.toString());
        assertTrue(Files.notExists(folder.resolve("out")), "nothing written on a usage error");
    }
}
