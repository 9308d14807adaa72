package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;
import static io.trunkline.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.model.MediationPool;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxKind;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.SiteVerdict;
import io.trunkline.validation.KeyGroups;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/** Gateways, peers and trunks: domain-catalogue.md §2.1 (GW family), domain.md §4 items 1–5 and 8–10. */
public final class GatewayRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;
    private static final Pattern IP_LITERAL = Pattern.compile("^(\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-fA-F:]*:[0-9a-fA-F:.]*\\]?)$");

    private GatewayRules() {
    }

    /** TL-GW-22: PSTN gateways by the country they are in (their own, else their site's), counted edit by edit. */
    private static final KeyGroups<TrunkPeer> GATEWAY_COUNTRIES = KeyGroups.of(TrunkPeer.class,
            peer -> PeerQueries.isGateway(peer) ? countryOf(peer) : null)
            .readingAlso(peer -> Arrays.asList(RuleContext.siteOf(peer)));

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-GW-01", 101, ERROR, "Every trunk peer has at least one trunk to a Mediation pool",
                        new RuleSource("DS", "domain.md §4.1, catalogue GW-01",
                                "Each PSTN gateway that you deploy must have at least one corresponding Mediation Server."),
                        TrunkPeer.class, P.getTrunkPeer()).alsoWhen(Neighbourhoods.TRUNK_ENDS)
                        .checking((peer, ctx, out) -> {
                            if (RuleContext.trunks(peer).stream().noneMatch(t -> t.getMediationPool() != null)) {
                                out.report(peer, Labels.of(peer) + " has no trunk to a Mediation pool, so no call can reach it.");
                            }
                        }),
                rule("TL-GW-02", 102, ERROR, "Every trunk peer has exactly one root trunk",
                        new RuleSource("DGW", "domain.md §4.1, catalogue GW-02",
                                "When defining a PSTN gateway in Topology Builder, you must define a root trunk to successfully add the PSTN gateway to your topology."),
                        TrunkPeer.class, P.getTrunkPeer()).alsoWhen(Neighbourhoods.TRUNK_ENDS)
                        .checking((peer, ctx, out) -> {
                            List<Trunk> trunks = RuleContext.trunks(peer);
                            long roots = trunks.stream().filter(Trunk::isRoot).count();
                            if (roots != 1 && !trunks.isEmpty()) {
                                out.report(peer, Labels.of(peer) + " has " + roots + " root trunks; it needs exactly one.");
                            }
                        }),
                rule("TL-GW-04", 104, WARNING, "The organisation has at least two PSTN gateways",
                        new RuleSource("DS", "domain.md §4.2, catalogue GW-04",
                                "As a rule, a minimum of two gateways for an organization is recommended to maintain availability if one gateway fails."),
                        Topology.class, P.getTopology()).usingSizing()
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Kind()), P.getSite(), P.getTrunkPeer()))
                        .checking((topology, ctx, out) -> {
                            int gateways = ctx.sizing().organisation().pstnGateways();
                            if (gateways < PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION) {
                                out.report(topology, "The organisation has " + gateways + " PSTN gateway(s); at least "
                                        + PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION + " keep calls flowing when one fails.");
                            }
                        }),
                rule("TL-GW-05", 105, WARNING, "A gateway has between 2 and 960 ports",
                        new RuleSource("DS", "domain.md §4.3, catalogue GW-05",
                                "The PSTN gateways that most organizations will consider deploying range in size from 2 to as many as 960 ports."),
                        TrunkPeer.class, P.getTrunkPeer()).checking((peer, ctx, out) -> {
                            int ports = peer.getPstnPorts();
                            if (PeerQueries.isGateway(peer) && ports >= 1 && (ports < PlanningFigures.GATEWAY_MIN_PORTS
                                    || ports > PlanningFigures.GATEWAY_MAX_PORTS)) {
                                out.report(peer, Labels.of(peer) + " has " + ports + " ports; gateways range from "
                                        + PlanningFigures.GATEWAY_MIN_PORTS + " to " + PlanningFigures.GATEWAY_MAX_PORTS
                                        + " ports (larger ones are carrier equipment).");
                            }
                        }),
                rule("TL-GW-24", 124, ERROR, "A PSTN gateway has at least one port",
                        new RuleSource("DS", "domain.md §4.3 (\"< 1 is an error\")",
                                "A gateway without PSTN ports cannot carry a call; domain.md makes fewer than one port an error."),
                        TrunkPeer.class, P.getTrunkPeer()).checking((peer, ctx, out) -> {
                            if (PeerQueries.isGateway(peer) && peer.getPstnPorts() < 1) {
                                out.report(peer, Labels.of(peer) + " has " + peer.getPstnPorts() + " PSTN ports.");
                            }
                        }),
                rule("TL-GW-06", 106, WARNING, "Ports at a site cover the rule-of-thumb requirement",
                        new RuleSource("DS", "domain.md §3 and §4.4, catalogue GW-06",
                                "Organizations with light telephony usage (one PSTN call per user per hour) should allocate one port for every 15 users."),
                        Site.class, P.getSite()).usingSizing().checking((site, ctx, out) -> {
                            SiteSizing s = ctx.sizing().site(site.getId()).orElse(null);
                            if (s != null && s.verdict() == SiteVerdict.SHORT_OF_PORTS) {
                                out.report(site, String.format(Locale.ROOT,
                                        "%s has %,d PSTN ports for %,d users; the rule of thumb asks for %,d (%,d short).",
                                        Labels.of(site), s.drawnPorts(), s.users(), s.ruleOfThumbPorts(), s.portShortfall()));
                            }
                        }),
                rule("TL-GW-07", 107, WARNING, "A site has at least ⌈ports / 960⌉ gateways",
                        new RuleSource("DS", "domain.md §4.4, catalogue GW-07",
                                "If you have 47,000 users, you will require a total of 9,400 ports allocated among at least 10 large gateways."),
                        Site.class, P.getSite()).usingSizing().checking((site, ctx, out) -> {
                            SiteSizing s = ctx.sizing().site(site.getId()).orElse(null);
                            // Checked on its own, not after the ports: a port shortfall must not hide it (domain.md §4 item 4).
                            if (s != null && s.tooFewGateways()) {
                                out.report(site, String.format(Locale.ROOT,
                                        "%s needs %,d ports, which takes at least %d gateways of at most %d ports; %d drawn.",
                                        Labels.of(site), s.ruleOfThumbPorts(), s.gatewaysNeeded(),
                                        PlanningFigures.GATEWAY_MAX_PORTS, s.drawnGateways()));
                            }
                        }),
                rule("TL-GW-08", 108, INFO, "A site that needs PSTN has a gateway or is served by a central telephony site",
                        new RuleSource("DS", "domain.md §4.5, catalogue GW-08",
                                "How many PSTN gateways are needed? The answer depends on ... the number of sites (each site needs one)."),
                        Site.class, P.getSite()).usingSizing().checking((site, ctx, out) -> {
                            SiteSizing s = ctx.sizing().site(site.getId()).orElse(null);
                            if (s != null && s.verdict() == SiteVerdict.NO_PSTN_CONNECTIVITY) {
                                out.report(site, Labels.of(site) + " has " + s.users()
                                        + " users who need the PSTN but no gateway, SBA or serving central telephony site.");
                            }
                        }),
                rule("TL-GW-26", 126, ERROR, "A site's pstnServedBy chain ends at a site that carries the calls, never loops",
                        new RuleSource("DS", "domain.md §2 (central telephony sites) and §4.5, catalogue GW-08",
                                "Many large companies prefer to deploy one or a few large telephony central sites: a serving site carries the calls, so a loop of sites serving each other carries none."),
                        Site.class, P.getSite()).alsoWhen(GatewayRules::servingChain).checking((site, ctx, out) -> {
                            List<Site> loop = servingLoop(site);
                            if (!loop.isEmpty()) {
                                out.report(site, Labels.of(site) + " has its PSTN calls carried by "
                                        + String.join(" → ", loop.stream().map(Labels::of).toList())
                                        + ", which leads back to it; no site in the loop carries the calls, so each is sized with its own users.",
                                        loop.toArray(new Site[0]));
                            }
                        }),
                rule("TL-GW-25", 125, INFO, "The drawn ports meet the Erlang B grade of service",
                        new RuleSource("ErlangB", "domain.md §3 and §4.4",
                                "The rules of thumb under-size small sites and over-size large ones: show Erlang B alongside."),
                        Site.class, P.getSite()).usingSizing().checking((site, ctx, out) -> {
                            SiteSizing s = ctx.sizing().site(site.getId()).orElse(null);
                            if (s != null && s.erlangBComputed() && s.erlangs() > 0 && s.drawnPorts() > 0 && !s.meetsGradeOfService()) {
                                out.report(site, String.format(Locale.ROOT,
                                        "%s: %,d ports block %.2f %% of calls at %.1f E; Erlang B needs %,d ports for %.2f %%.",
                                        Labels.of(site), s.drawnPorts(), s.drawnBlocking() * 100, s.erlangs(),
                                        s.erlangBPorts(), s.gradeOfService() * 100));
                            }
                        }),
                rule("TL-GW-09", 109, ERROR, "A TLS trunk addresses its peer by FQDN",
                        new RuleSource("DGW", "domain.md §4.8, catalogue GW-09",
                                "If you specify Transport Layer Security (TLS) as the transport type, you must specify the FQDN instead of the IP address of the peer of the Mediation Server."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS)
                        .checking((trunk, ctx, out) -> {
                            TrunkPeer peer = trunk.getPeer();
                            if (trunk.getTransport() == Transport.TLS && peer != null && isIpLiteral(peer.getAddress())) {
                                out.report(trunk, Labels.of(trunk) + " uses TLS but " + Labels.of(peer)
                                        + " is addressed by the IP address " + peer.getAddress() + "; TLS needs its FQDN.", peer);
                            }
                        }),
                rule("TL-GW-10", 110, WARNING, "Trunks use TLS rather than TCP",
                        new RuleSource("DGW, TCS", "domain.md §4.8, catalogue GW-10",
                                "For security reasons, we strongly recommend that you deploy a peer to the Mediation Server that can use TLS."),
                        Trunk.class, P.getTrunk()).checking((trunk, ctx, out) -> {
                            if (trunk.getTransport() == Transport.TCP) {
                                out.report(trunk, Labels.of(trunk) + " uses TCP: signalling is unencrypted and SRTP is turned off.");
                            }
                        }),
                rule("TL-GW-11", 111, ERROR, "A TCP trunk ends on a Mediation pool with TCP enabled",
                        new RuleSource("DMS", "domain.md §4.8, catalogue GW-11",
                                "TCP port is disabled by default. You must enable TCP port if you have gateways that do not support TLS."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS)
                        .checking((trunk, ctx, out) -> {
                            MediationPool pool = trunk.getMediationPool();
                            if (trunk.getTransport() == Transport.TCP && pool != null && !pool.isTcpEnabled()) {
                                out.report(trunk, Labels.of(trunk) + " uses TCP but " + Labels.of(pool)
                                        + " has its TCP port disabled.", pool);
                            }
                        }),
                rule("TL-GW-15", 115, ERROR, "The trunk's Mediation port lies in the pool's range for its transport",
                        new RuleSource("DGW", "domain.md §4.9, catalogue GW-15",
                                "The Associated Mediation Server port must be within the range of the listening ports for the respective protocol allowed by the Mediation Server."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS)
                        .checking((trunk, ctx, out) -> {
                            MediationPool pool = trunk.getMediationPool();
                            if (pool == null) {
                                return;
                            }
                            boolean tls = trunk.getTransport() == Transport.TLS;
                            int first = tls ? pool.getTlsPortFirst() : pool.getTcpPortFirst();
                            int last = tls ? pool.getTlsPortLast() : pool.getTcpPortLast();
                            int port = trunk.getMediationPort();
                            if (port < first || port > last) {
                                out.report(trunk, Labels.of(trunk) + " uses Mediation port " + port + ", outside the "
                                        + trunk.getTransport() + " range " + first + "–" + last + " of " + Labels.of(pool) + ".", pool);
                            }
                        }),
                rule("TL-GW-16", 116, ERROR, "Port numbers lie between 1 and 65535",
                        new RuleSource("PS-GW", "domain.md §4.9, catalogue GW-16",
                                "Port parameters are typed UInt16 (e.g. GatewaySipClientTcpPort); a listening port is 1..65535."),
                        io.trunkline.model.Element.class, P.getTrunk(), P.getMediationPool()).checking((element, ctx, out) -> {
                            if (element instanceof Trunk trunk) {
                                portInRange(out, trunk, "peer port", trunk.getPeerPort());
                                portInRange(out, trunk, "Mediation port", trunk.getMediationPort());
                            } else if (element instanceof MediationPool pool) {
                                portInRange(out, pool, "first TLS port", pool.getTlsPortFirst());
                                portInRange(out, pool, "last TLS port", pool.getTlsPortLast());
                                portInRange(out, pool, "first TCP port", pool.getTcpPortFirst());
                                portInRange(out, pool, "last TCP port", pool.getTcpPortLast());
                                portInRange(out, pool, "Front End port", pool.getFrontEndPort());
                            }
                        }),
                rule("TL-GW-17", 117, ERROR, "A Mediation pool has at most one default gateway",
                        new RuleSource("PS-GW", "catalogue GW-17",
                                "There can only be one default gateway in the collection of gateways managed by a single Mediation Server."),
                        MediationPool.class, P.getMediationPool()).alsoWhen(Neighbourhoods.TRUNK_ENDS, Neighbourhoods.POOLS_OF_PEER)
                        .checking((pool, ctx, out) -> {
                            List<TrunkPeer> defaults = RuleContext.trunks(pool).stream().map(Trunk::getPeer)
                                    .filter(peer -> peer != null && peer.isDefaultGateway()).distinct().toList();
                            if (defaults.size() > 1) {
                                out.report(pool, Labels.of(pool) + " has " + defaults.size() + " default gateways ("
                                        + defaults.stream().map(Labels::of).collect(Collectors.joining(", "))
                                        + "); keep one as the default and clear it on the others.", defaults.toArray(new EObject[0]));
                            }
                        }),
                rule("TL-GW-18", 118, ERROR, "A TDM PBX is connected through a PSTN gateway",
                        new RuleSource("MED", "domain.md §4.10, catalogue GW-18",
                                "If your PBX is a Time Division Multiplex (TDM) PBX, you must also deploy a PSTN gateway between Mediation Server and the PBX."),
                        Pbx.class, P.getPbx()).alsoWhen(Neighbourhoods.PBX_OF_LINK).checking((pbx, ctx, out) -> {
                            boolean throughGateway = ctx.pbxLinks(pbx).stream().anyMatch(link -> link.getPbx() == pbx
                                    && link.getGateway() != null && link.getGateway().getKind() == PeerKind.PSTN_GATEWAY);
                            if (pbx.getKind() == PbxKind.TDM && !throughGateway) {
                                out.report(pbx, Labels.of(pbx) + " is a TDM PBX with no link to a PSTN gateway; Mediation Servers only reach it through one.");
                            }
                        }),
                rule("TL-GW-19", 119, ERROR, "An IP-PBX that does not remove the need for a gateway reaches Mediation through one",
                        new RuleSource("MSDG", "catalogue GW-19",
                                "If your central site has a TDM PBX, or if your IP-PBX does not eliminate the need for a PSTN gateway, then you must deploy a gateway on the call route connecting Mediation Server and the PBX."),
                        TrunkPeer.class, P.getTrunkPeer()).alsoWhen(Neighbourhoods.TRUNK_ENDS).checking((peer, ctx, out) -> {
                            if (peer.getKind() == PeerKind.IP_PBX && !peer.isEliminatesGatewayNeed() && !RuleContext.trunks(peer).isEmpty()) {
                                out.report(peer, Labels.of(peer) + " is trunked straight to Mediation but does not remove the need for a PSTN gateway; "
                                        + "put a PSTN gateway between them (draw it as a PBX linked to that gateway), or set 'Eliminates gateway need' if this IP-PBX does.");
                            }
                        }),
                rule("TL-GW-21", 121, WARNING, "An IP-PBX has a direct SIP trunk to each server of a multi-server Mediation pool",
                        new RuleSource("MNT, MED", "catalogue GW-21 (an IP-PBX without DNS load balancing is TL-GW-20)",
                                "Because most IP-PBXs do not support DNS load balancing, we recommend that individual direct SIP connections be defined from the IP-PBX to each Mediation Server in the pool."),
                        TrunkPeer.class, P.getTrunkPeer()).alsoWhen(Neighbourhoods.TRUNK_ENDS, Neighbourhoods.PEERS_OF_POOL)
                        .checking((peer, ctx, out) -> {
                            if (peer.getKind() != PeerKind.IP_PBX || !peer.isSupportsDnsLoadBalancing()) {
                                return;
                            }
                            Map<MediationPool, Long> trunksPerPool = RuleContext.trunks(peer).stream()
                                    .filter(t -> t.getMediationPool() != null)
                                    .collect(Collectors.groupingBy(Trunk::getMediationPool, IdentityHashMap::new, Collectors.counting()));
                            trunksPerPool.forEach((pool, trunks) -> {
                                if (pool.getServers() > 1 && trunks < pool.getServers()) {
                                    out.report(peer, Labels.of(peer) + " has " + trunks + " trunk(s) to " + Labels.of(pool) + " of "
                                            + pool.getServers() + " servers; define one direct SIP trunk to each server ("
                                            + (pool.getServers() - trunks) + " more).", pool);
                                }
                            });
                        }),
                rule("TL-GW-22", 122, INFO, "Gateways in several countries are each configured and certified for their own",
                        new RuleSource("DS", "catalogue GW-22",
                                "If you locate gateways in several countries/regions, each must be configured according to the PSTN standards of that country/region. Moreover, gateways that are certified for operation in, for example, Canada, may not be certified in India, Brazil, or the European Union."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhenGroupsChange(GATEWAY_COUNTRIES))
                        .checking((topology, ctx, out) -> {
                            // One finding for the organisation: a finding on each of thousands of gateways would bury the rest.
                            Map<String, Integer> gatewaysPerCountry = ctx.groupSizes(GATEWAY_COUNTRIES);
                            if (gatewaysPerCountry.size() > 1) {
                                StringBuilder counts = new StringBuilder();
                                gatewaysPerCountry.forEach((country, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                                        .append(n).append(" in ").append(country));
                                out.report(topology, "The gateways are in " + gatewaysPerCountry.size() + " countries/regions ("
                                        + Labels.text(counts.toString())
                                        + "); configure each to its country's PSTN standards and check it is certified there.");
                            }
                        }),
                rule("TL-GW-20", 120, ERROR, "A peer without DNS load balancing trunks to single-server pools",
                        new RuleSource("MED, MSDG", "catalogue GW-20",
                                "then they will need to be associated with a stand-alone pool consisting of a single Mediation Server"),
                        TrunkPeer.class, P.getTrunkPeer()).alsoWhen(Neighbourhoods.TRUNK_ENDS, (changed, f, c, into) -> {
                            if (changed instanceof MediationPool pool) {
                                RuleContext.trunks(pool).forEach(t -> {
                                    if (t.getPeer() != null) {
                                        into.add(t.getPeer());
                                    }
                                });
                            }
                        }).checking((peer, ctx, out) -> {
                            if (peer.isSupportsDnsLoadBalancing()) {
                                return;
                            }
                            RuleContext.trunks(peer).stream().map(Trunk::getMediationPool).distinct()
                                    .filter(pool -> pool != null && pool.getServers() > 1 && peer.getKind() != PeerKind.SBA_GATEWAY)
                                    .forEach(pool -> out.report(peer, Labels.of(peer) + " cannot use DNS load balancing but trunks to "
                                            + Labels.of(pool) + " of " + pool.getServers() + " servers.", pool));
                        }));
    }

    /** A gateway's country/region: its own, else its site's; empty when neither is given. */
    static String countryOf(TrunkPeer peer) {
        String own = peer.getCountryRegion();
        if (own != null && !own.isBlank()) {
            return own.trim().toUpperCase(Locale.ROOT);
        }
        Site site = RuleContext.siteOf(peer);
        String ofSite = site == null ? null : site.getCountryRegion();
        return ofSite == null || ofSite.isBlank() ? "" : ofSite.trim().toUpperCase(Locale.ROOT);
    }

    /** The sites after {@code site} on its pstnServedBy chain when the chain comes back to it, else empty. */
    private static List<Site> servingLoop(Site site) {
        List<Site> chain = new ArrayList<>();
        Set<Site> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Site next = site.getPstnServedBy(); next != null && seen.add(next); next = next.getPstnServedBy()) {
            chain.add(next);
            if (next == site) {
                return chain;
            }
        }
        return List.of();
    }

    /** A change to a site's serving site can close or open a loop through every site along its chain. */
    private static void servingChain(EObject changed, EStructuralFeature feature, RuleContext context,
            Collection<EObject> into) {
        if (changed instanceof Site site) {
            Set<Site> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Site next = site.getPstnServedBy(); next != null && seen.add(next); next = next.getPstnServedBy()) {
                into.add(next);
            }
        }
    }

    /** Whether a peer address is an IPv4 or IPv6 literal rather than a name; quick fixes use the same test. */
    public static boolean isIpLiteral(String address) {
        return address != null && IP_LITERAL.matcher(address.trim()).matches();
    }

    private static void portInRange(io.trunkline.validation.Findings out, io.trunkline.model.Element element,
            String what, int port) {
        if (port < 1 || port > 65535) {
            out.report(element, Labels.of(element) + " has " + what + " " + port + "; ports lie between 1 and 65535.");
        }
    }
}
