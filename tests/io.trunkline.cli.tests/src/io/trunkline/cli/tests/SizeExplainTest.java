package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.CentralSite;
import io.trunkline.model.UsageProfile;

/** {@code size --explain} shows every figure with its formula, numbers and source (issue 15, defects 4 and 5). */
class SizeExplainTest {

    @TempDir
    Path folder;

    private Cli explain(SmallTopologies topology) throws Exception {
        Cli run = Cli.run("size", topology.saveAs(folder.resolve("small.topology")), "--explain");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        return run;
    }

    private static SmallTopologies twentyLightUsersOn(int ports) {
        SmallTopologies t = new SmallTopologies();
        t.gateway(t.site("HQ", 20, UsageProfile.LIGHT), ports);
        return t;
    }

    @Test
    void theTrafficFormulaHasTheCallsPerUserFilledIn() throws Exception {
        // 20 light users x 1 PSTN call each in the busy hour x 180 s / 3,600 s = 1 E [UM, DS]
        Cli run = explain(twentyLightUsersOn(4));
        assertTrue(run.out().contains("A = 20 users x 1 call in the busy hour x 180 s / 3,600 s = 1.00 E"), run.toString());
    }

    @Test
    void theVerdictWeighsErlangBBlockingToo() throws Exception {
        // ⌈20 / 15⌉ = 2 ports ≤ 4 drawn, but B(4, 1 E) = 1/65 = 1.54 % > 1 %; B(5, 1 E) = 1/326 ≤ 1 %: 5 ports.
        Cli run = explain(twentyLightUsersOn(4));
        assertTrue(run.out().contains("covered by the rule of thumb; but blocking 1.54 % is above 1.00 %: Erlang B needs 5 ports"),
                run.toString());
    }

    @Test
    void negligibleBlockingReadsAsBelowOneHundredthOfAPercent() throws Exception {
        Cli run = explain(twentyLightUsersOn(960));
        assertTrue(run.out().contains("B(960, 1.00 E) = < 0.01 % blocking"), run.toString());
        assertFalse(Pattern.compile("\\d[eE]-\\d").matcher(run.out()).find(), run.toString());
    }

    @Test
    void theOrganisationLineSaysDrawnAndNeededInSoManyWords() throws Exception {
        // One site of ⌈20 / 15⌉ = 2 ports needs 1 gateway; the organisation wants at least 2 [DS].
        Cli run = explain(twentyLightUsersOn(4));
        assertTrue(run.out().contains("gateways: 1 drawn, 2 needed"), run.toString());
        assertTrue(run.out().contains("max(sum over the sites of ⌈site ports / 960⌉ = 1, 2 for availability) = 2 needed"),
                run.toString());
    }

    @Test
    void theOrganisationNeedsTheSumOfEachSitesGateways() throws Exception {
        SmallTopologies t = new SmallTopologies();
        t.gateway(t.site("Paris", 5_000, UsageProfile.HEAVY), 960);
        t.gateway(t.site("Berlin", 5_000, UsageProfile.HEAVY), 960);
        // Each site: 5,000 / 5 = 1,000 ports → ⌈1,000 / 960⌉ = 2; 2 + 2 = 4, not ⌈2,000 / 960⌉ = 3.
        Cli run = explain(t);
        assertTrue(run.out().contains("gateways: 2 drawn, 4 needed"), run.toString());
    }

    @Test
    void mediationAndFrontEndReasoningIsPrinted() throws Exception {
        SmallTopologies t = new SmallTopologies();
        CentralSite hq = t.site("HQ", 1_900, UsageProfile.HEAVY);
        t.collocatedMediation(hq, 2, t.gateway(hq, 480));
        // A = 1,900 x 3 x 180 / 3,600 = 285 E; rule of thumb 1,900 / 5 = 380; Erlang B at 1 % 309 ports
        // (B(308) = 1.004 %, B(309) = 0.917 %, exact rational recurrence); capacity 2 x 150 = 300.
        Cli run = explain(t);
        assertTrue(run.out().contains("Mediation pool HQ Mediation:"), run.toString());
        assertTrue(run.out().contains("max(rule of thumb 380, Erlang B 309 at 1.00 %) = 380"), run.toString());
        assertTrue(run.out().contains("Verdict: 380 calls > capacity 300: over by 80."), run.toString());
        assertTrue(run.out().contains("Front End pool HQ Front End:"), run.toString());
        // ⌈1,900 / 6,660⌉ = 1 server recommended [UMU]
        assertTrue(run.out().contains("⌈1,900 users / 6,660 users per server⌉ = 1; 2 drawn"), run.toString());
    }
}
