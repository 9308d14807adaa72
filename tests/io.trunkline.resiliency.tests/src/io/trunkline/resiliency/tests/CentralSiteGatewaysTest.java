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
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.Outcome;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.SiteResult;

/**
 * A central site with two 12-port gateways on one Mediation pool. Paris has 100 moderate users:
 * A = 100 x 2 calls x 180 s / 3600 = 10 E, which needs 18 ports at 1 % (B(18, 10) = 0.007142, B(17, 10) > 0.01;
 * domain-catalogue.md §4.5). Drawn: 2 x 12 = 24 ports.
 */
class CentralSiteGatewaysTest {

    private final Topology topology = Build.topology();
    private final CentralSite paris = Build.central(topology, "Paris", 100, UsageProfile.MODERATE);
    private final FrontEndPool frontEnd = Build.frontEnd(paris, "fe.paris");
    private final MediationPool mediation = Build.mediation(paris, "med.paris", frontEnd);
    private final TrunkPeer gw1 = Build.gateway(paris, "gw1.paris.example", 12);
    private final TrunkPeer gw2 = Build.gateway(paris, "gw2.paris.example", 12);

    CentralSiteGatewaysTest() {
        Build.trunk(topology, mediation, gw1);
        Build.trunk(topology, mediation, gw2);
    }

    @Test
    void withNothingFailedBothGatewaysCarryTheCallsWithEnoughPorts() {
        SiteResult site = ResiliencyAnalysis.of(topology).baseline().site("Paris").orElseThrow();

        // 24 ports drawn against 18 needed.
        assertEquals(List.of(Outcome.SURVIVES, 24L, 18), List.of(site.overall(), site.portsLeft(), site.portsNeeded().getAsInt()));
    }

    @Test
    void losingOneGatewayDegradesTheSiteWithoutDisconnectingAnyone() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(gw1)).site("Paris").orElseThrow();

        // gw2 alone: 12 of the 18 ports; all 100 users still call out.
        assertEquals(List.of(Outcome.DEGRADED, 0L, List.of(gw2), 12L),
                List.of(site.pstn(), site.usersWithoutPstn(), site.gateways(), site.portsLeft()));
    }

    @Test
    void theReasonNamesTheRemainingGatewayAndThePorts() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(gw1)).site("Paris").orElseThrow();

        assertEquals("Paris: registration via fe.paris; PSTN via gateway gw2.paris.example \u2014 12 of 18 ports needed,"
                + " 1 of 2 peers out of service", site.summary());
    }

    @Test
    void theSweepListsTheGatewayAsShortOfPortsNotAsASinglePointOfFailure() {
        ElementImpact impact = ResiliencyAnalysis.of(topology).sweep().impacts().stream()
                .filter(i -> i.element() == gw1).findFirst().orElseThrow();

        // 18 needed - 12 left = 6 ports short; nobody loses PSTN or registration.
        assertEquals(List.of(false, true, 6L), List.of(impact.singlePointOfFailure(), impact.shortOfPorts(), impact.portShortfall()));
    }

    @Test
    void theFailedGatewayIsMarkedFailedAndTheOtherStillServes() {
        var result = ResiliencyAnalysis.of(topology).simulate(List.of(gw1));

        assertEquals(List.of(Outcome.FAILED, Outcome.SURVIVES, Outcome.DEGRADED),
                List.of(result.outcome("gw1.paris.example"), result.outcome("gw2.paris.example"), result.outcome("Paris")));
    }
}
