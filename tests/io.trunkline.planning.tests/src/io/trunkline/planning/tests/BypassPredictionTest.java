package io.trunkline.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.planning.BypassPrediction;
import io.trunkline.planning.BypassPrediction.Verdict;

/**
 * Bypass IDs (catalogue MB-08): one per network region, shared by its network sites without a bandwidth policy; a
 * network site with a bandwidth policy has its own. London and Leeds are in region EMEA, Boston in region NA.
 */
class BypassPredictionTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private final Topology topology = F.createTopology();
    private final CentralSite london = F.createCentralSite();
    private final BranchSite leeds = F.createBranchSite();
    private final CentralSite boston = F.createCentralSite();
    private final NetworkRegion emea = region("region-1", "EMEA", london);
    private final NetworkRegion na = region("region-2", "NA", boston);
    private final NetworkSite londonNet = networkSite("netsite-1", "London LAN", london, emea);
    private final NetworkSite leedsNet = networkSite("netsite-2", "Leeds LAN", leeds, emea);

    BypassPredictionTest() {
        london.setId("site-1");
        london.setName("London");
        leeds.setId("branch-1");
        leeds.setName("Leeds");
        london.getBranchSites().add(leeds);
        boston.setId("site-2");
        boston.setName("Boston");
        topology.getCentralSites().add(london);
        topology.getCentralSites().add(boston);
        topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
    }

    private NetworkRegion region(String id, String name, CentralSite central) {
        NetworkRegion region = F.createNetworkRegion();
        region.setId(id);
        region.setName(name);
        region.setCentralSite(central);
        topology.getNetworkRegions().add(region);
        return region;
    }

    private NetworkSite networkSite(String id, String name, Site site, NetworkRegion region) {
        NetworkSite networkSite = F.createNetworkSite();
        networkSite.setId(id);
        networkSite.setName(name);
        networkSite.setSite(site);
        networkSite.setRegion(region);
        topology.getNetworkSites().add(networkSite);
        return networkSite;
    }

    private Optional<Verdict> between(Site client, Site gateways) {
        return BypassPrediction.of(topology).between(client, gateways);
    }

    @Test
    void sitesOfOneRegionWithoutBandwidthPoliciesShareItsBypassId() {
        assertEquals(Optional.of(new Verdict(true, "both are in network region EMEA without a bandwidth policy, so they share the region's bypass ID")),
                between(leeds, london));
    }

    @Test
    void aBandwidthPolicyGivesANetworkSiteABypassIdOfItsOwn() {
        BandwidthPolicyProfile policy = F.createBandwidthPolicyProfile();
        policy.setId("bw-1");
        topology.getBandwidthPolicyProfiles().add(policy);
        leedsNet.setBandwidthPolicy(policy);

        assertEquals(Optional.of(new Verdict(false, "network site Leeds LAN has a bandwidth policy, so it has a bypass ID of its own")),
                between(leeds, london));
    }

    @Test
    void sitesOfDifferentRegionsHaveDifferentBypassIds() {
        networkSite("netsite-3", "Boston LAN", boston, na);

        assertEquals(Optional.of(new Verdict(false, "they are in different network regions (EMEA, NA), each with its own bypass ID")),
                between(london, boston));
    }

    @Test
    void aSiteWithoutANetworkSiteHasNoPrediction() {
        assertEquals(Optional.empty(), between(london, boston));
    }

    @Test
    void alwaysBypassPredictsBypassWithoutNetworkSites() {
        topology.setMediaBypassMode(MediaBypassMode.ALWAYS_BYPASS);

        assertEquals(Optional.of(true), between(london, boston).map(Verdict::bypass));
    }

    @Test
    void bypassOffPredictsNoBypassEvenWithinANetworkSite() {
        topology.setMediaBypassMode(MediaBypassMode.OFF);

        assertEquals(Optional.of(false), between(london, london).map(Verdict::bypass));
    }
}
