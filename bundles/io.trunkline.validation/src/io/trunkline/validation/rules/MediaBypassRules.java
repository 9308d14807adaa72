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
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleSource;

/**
 * Media bypass, SIP trunking providers and WAN links: domain-catalogue.md §2.5–2.6 (MB, ST), domain.md §4
 * item 14.
 */
public final class MediaBypassRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    private MediaBypassRules() {
    }

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
                rule("TL-MB-04", 504, ERROR, "Call admission control rules out Always Bypass",
                        new RuleSource("MB", "catalogue MB-04", "If you enable CAC, you cannot select Always Bypass, and vice-versa."),
                        Topology.class, P.getTopology()).checking((topology, ctx, out) -> {
                            if (topology.isCallAdmissionControl() && topology.getMediaBypassMode() == MediaBypassMode.ALWAYS_BYPASS) {
                                out.report(topology, "Call admission control is on and media bypass is set to Always Bypass; choose Use Site and Region Information.");
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
                rule("TL-ST-03", 603, WARNING, "With SIP trunking, every country/region with sites has its own PSTN breakout",
                        new RuleSource("SIPT", "catalogue ST-03",
                                "For compatibility and legal reasons, you need at least one SIP trunk per country/region."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_CountryRegion(), P.getSite_CountryRegion(),
                                P.getTrunkPeer_Kind(), P.getSite_Users(), P.getSite_NeedsPstn()), P.getSite(), P.getTrunkPeer()))
                        .checking((topology, ctx, out) -> {
                            List<Site> sites = SiteQueries.sites(topology);
                            if (sites.stream().flatMap(site -> site.getTrunkPeers().stream()).noneMatch(MediaBypassRules::isSipTrunkPeer)) {
                                return;
                            }
                            Set<String> breakouts = new HashSet<>();
                            sites.forEach(site -> site.getTrunkPeers().stream()
                                    .filter(peer -> isSipTrunkPeer(peer) || PeerQueries.isGateway(peer))
                                    .forEach(peer -> breakouts.add(GatewayRules.countryOf(peer))));
                            for (Site site : sites) {
                                String country = country(site);
                                if (site.getUsers() > 0 && site.isNeedsPstn() && !country.isEmpty() && !breakouts.contains(country)) {
                                    out.report(site, Labels.of(site) + " is in " + country + ", where no SIP trunk or gateway reaches the PSTN; "
                                            + "add a SIP trunk in " + country + " (one per country/region, for legal reasons).");
                                }
                            }
                        }),
                rule("TL-ST-04", 604, WARNING, "With several central sites on SIP trunking, a SIP trunk terminates at each",
                        new RuleSource("SIPT", "catalogue ST-04", "You need to make sure that a SIP trunk terminates at each central site."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Kind(), P.getSite_Users(), P.getSite_NeedsPstn()),
                                P.getSite(), P.getTrunkPeer()))
                        .checking((topology, ctx, out) -> {
                            List<CentralSite> centrals = topology.getCentralSites();
                            boolean sipTrunking = SiteQueries.sites(topology).stream().flatMap(site -> site.getTrunkPeers().stream())
                                    .anyMatch(MediaBypassRules::isSipTrunkPeer);
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

    private static boolean isSipTrunkPeer(TrunkPeer peer) {
        return peer.getKind() == PeerKind.ITSP_SBC;
    }

    private static String country(Site site) {
        String country = site.getCountryRegion();
        return country == null || country.isBlank() ? "" : country.trim().toUpperCase(Locale.ROOT);
    }
}
