package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.CentralSite;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.MediationPool;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Subnet;
import io.trunkline.model.Suppression;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Voice routing, call admission control, E9-1-1 locations and suppressions (issue 15) survive a save and a load:
 * references resolve to the same elements, ordered lists keep the planner's order (the canonical save sorts
 * contained elements, never the order of a route's trunks or a policy's usages), and saving again gives the same
 * bytes.
 */
class RoutingAndAdmissionRoundTripTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    @Test
    void aRouteKeepsItsTrunksInThePlannersOrder() throws IOException {
        VoiceRoute route = reload(build()).getVoiceRoutes().get(0);
        // Built as trunk-…02 before trunk-…01: the order of preference, not the order of the ids.
        assertEquals(List.of("trunk-00000002", "trunk-00000001"), route.getTrunks().stream().map(Trunk::getId).toList());
    }

    @Test
    void aPolicyKeepsItsUsagesInThePlannersOrder() throws IOException {
        VoicePolicy policy = reload(build()).getVoicePolicies().get(0);
        assertEquals(List.of("usage-00000002", "usage-00000001"),
                policy.getPstnUsages().stream().map(PstnUsage::getId).toList());
    }

    @Test
    void referencesResolveToTheElementsOfTheLoadedFile() throws IOException {
        Topology loaded = reload(build());
        VoiceRoute backup = loaded.getVoiceRoutes().stream().filter(r -> r.getFailoverFor() != null).findFirst().orElseThrow();
        assertSame(loaded.getVoiceRoutes().stream().filter(r -> r.getFailoverFor() == null).findFirst().orElseThrow(),
                backup.getFailoverFor());
        NetworkSite netSite = loaded.getNetworkSites().get(0);
        assertSame(loaded.getNetworkRegions().get(0), netSite.getRegion());
        assertSame(loaded.getCentralSites().get(0), netSite.getRegion().getCentralSite());
        assertSame(netSite, loaded.getSubnets().get(0).getNetworkSite());
        assertSame(loaded.getRegionLinks().get(0), loaded.getRegionRoutes().get(0).getLinks().get(0));
        Suppression suppression = loaded.getSuppressions().get(0);
        assertSame(loaded.getCentralSites().get(0).getTrunkPeers().get(0), suppression.getElement());
        assertEquals("One gateway is accepted for the pilot", suppression.getReason());
    }

    @Test
    void savingTheLoadedTopologyAgainGivesTheSameBytes() throws IOException {
        byte[] first = TopologyFiles.toBytes(build());
        assertArrayEquals(first, TopologyFiles.toBytes(load(first)));
    }

    @Test
    void trunkSettingsStartAtMicrosoftsDefaults() {
        Trunk trunk = F.createTrunk();
        // New-CsTrunkConfiguration [PS-TC]: EnableBypass False, ConcentratedTopology True, EnableReferSupport True,
        // RTCPActiveCalls True, RTCPCallsOnHold True.
        assertFalse(trunk.isMediaBypass());
        assertTrue(trunk.isCentralizedMediaProcessing());
        assertTrue(trunk.isReferSupport());
        assertTrue(trunk.isRtcpActiveCalls());
        assertTrue(trunk.isRtcpCallsOnHold());
        assertEquals(SipTrunkConnection.NOT_PLANNED, trunk.getConnectionType());
        // Set-CsPstnGateway [PS-GW]: a gateway is routable unless the planner says otherwise.
        assertTrue(F.createTrunkPeer().isRoutable());
    }

    @Test
    void defaultsAreNotWrittenSoOldFilesKeepTheirBytes() throws IOException {
        String saved = new String(TopologyFiles.toBytes(build()), StandardCharsets.UTF_8);
        assertFalse(saved.contains("rtcpActiveCalls"), saved);
        assertFalse(saved.contains("routable"), saved);
        assertFalse(saved.contains("lines="), saved);
        assertFalse(saved.contains("codec="), saved);
    }

    private static Topology reload(Topology topology) throws IOException {
        return load(TopologyFiles.toBytes(topology));
    }

    private static Topology load(byte[] bytes) throws IOException {
        return TopologyFiles.load(bytes, "routing.topology", URI.createFileURI("/tmp/routing.topology"),
                TopologyFiles.newResourceSet());
    }

    /** One central site with two gateways, two routes (one the failover of the other), a policy, CAC and a suppression. */
    private static Topology build() {
        Topology topology = F.createTopology();
        topology.setId("topo-00000001");
        topology.setName("Routing");
        CentralSite site = F.createCentralSite();
        site.setId("site-00000001");
        site.setName("London");
        topology.getCentralSites().add(site);
        MediationPool pool = F.createMediationPool();
        pool.setId("med-00000001");
        pool.setFqdn("med.example");
        site.getMediationPools().add(pool);
        EmergencyLocation location = F.createEmergencyLocation();
        location.setId("location-00000001");
        location.setLocation("Floor 2 West");
        site.getEmergencyLocations().add(location);
        Trunk first = null;
        Trunk second = null;
        for (int g = 1; g <= 2; g++) {
            TrunkPeer peer = F.createTrunkPeer();
            peer.setId("peer-0000000" + g);
            peer.setAddress("gw" + g + ".example");
            site.getTrunkPeers().add(peer);
            Trunk trunk = F.createTrunk();
            trunk.setId("trunk-0000000" + g);
            trunk.setName(peer.getAddress());
            trunk.setRoot(true);
            trunk.setMediationPool(pool);
            trunk.setPeer(peer);
            topology.getTrunks().add(trunk);
            if (g == 1) {
                first = trunk;
            } else {
                second = trunk;
            }
        }
        PstnUsage local = usage(topology, "usage-00000001", "Local");
        PstnUsage national = usage(topology, "usage-00000002", "National");
        VoiceRoute primary = F.createVoiceRoute();
        primary.setId("route-00000001");
        primary.setName("UK");
        primary.setNumberPattern("^\\+44");
        primary.getPstnUsages().add(local);
        primary.getTrunks().addAll(List.of(second, first));
        VoiceRoute failover = F.createVoiceRoute();
        failover.setId("route-00000002");
        failover.setName("UK failover");
        failover.setNumberPattern("^\\+44");
        failover.getTrunks().add(first);
        failover.setFailoverFor(primary);
        topology.getVoiceRoutes().addAll(List.of(failover, primary));
        VoicePolicy policy = F.createVoicePolicy();
        policy.setId("policy-00000001");
        policy.setName("Branch users");
        policy.setScope(VoicePolicyScope.USER);
        policy.getGrantedTo().add(site);
        policy.getPstnUsages().addAll(List.of(national, local));
        topology.getVoicePolicies().add(policy);

        NetworkRegion region = F.createNetworkRegion();
        region.setId("region-00000001");
        region.setName("EMEA");
        region.setCentralSite(site);
        BandwidthPolicyProfile profile = F.createBandwidthPolicyProfile();
        profile.setId("bwpolicy-00000001");
        profile.setAudioLimitKbps(2_000);
        profile.setAudioSessionLimitKbps(175);
        NetworkSite netSite = F.createNetworkSite();
        netSite.setId("netsite-00000001");
        netSite.setRegion(region);
        netSite.setSite(site);
        netSite.setBandwidthPolicy(profile);
        Subnet subnet = F.createSubnet();
        subnet.setId("subnet-00000001");
        subnet.setAddress("10.1.0.0");
        subnet.setNetworkSite(netSite);
        RegionLink link = F.createRegionLink();
        link.setId("regionlink-00000001");
        link.setRegionA(region);
        link.setRegionB(region);
        RegionRoute regionRoute = F.createRegionRoute();
        regionRoute.setId("regionroute-00000001");
        regionRoute.setRegionA(region);
        regionRoute.setRegionB(region);
        regionRoute.getLinks().add(link);
        topology.getNetworkRegions().add(region);
        topology.getBandwidthPolicyProfiles().add(profile);
        topology.getNetworkSites().add(netSite);
        topology.getSubnets().add(subnet);
        topology.getRegionLinks().add(link);
        topology.getRegionRoutes().add(regionRoute);

        Suppression suppression = F.createSuppression();
        suppression.setId("suppress-00000001");
        suppression.setRuleId("TL-GW-04");
        suppression.setElement(site.getTrunkPeers().get(0));
        suppression.setReason("One gateway is accepted for the pilot");
        topology.getSuppressions().add(suppression);
        return topology;
    }

    private static PstnUsage usage(Topology topology, String id, String name) {
        PstnUsage usage = F.createPstnUsage();
        usage.setId(id);
        usage.setName(name);
        topology.getPstnUsages().add(usage);
        return usage;
    }
}
