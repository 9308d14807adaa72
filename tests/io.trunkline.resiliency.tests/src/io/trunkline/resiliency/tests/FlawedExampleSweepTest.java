package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.FailureResult;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.Sweep;

/**
 * The N-1 sweep of the flawed example (bundles/io.trunkline.model/examples/flawed.topology). Before anything fails:
 * Paris (5,000 users) registers on its Front End pool and calls through "Paris gateway" (trunks to the Mediation
 * pool collocated on that Front End pool); Lyon (400) registers in Paris and calls through its gateway trunked to
 * the Berlin Mediation pool; Lille (3,000) registers on its three SBAs (1,000 each) and calls through its SBA
 * gateway (trunks to the Berlin and Paris Mediation pools); the branch "Paris" in Nice (20, no WAN link drawn, so
 * taken to reach Paris) registers in Paris but has no PSTN route; Berlin (1,000) has no Registrar at all.
 */
class FlawedExampleSweepTest {

    private static Sweep sweep;

    @BeforeAll
    static void sweep() throws IOException {
        sweep = ResiliencyAnalysis.of(Examples.load(Examples.FLAWED, TopologyFiles.newResourceSet())).sweep();
    }

    @Test
    void beforeAnyFailureBerlinAndNiceAlreadyLackService() {
        FailureResult baseline = sweep.baseline();

        // Berlin 1,000 (no Registrar) + Nice 20 (no PSTN route) without PSTN; Berlin's 1,000 without registration.
        assertEquals(List.of(1_020L, 1_000L), List.of(baseline.usersWithoutPstn(), baseline.usersWithoutRegistration()));
    }

    @Test
    void losingTheParisFrontEndPoolCostsTheMost() {
        ElementImpact worst = sweep.singlePointsOfFailure().get(0);

        // No backup Registrar: Paris 5,000 + Lyon 400 + Nice 20 = 5,420 cannot register; without PSTN 5,000 + 400 =
        // 5,400 (Nice had none; the collocated Mediation pool goes too, but Lille keeps its trunk to Berlin).
        assertEquals(List.of("fe-dead0201", 5_400L, 5_420L),
                List.of(worst.element().getId(), worst.usersWithoutPstn(), worst.usersWithoutRegistration()));
    }

    @Test
    void losingTheParisSiteCountsTheUsersOfOtherSitesOnly() {
        ElementImpact paris = sweep.impacts().stream().filter(i -> i.element().getId().equals("site-dead0101")).findFirst()
                .orElseThrow();

        // Its own 5,000 users go down with it. Without PSTN: Lyon 400 + Lille 3,000 (its only WAN link goes with
        // Paris) = 3,400; without registration: Lyon 400 + Nice 20 = 420 (Lille stays on its SBAs).
        assertEquals(List.of(3_400L, 420L), List.of(paris.usersWithoutPstn(), paris.usersWithoutRegistration()));
    }

    @Test
    void theSinglePointsOfFailureAreSortedByUsersAffected() {
        List<String> ids = sweep.singlePointsOfFailure().stream().map(i -> i.element().getId() + " " + i.usersAffected()).toList();

        // Paris FE 5,420; Paris Mediation and Paris gateway 5,000 (Paris's only trunked pool and its only working
        // peer); the Paris site 3,400; the Lille SBA gateway and the Paris - Lille link 3,000; Lille SBA 1 (no Front
        // End pool, so no backup) 1,000; then Lyon's 400: its gateway, the Berlin site and Mediation pool (Lyon's
        // only trunk), the Paris - Lyon and Paris - Berlin links. Branch sites take only their own users down.
        assertEquals(List.of("fe-dead0201 5420", "med-dead0201 5000", "peer-dead0301 5000", "site-dead0101 3400",
                "peer-dead0305 3000", "wan-dead0802 3000", "sba-dead0201 1000", "peer-dead0304 400", "site-dead0105 400",
                "med-dead0202 400", "wan-dead0801 400", "wan-dead0803 400"), ids);
    }

    @Test
    void theDirectorIsNoSinglePointOfFailureButItsLossStopsIncomingCallsInParis() {
        ElementImpact director = sweep.impacts().stream().filter(i -> i.element().getId().equals("dir-dead0201")).findFirst()
                .orElseThrow();

        // The Paris Mediation pool's next hop: calls out still work, calls in do not.
        assertEquals(List.of(false, "Paris degraded"), List.of(director.singlePointOfFailure(), director.cost()));
    }

    @Test
    void everyOutputStatesTheRoutingAssumption() {
        assertEquals("Assumed routing (the topology has no voice routes or PSTN usages yet): a site's users call out through its own "
                + "gateways, then through those of the site that serves its PSTN.", sweep.baseline().assumption());
    }
}
