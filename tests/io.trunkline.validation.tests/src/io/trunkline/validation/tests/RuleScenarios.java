package io.trunkline.validation.tests;

import java.util.List;
import java.util.function.Consumer;

import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.LineType;
import io.trunkline.model.Edition;
import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PeerKind;
import io.trunkline.model.PstnLink;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Subnet;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Transport;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.WanLink;

/**
 * For every rule, a minimal change to {@link Base} that breaks it and a nearby change that keeps it satisfied.
 */
final class RuleScenarios {

    /** {@code firesOn}: ids of the elements the violation is reported on, or {@code null} when not pinned down. */
    record Scenario(String rule, Consumer<Base> violate, Consumer<Base> satisfy, List<String> firesOn) {
        Scenario(String rule, Consumer<Base> violate, Consumer<Base> satisfy) {
            this(rule, violate, satisfy, null);
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    private static final Consumer<Base> UNCHANGED = b -> {
    };

    private RuleScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("TL-GW-01", b -> {
                    b.topology.getTrunks().remove(b.root2);
                    b.root2.setPeer(null);
                }, UNCHANGED),
                new Scenario("TL-GW-02", b -> b.root2.setRoot(false), b -> b.trunk("trunk-00000009", b.med, b.gw2, false)
                        .setMediationPort(5067)),
                new Scenario("TL-GW-04", b -> {
                    b.gw2.setKind(PeerKind.IP_PBX);
                }, b -> b.gw2.setKind(PeerKind.SBA_GATEWAY)),
                new Scenario("TL-GW-05", b -> b.gw1.setPstnPorts(1200), b -> b.gw1.setPstnPorts(960)),
                new Scenario("TL-GW-24", b -> b.gw1.setPstnPorts(0), b -> b.gw1.setPstnPorts(2)),
                new Scenario("TL-GW-06", b -> b.hq.setUsers(600), b -> b.hq.setUsers(450)),
                new Scenario("TL-GW-07", b -> {
                    b.hq.setUsers(5000);
                    b.hq.setUsageProfile(UsageProfile.HEAVY);
                    b.gw1.setPstnPorts(1100);
                    b.gw2.setKind(PeerKind.IP_PBX);
                }, b -> {
                    b.hq.setUsers(9000);
                    b.gw1.setPstnPorts(960);
                    b.gw2.setPstnPorts(960);
                }),
                new Scenario("TL-GW-08", b -> b.branch.setPstnServedBy(null), b -> b.branch.setNeedsPstn(false)),
                new Scenario("TL-GW-25", b -> b.hq.setUsers(400), b -> b.hq.setUsers(300)),
                new Scenario("TL-GW-26", b -> b.hq.setPstnServedBy(b.branch), UNCHANGED),
                new Scenario("TL-MS-11", b -> b.med.setNextHop(b.med), b -> b.med.setNextHop(b.fe)),
                new Scenario("TL-PL-01", b -> b.topology.setGradeOfService(5), b -> b.topology.setGradeOfService(0.05)),
                new Scenario("TL-PL-02", b -> b.topology.setMeanHoldingTimeSeconds(0), b -> b.topology.setMeanHoldingTimeSeconds(1)),
                new Scenario("TL-PL-03", b -> {
                    b.hq.setUsageProfile(UsageProfile.CUSTOM);
                    b.hq.setCustomCallsPerUserBusyHour(Double.NaN);
                }, b -> {
                    b.hq.setUsageProfile(UsageProfile.CUSTOM);
                    b.hq.setCustomCallsPerUserBusyHour(2.5);
                }),
                new Scenario("TL-PL-04", b -> b.hq.setUsers(-5), b -> b.hq.setUsers(0)),
                new Scenario("TL-SP-01", b -> suppress(b, "TL-GW-99"), b -> suppress(b, "TL-GW-05")),
                new Scenario("TL-PL-05", b -> {
                    b.hq.setUsers(Integer.MAX_VALUE);
                    b.hq.setUsageProfile(UsageProfile.HEAVY);
                }, b -> {
                    b.hq.setUsers(500_000);
                    b.hq.setUsageProfile(UsageProfile.HEAVY);
                }),
                new Scenario("TL-GW-09", b -> b.gw1.setAddress("192.0.2.10"), b -> {
                    b.gw1.setAddress("192.0.2.10");
                    b.med.setTcpEnabled(true);
                    b.root1.setTransport(Transport.TCP);
                    b.root1.setMediationPort(5068);
                    b.root1.setPeerPort(5066);
                }),
                new Scenario("TL-GW-10", b -> {
                    b.med.setTcpEnabled(true);
                    b.root1.setTransport(Transport.TCP);
                    b.root1.setMediationPort(5068);
                }, UNCHANGED),
                new Scenario("TL-GW-11", b -> {
                    b.root1.setTransport(Transport.TCP);
                    b.root1.setMediationPort(5068);
                }, b -> {
                    b.med.setTcpEnabled(true);
                    b.root1.setTransport(Transport.TCP);
                    b.root1.setMediationPort(5068);
                }),
                new Scenario("TL-GW-12", b -> b.trunk("trunk-00000009", b.med, b.gw1, false), b -> b.trunk("trunk-00000009",
                        b.med, b.gw1, false).setPeerPort(5068)),
                new Scenario("TL-GW-13", b -> b.trunk("trunk-00000009", b.med, b.gw1, false), b -> b.trunk("trunk-00000009",
                        b.med, b.gw1, false).setPeerPort(5068)),
                new Scenario("TL-GW-14", b -> b.root2.setName(b.root1.getName()), b -> b.root2.setName("another name")),
                new Scenario("TL-GW-15", b -> b.root1.setMediationPort(5080), b -> {
                    b.med.setTlsPortLast(5080);
                    b.root1.setMediationPort(5080);
                }),
                new Scenario("TL-GW-16", b -> b.root1.setPeerPort(70000), b -> b.root1.setPeerPort(65535)),
                new Scenario("TL-GW-18", b -> b.hq.getPbxs().add(pbx()), b -> {
                    Pbx pbx = pbx();
                    b.hq.getPbxs().add(pbx);
                    PbxLink link = Base.F.createPbxLink();
                    link.setId("pbxlink-00000001");
                    link.setGateway(b.gw1);
                    link.setPbx(pbx);
                    b.hq.getPbxLinks().add(link);
                }),
                new Scenario("TL-GW-20", b -> b.med.setServers(2), b -> {
                    b.med.setServers(2);
                    b.med.setDnsLoadBalancing(true);
                    b.gw1.setSupportsDnsLoadBalancing(true);
                    b.gw2.setSupportsDnsLoadBalancing(true);
                }),
                new Scenario("TL-ID-01", b -> b.gw2.setAddress("MED.hq.example"), b -> b.gw2.setAddress("gw3.hq.example")),
                new Scenario("TL-ID-03", b -> b.branch.setName("hq"), b -> b.branch.setName("HQ annex")),
                new Scenario("TL-MS-01", b -> {
                    b.topology.getTrunks().clear();
                    b.hq.getMediationPools().clear();
                }, b -> b.topology.getTrunks().clear()),
                new Scenario("TL-MS-02", b -> collocate(b, 13), b -> collocate(b, 12)),
                new Scenario("TL-MS-03", b -> {
                    b.hq.setUsers(30000);
                    b.gw1.setPstnPorts(960);
                }, b -> {
                    b.hq.setUsers(30000);
                    b.gw1.setPstnPorts(960);
                    b.med.setServers(5);
                    b.med.setDnsLoadBalancing(true);
                    b.gw1.setSupportsDnsLoadBalancing(true);
                    b.gw2.setSupportsDnsLoadBalancing(true);
                }),
                new Scenario("TL-MS-04", b -> {
                    collocate(b, 3);
                    b.hq.setUsers(6000);
                }, b -> {
                    collocate(b, 3);
                    b.hq.setUsers(4000);
                }),
                new Scenario("TL-MS-07", b -> {
                    collocate(b, 3);
                    b.gw2.setKind(PeerKind.ITSP_SBC);
                }, b -> b.gw2.setKind(PeerKind.ITSP_SBC)),
                new Scenario("TL-MS-08", b -> {
                    b.gw2.setKind(PeerKind.ITSP_SBC);
                    b.branch.getTrunkPeers().add(b.gw2);
                }, b -> b.gw2.setKind(PeerKind.ITSP_SBC)),
                new Scenario("TL-MS-09", b -> {
                    DirectorPool director = Base.F.createDirectorPool();
                    director.setId("dir-00000001");
                    director.setFqdn("dir.hq.example");
                    b.hq.getDirectorPools().add(director);
                    b.med.setNextHop(director);
                }, b -> b.med.setNextHop(b.fe)),
                new Scenario("TL-MS-10", b -> {
                    b.med.setServers(2);
                    b.gw1.setSupportsDnsLoadBalancing(true);
                    b.gw2.setSupportsDnsLoadBalancing(true);
                }, b -> {
                    b.med.setServers(2);
                    b.med.setDnsLoadBalancing(true);
                    b.gw1.setSupportsDnsLoadBalancing(true);
                    b.gw2.setSupportsDnsLoadBalancing(true);
                }),
                new Scenario("TL-BR-01", b -> branchGateway(b, false), b -> branchGateway(b, true)),
                new Scenario("TL-BR-02", b -> {
                    branchGateway(b, false);
                    sba(b, "sba-00000001", SurvivableKind.SBS);
                }, b -> {
                    branchGateway(b, false);
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                }),
                new Scenario("TL-BR-05", b -> {
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                    sba(b, "sba-00000002", SurvivableKind.SBA);
                    sba(b, "sba-00000003", SurvivableKind.SBA);
                }, b -> {
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                    sba(b, "sba-00000002", SurvivableKind.SBA);
                }),
                new Scenario("TL-BR-06", b -> {
                    b.branch.setUsers(1500);
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                }, b -> {
                    b.branch.setUsers(1500);
                    sba(b, "sba-00000001", SurvivableKind.SBS);
                }),
                new Scenario("TL-BR-08", b -> {
                    b.branch.setUsers(20);
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                }, b -> {
                    b.branch.setUsers(25);
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                }),
                new Scenario("TL-BR-09", b -> sba(b, "sba-00000001", SurvivableKind.SBA).setFrontEndPool(null),
                        b -> sba(b, "sba-00000001", SurvivableKind.SBA)),
                new Scenario("TL-BR-11", b -> sba(b, "sba-00000001", SurvivableKind.SBA).setGateway(null),
                        b -> sba(b, "sba-00000001", SurvivableKind.SBA)),
                new Scenario("TL-BR-12", b -> sba(b, "sba-00000001", SurvivableKind.SBS).setGateway(null),
                        b -> sba(b, "sba-00000001", SurvivableKind.SBS)),
                new Scenario("TL-BR-15", b -> sba(b, "sba-00000001", SurvivableKind.SBA).setFailoverSeconds(30),
                        b -> sba(b, "sba-00000001", SurvivableKind.SBA).setFailoverSeconds(180)),
                new Scenario("TL-CS-01", b -> {
                    b.topology.getTrunks().clear();
                    b.topology.getWanLinks().clear();
                    b.topology.getCentralSites().clear();
                }, UNCHANGED),
                new Scenario("TL-CS-02", b -> b.hq.getFrontEndPools().clear(), UNCHANGED),
                new Scenario("TL-CS-03", b -> b.fe.setServers(13), b -> b.fe.setServers(12)),
                new Scenario("TL-CS-12", b -> b.fe.setServers(2), b -> {
                    b.fe.setServers(1);
                    b.fe.setEdition(Edition.STANDARD);
                }),
                new Scenario("TL-CS-04", b -> {
                    b.hq.setUsers(25000);
                    b.gw1.setPstnPorts(960);
                    b.gw2.setPstnPorts(960);
                    b.med.setServers(1);
                }, b -> {
                    b.hq.setUsers(19000);
                    b.gw1.setPstnPorts(960);
                    b.gw2.setPstnPorts(960);
                }),
                new Scenario("TL-CS-06", b -> secondCentralSite(b, false), b -> secondCentralSite(b, true)),
                new Scenario("TL-CS-11", b -> director(b, 11), b -> director(b, 10)),
                new Scenario("TL-MB-01", b -> bypass(b, MediaBypassMode.OFF), b -> bypass(b, MediaBypassMode.USE_SITE_AND_REGION)),
                new Scenario("TL-MB-02", b -> {
                    bypass(b, MediaBypassMode.USE_SITE_AND_REGION);
                    b.root1.setCentralizedMediaProcessing(false);
                }, b -> bypass(b, MediaBypassMode.USE_SITE_AND_REGION)),
                new Scenario("TL-MB-04", b -> {
                    b.topology.setCallAdmissionControl(true);
                    b.topology.setMediaBypassMode(MediaBypassMode.ALWAYS_BYPASS);
                }, b -> {
                    b.topology.setCallAdmissionControl(true);
                    b.topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
                }),
                new Scenario("TL-MB-06", b -> {
                    bypass(b, MediaBypassMode.USE_SITE_AND_REGION);
                    b.gw1.setSupportsMediaBypass(false);
                }, b -> bypass(b, MediaBypassMode.USE_SITE_AND_REGION)),
                new Scenario("TL-ST-01", b -> {
                    b.gw2.setKind(PeerKind.ITSP_SBC);
                    b.gw2.setCertified(false);
                }, b -> b.gw2.setKind(PeerKind.ITSP_SBC)),
                new Scenario("TL-NW-01", b -> b.wan.setSiteB(b.hq), b -> b.wan.setSiteB(b.branch)),
                new Scenario("TL-ID-02", b -> {
                    b.gw1.setAddress("192.0.2.10");
                    b.gw2.setAddress("192.0.2.10");
                }, b -> {
                    b.gw1.setAddress("192.0.2.10");
                    b.gw2.setAddress("192.0.2.11");
                }, List.of("peer-00000002")),
                new Scenario("TL-GW-17", b -> {
                    b.gw1.setDefaultGateway(true);
                    b.gw2.setDefaultGateway(true);
                }, b -> b.gw1.setDefaultGateway(true), List.of("med-00000001")),
                new Scenario("TL-GW-23", b -> {
                    route(b, "route-00000001", b.root1);
                    b.gw1.setRoutable(false);
                }, b -> route(b, "route-00000001", b.root1), List.of("route-00000001")),
                new Scenario("TL-CS-08", b -> route(b, "route-00000002", b.root2).setFailoverFor(route(b, "route-00000001", b.root1)),
                        b -> {
                            TrunkPeer gateway = Base.gateway(b.branch, "peer-00000003", "gw.branch.example", 8);
                            route(b, "route-00000002", b.trunk("trunk-00000003", b.med, gateway, true))
                                    .setFailoverFor(route(b, "route-00000001", b.root1));
                        }, List.of("route-00000002")),
                new Scenario("TL-BR-14", b -> branchPolicy(b, false), b -> branchPolicy(b, true), List.of("branch-00000001")),
                new Scenario("TL-CS-09", b -> b.fe.setDnsLoadBalancing(false), b -> {
                    b.fe.setDnsLoadBalancing(false);
                    b.fe.setHardwareLoadBalancing(true);
                }, List.of("fe-00000001")),
                // 30,000 remote users: max(2, ⌈30,000 / 12,000⌉ = 3) = 3 Edge Servers.
                new Scenario("TL-CS-10", b -> edge(b, 2, 30_000), b -> edge(b, 3, 30_000), List.of("edge-00000001")),
                new Scenario("TL-MS-13", b -> edge(b, 2, 100), b -> b.med.setEdgePool(edge(b, 2, 100)), List.of("med-00000001")),
                new Scenario("TL-MB-03", b -> {
                    bypass(b, MediaBypassMode.USE_SITE_AND_REGION);
                    b.root1.setReferSupport(false);
                }, b -> {
                    bypass(b, MediaBypassMode.USE_SITE_AND_REGION);
                    b.root1.setReferSupport(false);
                    b.root1.setRtcpActiveCalls(false);
                    b.root1.setRtcpCallsOnHold(false);
                }, List.of("trunk-00000001")),
                new Scenario("TL-MB-05", b -> {
                    b.topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
                    subnet(b);
                }, b -> {
                    b.topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
                    subnet(b).setNetworkSite(networkSite(b, region(b, b.hq)));
                }, List.of("subnet-00000001")),
                // HQ and the branch in region EMEA; a bandwidth policy gives the branch a bypass ID of its own, so its PSTN
                // calls through HQ's bypassing gateway hairpin through Mediation.
                new Scenario("TL-MB-08", b -> bypassIds(b, true), b -> bypassIds(b, false), List.of("branch-00000001")),
                new Scenario("TL-MB-09", b -> networkSite(b, null), b -> networkSite(b, region(b, b.hq)), List.of("netsite-00000001")),
                // The branch's 40 light users cross the WAN to HQ: A = 40 x 1 x 180 / 3600 = 2 E; Erlang B at 1 %:
                // B(6, 2) = 0.0121, B(7, 2) = 0.0034, so 7 calls x 102 kbit/s (G.711, no bypass) = 714 kbit/s.
                new Scenario("TL-MB-10", b -> b.wan.setAudioBandwidthKbps(713), b -> b.wan.setAudioBandwidthKbps(714),
                        List.of("wan-00000001")),
                // 30 calls x (64 + 8) kbit/s = 2,160 kbit/s.
                new Scenario("TL-MB-11", b -> sipTrunkBandwidth(b, 2_159), b -> sipTrunkBandwidth(b, 2_160), List.of("trunk-00000002")),
                new Scenario("TL-ST-02", b -> internetSipTrunk(b, false), b -> internetSipTrunk(b, true), List.of("trunk-00000002")),
                // 21 characters, then exactly 20.
                new Scenario("TL-ID-05", b -> location(b, "Building 7 Floor 12WX"), b -> location(b, "Building 7 Floor 12W"),
                        List.of("e911-00000001")),
                new Scenario("TL-ID-06", b -> {
                    b.hq.setCountryRegion("GB");
                    location(b, "Floor 1");
                }, b -> {
                    b.hq.setCountryRegion("US");
                    location(b, "Floor 1");
                }, List.of("e911-00000001")),
                new Scenario("TL-CS-07", b -> backupOverWan(b, false), b -> backupOverWan(b, true), List.of("fe-00000001")),
                new Scenario("TL-BR-03", b -> branchSipTrunk(b), b -> {
                    branchSipTrunk(b);
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                }, List.of("branch-00000001")),
                new Scenario("TL-BR-04", b -> sba(b, "sba-00000001", SurvivableKind.SBA), b -> {
                    sba(b, "sba-00000001", SurvivableKind.SBA);
                    b.wan.setResilient(false);
                }, List.of("branch-00000001")),
                new Scenario("TL-BR-07", b -> b.branch.setUsers(2001), b -> b.branch.setUsers(2000), List.of("branch-00000001")),
                new Scenario("TL-GW-19", b -> b.gw2.setKind(PeerKind.IP_PBX), b -> {
                    b.gw2.setKind(PeerKind.IP_PBX);
                    b.gw2.setEliminatesGatewayNeed(true);
                }, List.of("peer-00000002")),
                new Scenario("TL-GW-21", b -> ipPbxOnTwoServers(b), b -> {
                    ipPbxOnTwoServers(b);
                    b.trunk("trunk-00000009", b.med, b.gw2, false).setPeerPort(5068);
                }, List.of("peer-00000002")),
                new Scenario("TL-GW-22", b -> {
                    b.hq.setCountryRegion("GB");
                    b.gw2.setCountryRegion("IE");
                }, b -> {
                    b.hq.setCountryRegion("GB");
                    b.gw2.setCountryRegion("gb");
                }, List.of("topo-00000001")),
                // 36 E1 lines > 35 per server with hyper-threading off; 35 lines fit.
                new Scenario("TL-MS-05", b -> e1Lines(b, 36), b -> e1Lines(b, 35), List.of("med-00000001")),
                // 15,000 moderate users: A = 15,000 x 2 x 180 / 3600 = 1,500 E, rule of thumb 15,000 / 10 = 1,500
                // ports, Erlang B at 1 % about 1,530: above one server's 1,100 calls, below two servers' 1,100 x 2
                // = 2,200 and so within capacity. With three servers, two left take 2,200.
                new Scenario("TL-MS-06", b -> standAloneServers(b, 15_000, 2), b -> standAloneServers(b, 15_000, 3),
                        List.of("med-00000001")),
                new Scenario("TL-MS-14", b -> branchGateway(b, true), b -> {
                    branchGateway(b, true);
                    b.topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
                    TrunkPeer gateway = (TrunkPeer) b.byId("peer-00000003");
                    gateway.setSupportsMediaBypass(true);
                    ((io.trunkline.model.Trunk) b.byId("trunk-00000003")).setMediaBypass(true);
                }, List.of("trunk-00000003")),
                new Scenario("TL-MB-07", b -> b.gw1.setSupportsMediaBypass(true), b -> bypass(b, MediaBypassMode.USE_SITE_AND_REGION),
                        List.of("trunk-00000001")),
                new Scenario("TL-ST-03", b -> sipTrunkAbroad(b, "FR"), b -> sipTrunkAbroad(b, "GB"), List.of("branch-00000001")),
                new Scenario("TL-ST-04", b -> {
                    sipTrunkInTwoCentralSites(b);
                }, b -> {
                    sipTrunkInTwoCentralSites(b);
                    TrunkPeer sbc = Base.gateway((io.trunkline.model.Site) b.byId("site-00000002"), "peer-00000008", "sbc.dr.example", 0);
                    sbc.setKind(PeerKind.ITSP_SBC);
                }, List.of("site-00000002")));
    }

    private static VoiceRoute route(Base b, String id, io.trunkline.model.Trunk... trunks) {
        VoiceRoute route = Base.F.createVoiceRoute();
        route.setId(id);
        route.setName(id);
        route.setNumberPattern("^\\+44");
        route.getTrunks().addAll(List.of(trunks));
        b.topology.getVoiceRoutes().add(route);
        return route;
    }

    private static PstnUsage usage(Base b, String id, VoiceRoute route) {
        PstnUsage usage = Base.F.createPstnUsage();
        usage.setId(id);
        usage.setName(id);
        b.topology.getPstnUsages().add(usage);
        route.getPstnUsages().add(usage);
        return usage;
    }

    /** The branch has an SBA; its users' policy routes through the SBA's gateway, then (if asked) through HQ's. */
    private static void branchPolicy(Base b, boolean centralBackup) {
        SurvivableBranch box = sba(b, "sba-00000001", SurvivableKind.SBA);
        VoicePolicy policy = Base.F.createVoicePolicy();
        policy.setId("policy-00000001");
        policy.setName("Branch users");
        policy.setScope(VoicePolicyScope.USER);
        policy.getGrantedTo().add(b.branch);
        b.topology.getVoicePolicies().add(policy);
        policy.getPstnUsages().add(usage(b, "usage-00000001", route(b, "route-00000001", box.getGateway().getTrunks().get(0))));
        if (centralBackup) {
            policy.getPstnUsages().add(usage(b, "usage-00000002", route(b, "route-00000002", b.root1)));
        }
    }

    private static EdgePool edge(Base b, int servers, int remoteUsers) {
        EdgePool edge = Base.F.createEdgePool();
        edge.setId("edge-00000001");
        edge.setName("HQ Edge");
        edge.setFqdn("edge.hq.example");
        edge.setServers(servers);
        edge.setConcurrentRemoteUsers(remoteUsers);
        b.hq.getEdgePools().add(edge);
        return edge;
    }

    private static Subnet subnet(Base b) {
        Subnet subnet = Base.F.createSubnet();
        subnet.setId("subnet-00000001");
        subnet.setName("HQ clients");
        subnet.setAddress("10.1.0.0");
        b.topology.getSubnets().add(subnet);
        return subnet;
    }

    private static NetworkRegion region(Base b, io.trunkline.model.CentralSite central) {
        NetworkRegion region = Base.F.createNetworkRegion();
        region.setId("region-00000001");
        region.setName("EMEA");
        region.setCentralSite(central);
        b.topology.getNetworkRegions().add(region);
        return region;
    }

    private static void bypassIds(Base b, boolean constrainedBranch) {
        bypass(b, MediaBypassMode.USE_SITE_AND_REGION);
        NetworkRegion emea = region(b, b.hq);
        networkSite(b, emea).setSite(b.hq);
        NetworkSite branch = Base.F.createNetworkSite();
        branch.setId("netsite-00000002");
        branch.setName("Branch network");
        branch.setRegion(emea);
        branch.setSite(b.branch);
        b.topology.getNetworkSites().add(branch);
        if (constrainedBranch) {
            BandwidthPolicyProfile policy = Base.F.createBandwidthPolicyProfile();
            policy.setId("bwpolicy-00000001");
            policy.setName("5 Mbit/s");
            b.topology.getBandwidthPolicyProfiles().add(policy);
            branch.setBandwidthPolicy(policy);
        }
    }

    private static NetworkSite networkSite(Base b, NetworkRegion region) {
        NetworkSite site = Base.F.createNetworkSite();
        site.setId("netsite-00000001");
        site.setName("HQ network");
        site.setRegion(region);
        b.topology.getNetworkSites().add(site);
        return site;
    }

    private static void sipTrunkBandwidth(Base b, int accessKbps) {
        b.gw2.setKind(PeerKind.ITSP_SBC);
        b.root2.setMaxSimultaneousCalls(30);
        b.root2.setAccessBandwidthKbps(accessKbps);
    }

    private static void internetSipTrunk(Base b, boolean vpn) {
        b.gw2.setKind(PeerKind.ITSP_SBC);
        b.root2.setConnectionType(SipTrunkConnection.INTERNET);
        b.root2.setVpn(vpn);
    }

    private static void location(Base b, String name) {
        EmergencyLocation location = Base.F.createEmergencyLocation();
        location.setId("e911-00000001");
        location.setName("HQ location");
        location.setLocation(name);
        location.setElin("+14255550100");
        b.hq.getEmergencyLocations().add(location);
    }

    private static void backupOverWan(Base b, boolean resilient) {
        secondCentralSite(b, false);
        b.fe.setBackupRegistrar((io.trunkline.model.FrontEndPool) b.byId("fe-00000002"));
        WanLink link = Base.F.createWanLink();
        link.setId("wan-00000002");
        link.setName("HQ - DR");
        link.setSiteA(b.hq);
        link.setSiteB((io.trunkline.model.Site) b.byId("site-00000002"));
        link.setResilient(resilient);
        b.topology.getWanLinks().add(link);
    }

    private static void branchSipTrunk(Base b) {
        b.wan.setResilient(false);
        TrunkPeer sbc = Base.gateway(b.branch, "peer-00000004", "sbc.branch.example", 0);
        sbc.setKind(PeerKind.ITSP_SBC);
        b.trunk("trunk-00000004", b.med, sbc, true);
    }

    private static void ipPbxOnTwoServers(Base b) {
        b.gw2.setKind(PeerKind.IP_PBX);
        b.gw2.setEliminatesGatewayNeed(true);
        b.gw1.setSupportsDnsLoadBalancing(true);
        b.gw2.setSupportsDnsLoadBalancing(true);
        b.med.setServers(2);
        b.med.setDnsLoadBalancing(true);
    }

    private static void e1Lines(Base b, int lines) {
        PstnLink link = Base.F.createPstnLink();
        link.setId("pstnlink-00000001");
        link.setName("E1 bundle");
        link.setGateway(b.gw1);
        link.setLineType(LineType.E1);
        link.setChannels(30);
        link.setLines(lines);
        b.hq.getPstnLinks().add(link);
    }

    private static void standAloneServers(Base b, int users, int servers) {
        b.hq.setUsers(users);
        b.med.setServers(servers);
        b.med.setDnsLoadBalancing(true);
        b.gw1.setSupportsDnsLoadBalancing(true);
        b.gw2.setSupportsDnsLoadBalancing(true);
    }

    private static void sipTrunkAbroad(Base b, String branchCountry) {
        b.hq.setCountryRegion("GB");
        b.branch.setCountryRegion(branchCountry);
        b.gw2.setKind(PeerKind.ITSP_SBC);
    }

    private static void sipTrunkInTwoCentralSites(Base b) {
        secondCentralSite(b, true);
        ((io.trunkline.model.Site) b.byId("site-00000002")).setUsers(100);
        b.gw2.setKind(PeerKind.ITSP_SBC);
        b.gw1.setKind(PeerKind.ITSP_SBC);
    }

    /** A suppression of {@code rule} on gw1, with a reason. */
    private static void suppress(Base b, String rule) {
        io.trunkline.model.Suppression suppression = Base.F.createSuppression();
        suppression.setId("supp-00000001");
        suppression.setRuleId(rule);
        suppression.setElement(b.gw1);
        suppression.setReason("accepted by the design authority");
        b.topology.getSuppressions().add(suppression);
    }

    private static Pbx pbx() {
        Pbx pbx = Base.F.createPbx();
        pbx.setId("pbx-00000001");
        pbx.setName("Legacy PBX");
        return pbx;
    }

    private static void collocate(Base b, int servers) {
        b.med.setKind(MediationKind.COLLOCATED_FE);
        b.med.setCollocatedWith(b.fe);
        b.med.setFqdn(b.fe.getFqdn());
        b.med.setServers(servers);
        b.fe.setServers(servers);
        b.gw1.setSupportsDnsLoadBalancing(true);
        b.gw2.setSupportsDnsLoadBalancing(true);
        if (servers > 12) {
            b.fe.setServers(12);
        }
    }

    private static void branchGateway(Base b, boolean resilient) {
        b.branch.setPstnServedBy(null);
        TrunkPeer gateway = Base.gateway(b.branch, "peer-00000003", "gw.branch.example", 8);
        b.trunk("trunk-00000003", b.med, gateway, true);
        b.wan.setResilient(resilient);
    }

    private static SurvivableBranch sba(Base b, String id, SurvivableKind kind) {
        b.branch.setPstnServedBy(null);
        SurvivableBranch box = Base.F.createSurvivableBranch();
        box.setId(id);
        box.setName(id);
        box.setFqdn(id + ".branch.example");
        box.setKind(kind);
        box.setFrontEndPool(b.fe);
        b.branch.getSurvivableBranches().add(box);
        TrunkPeer gateway = Base.gateway(b.branch, "peer-" + id.substring(4), id + "-gw.branch.example", 24);
        gateway.setKind(kind == SurvivableKind.SBA ? PeerKind.SBA_GATEWAY : PeerKind.PSTN_GATEWAY);
        MediationPool pool = Base.F.createMediationPool();
        pool.setId("med-" + id.substring(4));
        pool.setFqdn(box.getFqdn());
        pool.setKind(MediationKind.COLLOCATED_SBA);
        pool.setCollocatedWith(box);
        pool.setNextHop(b.fe);
        b.branch.getMediationPools().add(pool);
        b.trunk("trunk-" + id.substring(4), pool, gateway, true).setPeerPort(5082);
        box.setGateway(gateway);
        return box;
    }

    private static void secondCentralSite(Base b, boolean withBackups) {
        io.trunkline.model.CentralSite second = Base.F.createCentralSite();
        second.setId("site-00000002");
        second.setName("DR");
        b.topology.getCentralSites().add(second);
        io.trunkline.model.FrontEndPool fe2 = Base.F.createFrontEndPool();
        fe2.setId("fe-00000002");
        fe2.setName("DR Front End");
        fe2.setFqdn("pool.dr.example");
        fe2.setServers(3);
        second.getFrontEndPools().add(fe2);
        if (withBackups) {
            b.fe.setBackupRegistrar(fe2);
            fe2.setBackupRegistrar(b.fe);
        }
    }

    private static void director(Base b, int servers) {
        DirectorPool director = Base.F.createDirectorPool();
        director.setId("dir-00000001");
        director.setFqdn("dir.hq.example");
        director.setServers(servers);
        b.hq.getDirectorPools().add(director);
    }

    private static void bypass(Base b, MediaBypassMode mode) {
        b.topology.setMediaBypassMode(mode);
        b.gw1.setSupportsMediaBypass(true);
        b.root1.setMediaBypass(true);
    }

}
