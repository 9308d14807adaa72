package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.CentralSite;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Site;
import io.trunkline.model.Subnet;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * The Voice routing and Call admission control sheets (issue 15) on the multi-site example with a small plan added:
 * two UK routes (the second the failover of the first), a user policy for two branches, an EMEA region with two
 * network sites, a subnet, a link to North America and the route over it; and the trunk configuration columns of the
 * Trunks sheet on the ITSP trunk. Every expected cell is written by hand from the plan built below.
 */
class RoutingAndAdmissionSheetsTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    @TempDir
    Path out;

    private List<List<String>> sheet(Topology topology, String file) throws Exception {
        WorksheetExporter.export(topology, "multi", out, EnumSet.of(ExportFormat.CSV), Optional.empty());
        // The CSV starts with a byte order mark.
        return WorksheetExportTest.parseCsv(Files.readString(out.resolve("multi-" + file + ".csv")).substring(1));
    }

    private static Topology example() throws Exception {
        return Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
    }

    @Test
    void routesComeFirstWithTheirUsagesAndTrunksInThePlannersOrder() throws Exception {
        List<List<String>> rows = sheet(planned(), "voice-routing");
        assertEquals(List.of("voice route", "UK", "^\\+44", "", "", "UK national, UK local",
                "gw2.lon.woodgrove.example, gw1.lon.woodgrove.example", ""), rows.get(1));
    }

    @Test
    void aFailoverRouteNamesTheRouteItBacksUp() throws Exception {
        List<List<String>> rows = sheet(planned(), "voice-routing");
        assertEquals(List.of("voice route", "UK via New York", "^\\+44", "", "", "UK national",
                "gw1.nyc.woodgrove.example", "UK"), rows.get(2));
    }

    @Test
    void aUserPolicyFollowsTheRoutesWithTheSitesGrantedItAndItsUsagesInOrder() throws Exception {
        List<List<String>> rows = sheet(planned(), "voice-routing");
        assertEquals(List.of("voice policy", "UK branches", "", "user", "Edinburgh, Manchester", "UK local, UK national", "", ""),
                rows.get(3));
        assertEquals(4, rows.size(), "a header, two routes and one policy");
    }

    @Test
    void aRegionNamesItsCentralSite() throws Exception {
        List<List<String>> rows = sheet(planned(), "call-admission-control");
        assertEquals(List.of("network region", "EMEA", "", "London", "", "", "", "", "", "", "", ""), rows.get(1));
        assertEquals(List.of("network region", "North America", "", "New York", "", "", "", "", "", "", "", ""), rows.get(2));
    }

    @Test
    void aNetworkSiteShowsItsRegionSiteAndTheLimitsOfItsBandwidthPolicy() throws Exception {
        List<List<String>> rows = sheet(planned(), "call-admission-control");
        assertEquals(List.of("network site", "London HQ", "EMEA", "London", "", "", "", "", "", "", "", ""), rows.get(3));
        // Video limits left at 0 are limits not set [CAC].
        assertEquals(List.of("network site", "Manchester office", "EMEA", "Manchester", "", "", "Branch 2 Mbit", "2000", "175",
                "no limit", "no limit", ""), rows.get(4));
    }

    @Test
    void aSubnetShowsItsAddressWithItsMaskAndItsNetworkSite() throws Exception {
        List<List<String>> rows = sheet(planned(), "call-admission-control");
        assertEquals(List.of("subnet", "Manchester LAN", "", "", "10.20.0.0/22", "Manchester office", "", "", "", "", "", ""),
                rows.get(5));
    }

    @Test
    void aLinkAndARouteNameTheirRegionsThePolicyAndTheLinksCrossed() throws Exception {
        List<List<String>> rows = sheet(planned(), "call-admission-control");
        assertEquals(List.of("region link", "Atlantic", "EMEA - North America", "", "", "", "Transatlantic", "10000", "100",
                "20000", "700", ""), rows.get(6));
        assertEquals(List.of("region route", "EMEA to North America", "EMEA - North America", "", "", "", "", "", "", "", "",
                "Atlantic"), rows.get(7));
        assertEquals(8, rows.size(), "a header, two regions, two network sites, a subnet, a link and a route");
    }

    @Test
    void aTopologyWithoutRoutingHasTheVoiceRoutingHeaderOnly() throws Exception {
        assertEquals(List.of(List.of("Kind", "Name", "Number pattern", "Scope", "Site or granted to", "PSTN usages (in order)",
                "Trunks (in order)", "Failover for")), sheet(example(), "voice-routing"));
    }

    @Test
    void aTopologyWithoutAdmissionControlHasTheCallAdmissionControlHeaderOnly() throws Exception {
        assertEquals(1, sheet(example(), "call-admission-control").size());
    }

    @Test
    void theTrunksSheetShowsTheTrunkConfigurationOfASipTrunk() throws Exception {
        Topology topology = example();
        Trunk itsp = trunk(topology, "sbc.itsp-uk.example");
        itsp.setReferSupport(false);
        itsp.setRtcpActiveCalls(false);
        itsp.setRtcpCallsOnHold(false);
        itsp.setMaxSimultaneousCalls(46);
        itsp.setAccessBandwidthKbps(4_000);
        itsp.setConnectionType(SipTrunkConnection.INTERNET);
        itsp.setVpn(true);
        List<String> row = sheet(topology, "trunks").stream().filter(r -> r.get(0).equals("sbc.itsp-uk.example")).findFirst()
                .orElseThrow();
        assertEquals(List.of("no", "no", "no", "46", "4000", "Internet", "yes"), row.subList(7, 14));
    }

    @Test
    void aTrunkWithoutSipAccessPlannedSaysSo() throws Exception {
        List<String> row = sheet(example(), "trunks").stream().filter(r -> r.get(0).equals("sbc.itsp-uk.example")).findFirst()
                .orElseThrow();
        // Refer support and RTCP keep New-CsTrunkConfiguration's defaults (True [PS-TC]); 0 and NOT_PLANNED are not planned.
        assertEquals(List.of("yes", "yes", "yes", "not planned", "not planned", "not planned", "no"), row.subList(7, 14));
    }

    /** The multi-site example with the plan of this class's comment added. */
    static Topology planned() throws Exception {
        Topology topology = example();
        PstnUsage local = usage(topology, "UK local");
        PstnUsage national = usage(topology, "UK national");
        VoiceRoute uk = F.createVoiceRoute();
        uk.setName("UK");
        uk.setNumberPattern("^\\+44");
        uk.getPstnUsages().addAll(List.of(national, local));
        uk.getTrunks().addAll(List.of(trunk(topology, "gw2.lon.woodgrove.example"), trunk(topology, "gw1.lon.woodgrove.example")));
        VoiceRoute failover = F.createVoiceRoute();
        failover.setName("UK via New York");
        failover.setNumberPattern("^\\+44");
        failover.getPstnUsages().add(national);
        failover.getTrunks().add(trunk(topology, "gw1.nyc.woodgrove.example"));
        failover.setFailoverFor(uk);
        topology.getVoiceRoutes().addAll(List.of(uk, failover));
        VoicePolicy policy = F.createVoicePolicy();
        policy.setName("UK branches");
        policy.setScope(VoicePolicyScope.USER);
        policy.getGrantedTo().addAll(List.of(site(topology, "Edinburgh"), site(topology, "Manchester")));
        policy.getPstnUsages().addAll(List.of(local, national));
        topology.getVoicePolicies().add(policy);

        NetworkRegion emea = region(topology, "EMEA", "London");
        NetworkRegion americas = region(topology, "North America", "New York");
        networkSite(topology, "London HQ", emea, "London", null);
        NetworkSite manchester = networkSite(topology, "Manchester office", emea, "Manchester",
                policy(topology, "Branch 2 Mbit", 2_000, 175, 0, 0));
        Subnet lan = F.createSubnet();
        lan.setName("Manchester LAN");
        lan.setAddress("10.20.0.0");
        lan.setMaskBits(22);
        lan.setNetworkSite(manchester);
        topology.getSubnets().add(lan);
        RegionLink atlantic = F.createRegionLink();
        atlantic.setName("Atlantic");
        atlantic.setRegionA(emea);
        atlantic.setRegionB(americas);
        atlantic.setBandwidthPolicy(policy(topology, "Transatlantic", 10_000, 100, 20_000, 700));
        topology.getRegionLinks().add(atlantic);
        RegionRoute route = F.createRegionRoute();
        route.setName("EMEA to North America");
        route.setRegionA(emea);
        route.setRegionB(americas);
        route.getLinks().add(atlantic);
        topology.getRegionRoutes().add(route);
        return topology;
    }

    private static PstnUsage usage(Topology topology, String name) {
        PstnUsage usage = F.createPstnUsage();
        usage.setName(name);
        topology.getPstnUsages().add(usage);
        return usage;
    }

    private static Trunk trunk(Topology topology, String name) {
        return topology.getTrunks().stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow();
    }

    private static Site site(Topology topology, String name) {
        for (CentralSite central : topology.getCentralSites()) {
            if (name.equals(central.getName())) {
                return central;
            }
            for (Site branch : central.getBranchSites()) {
                if (name.equals(branch.getName())) {
                    return branch;
                }
            }
        }
        throw new AssertionError("no site " + name + " in the example");
    }

    private static NetworkRegion region(Topology topology, String name, String centralSite) {
        NetworkRegion region = F.createNetworkRegion();
        region.setName(name);
        region.setCentralSite((CentralSite) site(topology, centralSite));
        topology.getNetworkRegions().add(region);
        return region;
    }

    private static NetworkSite networkSite(Topology topology, String name, NetworkRegion region, String site,
            BandwidthPolicyProfile policy) {
        NetworkSite networkSite = F.createNetworkSite();
        networkSite.setName(name);
        networkSite.setRegion(region);
        networkSite.setSite(site(topology, site));
        networkSite.setBandwidthPolicy(policy);
        topology.getNetworkSites().add(networkSite);
        return networkSite;
    }

    private static BandwidthPolicyProfile policy(Topology topology, String name, int audio, int audioSession, int video,
            int videoSession) {
        BandwidthPolicyProfile policy = F.createBandwidthPolicyProfile();
        policy.setName(name);
        policy.setAudioLimitKbps(audio);
        policy.setAudioSessionLimitKbps(audioSession);
        policy.setVideoLimitKbps(video);
        policy.setVideoSessionLimitKbps(videoSession);
        topology.getBandwidthPolicyProfiles().add(policy);
        return policy;
    }
}
