package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.resiliency.FailureResult;
import io.trunkline.resiliency.Outcome;
import io.trunkline.resiliency.ResiliencyAnalysis;

/**
 * Paris (100 moderate users, 18 ports needed, see {@link CentralSiteGatewaysTest}) with two Mediation pools: gw1
 * (12 ports) is trunked to med.a only, gw2 (12 ports) to med.a and med.b (M:N trunks [MNT]).
 */
class MediationTrunksTest {

    private final Topology topology = Build.topology();
    private final CentralSite paris = Build.central(topology, "Paris", 100, UsageProfile.MODERATE);
    private final FrontEndPool frontEnd = Build.frontEnd(paris, "fe.paris");
    private final MediationPool medA = Build.mediation(paris, "med.a", frontEnd);
    private final MediationPool medB = Build.mediation(paris, "med.b", frontEnd);
    private final TrunkPeer gw1 = Build.gateway(paris, "gw1.paris.example", 12);
    private final TrunkPeer gw2 = Build.gateway(paris, "gw2.paris.example", 12);

    MediationTrunksTest() {
        Build.trunk(topology, medA, gw1);
        Build.trunk(topology, medA, gw2);
        Build.trunk(topology, medB, gw2);
    }

    @Test
    void aGatewayWithNoOtherTrunkIsOutOfServiceWhenItsMediationPoolFails() {
        FailureResult result = ResiliencyAnalysis.of(topology).simulate(List.of(medA));

        assertEquals(Outcome.NO_SERVICE, result.outcome("gw1.paris.example"));
    }

    @Test
    void aGatewayWithAnotherTrunkCarriesOnDegraded() {
        FailureResult result = ResiliencyAnalysis.of(topology).simulate(List.of(medA));

        assertEquals(Outcome.DEGRADED, result.outcome("gw2.paris.example"));
    }

    @Test
    void theSiteCallsOutThroughTheGatewayThatKeptATrunk() {
        var site = ResiliencyAnalysis.of(topology).simulate(List.of(medA)).site("Paris").orElseThrow();

        // Only gw2's 12 of the 18 ports needed remain.
        assertEquals(List.of(List.of(gw2), 12L, 0L), List.of(site.gateways(), site.portsLeft(), site.usersWithoutPstn()));
    }

    @Test
    void withoutTheSecondTrunkTheMediationPoolIsASinglePointOfFailure() {
        topology.getTrunks().remove(2);

        var impact = ResiliencyAnalysis.of(topology).sweep().singlePointsOfFailure().stream()
                .filter(i -> i.element() == medA).findFirst().orElseThrow();

        // Neither gateway keeps a trunk: all 100 Paris users lose PSTN, none loses registration.
        assertEquals(List.of(100L, 0L, List.of(paris)), List.of(impact.usersWithoutPstn(), impact.usersWithoutRegistration(),
                impact.sitesAffected()));
    }
}
