package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;
import static io.trunkline.validation.Severity.WARNING;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.PeerKind;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Site;
import io.trunkline.model.Subnet;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.planning.BypassPrediction;
import io.trunkline.planning.Percent;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.WanBandwidth;
import io.trunkline.validation.KeyGroups;
import io.trunkline.validation.ElementRule.Neighbours;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleSource;

/**
 * Media bypass, SIP trunking providers and WAN links: domain-catalogue.md §2.5–2.6 (MB, ST), domain.md §4
 * item 14.
 */
public final class MediaBypassRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /**
     * SIP trunk bandwidth per call [SIPT]: 64 kbit/s of G.711 plus the header, "20 bytes maximum" per packet; at
     * 50 packets a second (20 ms packets) [inferred] that is 20 x 8 x 50 = 8,000 bit/s, so 72 kbit/s a call.
     */
    private static final int SIP_TRUNK_KBPS_PER_CALL = 64 + 20 * 8 * 50 / 1000;

    /** Which network site, region or bandwidth policy a site has decides its bypass ID. */
    private static final Neighbours BYPASS_IDS = Neighbourhoods.topologyWhen(
            Set.of(P.getNetworkSite_Region(), P.getNetworkSite_Site(), P.getNetworkSite_BandwidthPolicy()), P.getNetworkSite());
    /** Whether the trunks to a site's gateways bypass: the global mode, each trunk's setting, and where it ends. */
    private static final Neighbours BYPASSING_GATEWAYS = Neighbourhoods.topologyWhen(
            Set.of(P.getTrunk_MediaBypass(), P.getTrunk_Peer(), P.getTopology_MediaBypassMode()), P.getTrunk());
    /** Which peers are gateways. */
    private static final Neighbours GATEWAY_KINDS = Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Kind()), P.getTrunkPeer());

    private MediaBypassRules() {
    }

    private static final String SIP_TRUNK = "SIP trunk";

    /** TL-ST-03, ST-04: whether any SIP trunk (ITSP SBC) is planned, known without walking every site's peers. */
    private static final KeyGroups<TrunkPeer> SIP_TRUNK_PEERS = KeyGroups.of(TrunkPeer.class,
            peer -> isSipTrunkPeer(peer) ? SIP_TRUNK : null);

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-MB-01", 501, WARNING, "Media bypass on a trunk needs bypass enabled globally",
                        new RuleSource("MB", "catalogue MB-01",
                                "In addition to enabling media bypass globally, you must enable media bypass individually on each PSTN trunk."),
                        Trunk.class, P.getTrunk())
                        .alsoWhen(Neighbourhoods.everyInstanceWhenTopologyChanges(P.getTopology_MediaBypassMode(), P.getTrunk()))
                        .checking((trunk, ctx, out) -> {
                            if (trunk.isMediaBypass() && ctx.topology().getMediaBypassMode() == MediaBypassMode.OFF) {
                                out.report(trunk, Labels.of(trunk) + " enables media bypass, but bypass is off for the topology, so no call bypasses.");
                            }
                        }),
                rule("TL-MB-02", 502, ERROR, "Media bypass needs centralised media processing",
                        new RuleSource("TCS, PS-TC", "domain.md §4.14, catalogue MB-02",
                                "Media bypass can only be enabled if Centralized media processing is also enabled."),
                        Trunk.class, P.getTrunk()).checking((trunk, ctx, out) -> {
                            if (trunk.isMediaBypass() && !trunk.isCentralizedMediaProcessing()) {
                                out.report(trunk, Labels.of(trunk) + " enables media bypass without centralised media processing.");
                            }
                        }),
                rule("TL-MB-03", 503, ERROR, "A bypassing trunk has Refer support, or Refer and both RTCP settings off",
                        new RuleSource("PS-TC", "catalogue MB-03",
                                "The EnableReferSupport parameter is set to False and RTCPActiveCalls and RTCPCallsOnHold are set to False, or EnableReferSupport is set to True."),
                        Trunk.class, P.getTrunk()).checking((trunk, ctx, out) -> {
                            if (trunk.isMediaBypass() && !trunk.isReferSupport() && (trunk.isRtcpActiveCalls() || trunk.isRtcpCallsOnHold())) {
                                out.report(trunk, Labels.of(trunk) + " bypasses media without Refer support but keeps RTCP for "
                                        + (trunk.isRtcpActiveCalls() && trunk.isRtcpCallsOnHold() ? "active calls and calls on hold"
                                                : trunk.isRtcpActiveCalls() ? "active calls" : "calls on hold")
                                        + "; turn Refer support on, or turn both RTCP settings off.");
                            }
                        }),
                rule("TL-MB-04", 504, ERROR, "Call admission control rules out Always Bypass",
                        new RuleSource("MB", "catalogue MB-04", "If you enable CAC, you cannot select Always Bypass, and vice-versa."),
                        Topology.class, P.getTopology()).checking((topology, ctx, out) -> {
                            if (topology.isCallAdmissionControl() && topology.getMediaBypassMode() == MediaBypassMode.ALWAYS_BYPASS) {
                                out.report(topology, "Call admission control is on and media bypass is set to Always Bypass; choose Use Site and Region Information.");
                            }
                        }),
                rule("TL-MB-05", 505, WARNING, "With bypass by site and region, every subnet belongs to a network site",
                        new RuleSource("MB", "catalogue MB-05", "You must associate all routable subnets with the sites in which they are located."),
                        Subnet.class, P.getSubnet())
                        .alsoWhen(Neighbourhoods.everyInstanceWhenTopologyChanges(P.getTopology_MediaBypassMode(), P.getSubnet()))
                        .checking((subnet, ctx, out) -> {
                            if (ctx.topology().getMediaBypassMode() == MediaBypassMode.USE_SITE_AND_REGION && subnet.getNetworkSite() == null) {
                                out.report(subnet, Labels.of(subnet) + " (" + Labels.text(subnet.getAddress()) + "/" + subnet.getMaskBits()
                                        + ") belongs to no network site, so bypass by site and region cannot place its clients; associate it with the network site it is in.");
                            }
                        }),
                rule("TL-MB-06", 506, WARNING, "Media bypass goes only to peers that support it",
                        new RuleSource("PSTN, MB", "domain.md §4.14, catalogue MB-06",
                                "Media bypass will not interoperate with every PSTN gateway, IP-PBX, and SBC."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS).checking((trunk, ctx, out) -> {
                            TrunkPeer peer = trunk.getPeer();
                            if (trunk.isMediaBypass() && peer != null && !peer.isSupportsMediaBypass()) {
                                out.report(trunk, Labels.of(trunk) + " enables media bypass but " + Labels.of(peer)
                                        + " is not qualified for it.", peer);
                            }
                        }),
                rule("TL-MB-08", 508, INFO, "Calls whose bypass IDs differ keep their media on the Mediation Server",
                        new RuleSource("MB", "catalogue MB-08; io.trunkline.planning.BypassPrediction",
                                "If the two bypass IDs match, media bypass is used for the call. If the bypass IDs do not match, media for the call must flow through the Mediation Server."),
                        Topology.class, P.getTopology()).usingSizing()
                        .alsoWhen(BYPASS_IDS, BYPASSING_GATEWAYS, GATEWAY_KINDS,
                                Neighbourhoods.topologyWhen(Set.of(P.getSite_Users(), P.getSite_NeedsPstn(), P.getSite_PstnServedBy(),
                                        P.getElement_Name()), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            BypassPrediction prediction = BypassPrediction.of(topology);
                            if (!prediction.byNetworkSites()) {
                                return;
                            }
                            for (Site site : SiteQueries.sites(topology)) {
                                Site carrier = ctx.sizing().site(site.getId()).flatMap(SiteSizing::servedBy).orElse(site);
                                if (site.getUsers() <= 0 || !site.isNeedsPstn() || !bypassingGateways(carrier)) {
                                    continue;
                                }
                                prediction.between(site, carrier).filter(verdict -> !verdict.bypass())
                                        .ifPresent(verdict -> out.report(site, "PSTN calls of " + Labels.of(site) + "'s users through the gateways of "
                                                + Labels.of(carrier) + " will not bypass the Mediation Server although their trunks enable it: "
                                                + verdict.reason() + "; count these calls in the Mediation load, or give both the same bypass ID.",
                                                carrier));
                            }
                        }),
                rule("TL-MB-09", 509, ERROR, "Every network site is in a region and every region has a central site",
                        new RuleSource("CAC", "catalogue MB-09",
                                "You must associate every network site with a network region. ... CAC requires that a Skype for Business Server central site is defined for each network region."),
                        Element.class, P.getNetworkSite(), P.getNetworkRegion()).checking((element, ctx, out) -> {
                            if (element instanceof NetworkSite site && site.getRegion() == null) {
                                out.report(site, Labels.of(site) + " is in no network region; associate it with the region it belongs to.");
                            } else if (element instanceof NetworkRegion region && region.getCentralSite() == null) {
                                out.report(region, Labels.of(region) + " has no central site; choose the central site that manages its call admission control.");
                            }
                        }),
                rule("TL-MB-10", 510, WARNING, "A WAN link's audio bandwidth covers the PSTN calls crossing it",
                        new RuleSource("CAC", "catalogue MB-10; io.trunkline.planning.WanBandwidth",
                                "Bandwidth utilization by scenario / by codecs: PSTN with media bypass 97 kbps (161 with FEC); G.711 102 kbps (166 with FEC)."),
                        Topology.class, P.getTopology()).usingSizing()
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getWanLink_AudioBandwidthKbps(), P.getWanLink_Codec(),
                                P.getWanLink_SiteA(), P.getWanLink_SiteB(), P.getElement_Name()), P.getWanLink()),
                                BYPASSING_GATEWAYS, GATEWAY_KINDS, BYPASS_IDS,
                                // whose calls cross which link: every site's traffic and where its PSTN calls go
                                Neighbourhoods.topologyWhen(Set.of(P.getSite_Users(), P.getSite_UsageProfile(),
                                        P.getSite_CustomCallsPerUserBusyHour(), P.getSite_NeedsPstn(), P.getSite_PstnServedBy()), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            if (topology.getWanLinks().stream().noneMatch(link -> link.getAudioBandwidthKbps() > 0)) {
                                return; // no link has an audio bandwidth to compare with
                            }
                            for (WanBandwidth.LinkLoad load : ctx.wanLoads()) {
                                if (load.overBandwidth()) {
                                    WanLink link = load.link();
                                    long needed = load.neededKbps().orElseThrow();
                                    out.report(link, String.format(Locale.ROOT,
                                            "%s carries up to %,d concurrent PSTN calls (Erlang B at %s over %.1f E) x %d kbit/s = %,d kbit/s, more than its %,d kbit/s of audio bandwidth; raise it to at least %,d kbit/s%s.",
                                            Labels.of(link), load.concurrentCalls().orElseThrow(), Percent.of(load.gradeOfService()), load.erlangs(),
                                            load.kbpsPerCall(), needed, link.getAudioBandwidthKbps(), needed,
                                            load.bypass() ? "" : " or enable media bypass on the serving gateways' trunks"));
                                }
                            }
                        }),
                rule("TL-MB-11", 511, WARNING, "A SIP trunk's access bandwidth covers its simultaneous calls",
                        new RuleSource("SIPT", "catalogue MB-11",
                                "SIP Trunk Peak Bandwidth = Max Simultaneous Calls x (64 kbps + header size). Header size is 20 bytes maximum."),
                        Trunk.class, P.getTrunk()).checking((trunk, ctx, out) -> {
                            long needed = (long) trunk.getMaxSimultaneousCalls() * SIP_TRUNK_KBPS_PER_CALL;
                            if (trunk.getMaxSimultaneousCalls() > 0 && trunk.getAccessBandwidthKbps() > 0 && needed > trunk.getAccessBandwidthKbps()) {
                                out.report(trunk, String.format(Locale.ROOT,
                                        "%s carries up to %,d calls x (64 + 8 kbit/s of headers) = %,d kbit/s over %,d kbit/s of access bandwidth; raise the access link to %,d kbit/s or cap the calls at %,d.",
                                        Labels.of(trunk), trunk.getMaxSimultaneousCalls(), needed, trunk.getAccessBandwidthKbps(), needed,
                                        trunk.getAccessBandwidthKbps() / SIP_TRUNK_KBPS_PER_CALL));
                            }
                        }),
                rule("TL-ST-01", 601, WARNING, "SIP trunks go to a Microsoft-certified provider",
                        new RuleSource("SIPT", "catalogue ST-01",
                                "You must use a Microsoft certified service provider ... Microsoft technical support does not extend to configurations that use noncertified providers."),
                        TrunkPeer.class, P.getTrunkPeer()).checking((peer, ctx, out) -> {
                            if (peer.getKind() == PeerKind.ITSP_SBC && !peer.isCertified()) {
                                out.report(peer, Labels.of(peer) + " belongs to a provider that is not certified; Microsoft support does not cover it.");
                            }
                        }),
                rule("TL-MB-07", 507, INFO, "Media bypass is on wherever the peer supports it",
                        new RuleSource("MB", "catalogue MB-07", "As a general rule, enable media bypass wherever possible."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS).checking((trunk, ctx, out) -> {
                            TrunkPeer peer = trunk.getPeer();
                            if (peer != null && peer.isSupportsMediaBypass() && !trunk.isMediaBypass()) {
                                out.report(trunk, Labels.of(trunk) + " to " + Labels.of(peer)
                                        + " leaves media bypass off although the peer supports it; enable it on the trunk"
                                        + (ctx.topology().getMediaBypassMode() == MediaBypassMode.OFF ? " and globally" : "")
                                        + " to keep media off the Mediation Server.", peer);
                            }
                        }),
                rule("TL-ST-02", 602, WARNING, "A SIP trunk over the Internet runs through a VPN",
                        new RuleSource("SIPT", "catalogue ST-02 (the site-size part has no figure in the source)",
                                "Internet connection is the only ... SIP trunking connection type that requires VPN."),
                        Trunk.class, P.getTrunk()).checking((trunk, ctx, out) -> {
                            if (trunk.getConnectionType() == SipTrunkConnection.INTERNET && !trunk.isVpn()) {
                                out.report(trunk, Labels.of(trunk) + " reaches the provider over the Internet without a VPN; run it through a VPN, or use MPLS or a private line (Internet trunks are not recommended for mid-size or larger sites).");
                            }
                        }),
                rule("TL-ST-03", 603, WARNING, "With SIP trunking, every country/region with sites has its own PSTN breakout",
                        new RuleSource("SIPT", "catalogue ST-03",
                                "For compatibility and legal reasons, you need at least one SIP trunk per country/region."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_CountryRegion(), P.getSite_CountryRegion(),
                                P.getTrunkPeer_Kind(), P.getSite_Users(), P.getSite_NeedsPstn()), P.getSite(), P.getTrunkPeer()),
                                Neighbourhoods.topologyWhen(Set.of(P.getElement_Name()), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            if (ctx.groupSize(SIP_TRUNK_PEERS, SIP_TRUNK) == 0) {
                                return;
                            }
                            List<Site> sites = SiteQueries.sites(topology);
                            Set<String> breakouts = new HashSet<>();
                            sites.forEach(site -> site.getTrunkPeers().stream()
                                    .filter(peer -> isSipTrunkPeer(peer) || PeerQueries.isGateway(peer))
                                    .forEach(peer -> breakouts.add(GatewayRules.countryOf(peer))));
                            for (Site site : sites) {
                                String country = country(site);
                                if (site.getUsers() > 0 && site.isNeedsPstn() && !country.isEmpty() && !breakouts.contains(country)) {
                                    out.report(site, Labels.of(site) + " is in " + Labels.text(country) + ", where no SIP trunk or gateway reaches the PSTN; "
                                            + "add a SIP trunk in " + Labels.text(country) + " (one per country/region, for legal reasons).");
                                }
                            }
                        }),
                rule("TL-ST-04", 604, WARNING, "With several central sites on SIP trunking, a SIP trunk terminates at each",
                        new RuleSource("SIPT", "catalogue ST-04", "You need to make sure that a SIP trunk terminates at each central site."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Kind(), P.getSite_Users(), P.getSite_NeedsPstn()),
                                P.getSite(), P.getTrunkPeer()), Neighbourhoods.topologyWhen(Set.of(P.getElement_Name()), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            List<CentralSite> centrals = topology.getCentralSites();
                            boolean sipTrunking = ctx.groupSize(SIP_TRUNK_PEERS, SIP_TRUNK) > 0;
                            if (centrals.size() < 2 || !sipTrunking) {
                                return;
                            }
                            for (CentralSite central : centrals) {
                                boolean ownBreakout = central.getTrunkPeers().stream()
                                        .anyMatch(peer -> isSipTrunkPeer(peer) || peer.getKind() == PeerKind.PSTN_GATEWAY);
                                if (central.getUsers() > 0 && central.isNeedsPstn() && !ownBreakout) {
                                    out.report(central, Labels.of(central) + " is one of " + centrals.size()
                                            + " central sites on SIP trunking but no SIP trunk terminates there; add an ITSP SBC and its trunk at "
                                            + Labels.of(central) + ".");
                                }
                            }
                        }),
                rule("TL-NW-01", 801, ERROR, "A WAN link joins two different sites",
                        new RuleSource("CAC", "domain.md §1 (WAN link between two sites) [inferred]",
                                "A WAN link describes the connection between two sites; a link from a site to itself carries nothing."),
                        WanLink.class, P.getWanLink()).checking((link, ctx, out) -> {
                            if (link.getSiteA() != null && link.getSiteA() == link.getSiteB()) {
                                out.report(link, Labels.of(link) + " starts and ends at " + Labels.of(link.getSiteA()) + ".",
                                        link.getSiteA());
                            }
                        }));
    }

    private static boolean bypassingGateways(Site site) {
        return site.getTrunkPeers().stream().filter(PeerQueries::isGateway).flatMap(peer -> peer.getTrunks().stream())
                .anyMatch(Trunk::isMediaBypass);
    }

    private static boolean isSipTrunkPeer(TrunkPeer peer) {
        return peer.getKind() == PeerKind.ITSP_SBC;
    }

    private static String country(Site site) {
        String country = site.getCountryRegion();
        return country == null || country.isBlank() ? "" : country.trim().toUpperCase(Locale.ROOT);
    }
}
