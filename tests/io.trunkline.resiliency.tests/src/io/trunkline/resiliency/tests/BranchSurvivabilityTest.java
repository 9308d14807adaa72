package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.Outcome;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.SiteResult;

/**
 * Two branches of Paris on non-resilient WAN links. Lille (100 light users: A = 100 x 1 x 180 / 3600 = 5 E, 11
 * ports at 1 %, domain-catalogue.md §4.5) has an SBA with a 12-port gateway; Lyon (20 light users: 1 E, 5 ports)
 * has only a gateway trunked to the Mediation pool in Paris.
 */
class BranchSurvivabilityTest {

    private final Topology topology = Build.topology();
    private final CentralSite paris = Build.central(topology, "Paris", 100, UsageProfile.MODERATE);
    private final FrontEndPool frontEnd = Build.frontEnd(paris, "fe.paris");
    private final MediationPool mediation = Build.mediation(paris, "med.paris", frontEnd);
    private final BranchSite lille = Build.branch(paris, "Lille", 100, UsageProfile.LIGHT);
    private final SurvivableBranch sba = Build.sba(topology, lille, "SBA Lille 1", frontEnd, "sba1.lille.example", 12);
    private final BranchSite lyon = Build.branch(paris, "Lyon", 20, UsageProfile.LIGHT);
    private final TrunkPeer lyonGateway = Build.gateway(lyon, "gw.lyon.example", 8);
    private final WanLink parisLille = Build.wan(topology, paris, lille, false);
    private final WanLink parisLyon = Build.wan(topology, paris, lyon, false);

    BranchSurvivabilityTest() {
        Build.gateway(paris, "gw1.paris.example", 24);
        Build.trunk(topology, mediation, paris.getTrunkPeers().get(0));
        Build.trunk(topology, mediation, lyonGateway);
    }

    @Test
    void wanLossLeavesSbaUsersRegisteredOnTheirSba() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisLille)).site("Lille").orElseThrow();

        assertEquals(List.of(List.of(sba), 0L), List.of(site.registrars(), site.usersWithoutRegistration()));
    }

    @Test
    void wanLossLeavesSbaUsersCallingOutThroughTheSbaGateway() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisLille)).site("Lille").orElseThrow();

        // 12 ports of the SBA gateway against the 11 that 5 E need: calls in and out keep working.
        assertEquals(List.of(Outcome.SURVIVES, 0L, List.of(sba.getGateway()), true, 12L),
                List.of(site.pstn(), site.usersWithoutPstn(), site.gateways(), site.receivesCalls(), site.portsLeft()));
    }

    @Test
    void wanLossPutsTheSbaBranchInSurvivableMode() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisLille)).site("Lille").orElseThrow();

        assertEquals("Lille: registration via SBA Lille 1, cut off from fe.paris: voice only on the SBA/SBS (survivable"
                + " mode [EVR]); PSTN via gateway sba1.lille.example \u2014 12 of 11 ports needed", site.summary());
    }

    @Test
    void wanLossLeavesABranchWithoutSurvivabilityWithNeitherRegistrationNorPstn() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisLyon)).site("Lyon").orElseThrow();

        // All 20 Lyon users lose both: their Registrar and the Mediation pool are in Paris.
        assertEquals(List.of(Outcome.NO_SERVICE, Outcome.NO_SERVICE, 20L, 20L), List.of(site.registration(), site.pstn(),
                site.usersWithoutRegistration(), site.usersWithoutPstn()));
    }

    @Test
    void theSweepCountsTheUnprotectedWanLinkAsASinglePointOfFailureForItsTwentyUsers() {
        ElementImpact impact = ResiliencyAnalysis.of(topology).sweep().impacts().stream()
                .filter(i -> i.element() == parisLyon).findFirst().orElseThrow();

        assertEquals(List.of(true, 20L, 20L, List.of(lyon)), List.of(impact.singlePointOfFailure(), impact.usersWithoutPstn(),
                impact.usersWithoutRegistration(), impact.sitesAffected()));
    }

    @Test
    void theSweepDoesNotCountTheSbaBranchWanLinkAsASinglePointOfFailure() {
        ElementImpact impact = ResiliencyAnalysis.of(topology).sweep().impacts().stream()
                .filter(i -> i.element() == parisLille).findFirst().orElseThrow();

        assertEquals(List.of(false, Outcome.DEGRADED), List.of(impact.singlePointOfFailure(), impact.worst()));
    }

    @Test
    void aResilientWanLinkSurvivesASingleFailure() {
        parisLyon.setResilient(true);

        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(parisLyon)).site("Lyon").orElseThrow();

        assertEquals(Outcome.SURVIVES, site.overall());
    }

    @Test
    void losingTheSbaTakesItsGatewayAndMovesItsUsersToTheFrontEndPoolAfter120Seconds() {
        SiteResult site = ResiliencyAnalysis.of(topology).simulate(List.of(sba)).site("Lille").orElseThrow();

        // The appliance holds the gateway [EVR]: 100 users register with fe.paris after the SBA's default 120 s,
        // and Lille has no other peer, so nobody calls out.
        assertEquals(List.of(100L, 120, Outcome.NO_SERVICE, 100L), List.of(site.usersOnBackupRegistrar(),
                site.failoverSeconds().getAsInt(), site.pstn(), site.usersWithoutPstn()));
    }
}
