package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.Topology;
import io.trunkline.model.UsageProfile;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.Outcome;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.SiteResult;

/** Paris (100 users) and Berlin (50 users), each Front End pool the other's backup Registrar, on a resilient WAN. */
class BackupRegistrarTest {

    private final Topology topology = Build.topology();
    private final CentralSite paris = Build.central(topology, "Paris", 100, UsageProfile.MODERATE);
    private final CentralSite berlin = Build.central(topology, "Berlin", 50, UsageProfile.MODERATE);
    private final FrontEndPool parisPool = Build.frontEnd(paris, "fe.paris");
    private final FrontEndPool berlinPool = Build.frontEnd(berlin, "fe.berlin");

    BackupRegistrarTest() {
        parisPool.setBackupRegistrar(berlinPool);
        berlinPool.setBackupRegistrar(parisPool);
        Build.wan(topology, paris, berlin, true);
    }

    @Test
    void losingAFrontEndPoolMovesItsUsersToTheBackupAfterTheCentralFailoverInterval() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisPool)).site("Paris").orElseThrow();

        // All 100 Paris users register with fe.berlin after 300 s [EVR]; none is left without registration.
        assertEquals(List.of(Outcome.DEGRADED, List.of(berlinPool), 100L, 300, 0L), List.of(site.registration(),
                site.registrars(), site.usersOnBackupRegistrar(), site.failoverSeconds().getAsInt(),
                site.usersWithoutRegistration()));
    }

    @Test
    void theBackupPoolIsShownDegradedWhileItCarriesTheFailedOverUsers() {
        var result = ResiliencyAnalysis.of(topology).simulate(List.of(parisPool));

        assertEquals(List.of(Outcome.FAILED, Outcome.DEGRADED), List.of(result.outcome("fe.paris"), result.outcome("fe.berlin")));
    }

    @Test
    void withoutABackupLosingTheFrontEndPoolLeavesItsUsersUnregistered() {
        parisPool.setBackupRegistrar(null);

        ElementImpact impact = ResiliencyAnalysis.of(topology).impactOf(ResiliencyAnalysis.of(topology).simulate(List.of(parisPool)));

        assertEquals(List.of(100L, List.of(paris)), List.of(impact.usersWithoutRegistration(), impact.sitesAffected()));
    }

    @Test
    void losingBothPoolsTogetherLeavesEveryoneUnregistered() {
        ResiliencyAnalysis analysis = ResiliencyAnalysis.of(topology);

        ElementImpact impact = analysis.impactOf(analysis.simulate(List.of(parisPool, berlinPool)));

        // N-2: 100 + 50 = 150 users.
        assertEquals(150L, impact.usersWithoutRegistration());
    }
}
