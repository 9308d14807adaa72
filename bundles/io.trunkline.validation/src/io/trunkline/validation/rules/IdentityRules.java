package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.validation.Findings;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/**
 * Uniqueness across the topology: FQDNs, site names, trunk names and trunk identities (catalogue ID-01, ID-03,
 * GW-12–GW-14). Each checks the whole topology with one hash pass and reports every element that repeats an
 * earlier one, naming the first.
 */
public final class IdentityRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /** "has a maximum length of 20 characters (including spaces)" [ELIN]. */
    private static final int MAX_LOCATION_LENGTH = 20;

    /** How planners write the United States as a country/region. */
    private static final Set<String> UNITED_STATES = Set.of("US", "USA", "UNITED STATES");

    private IdentityRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-GW-12", 112, ERROR, "Trunk identities {Mediation FQDN, Mediation port : peer address, peer port} are unique",
                        new RuleSource("DGW", "domain.md §4.9, catalogue GW-12",
                                "A trunk is a logical connection between a Mediation Server and a gateway uniquely identified by the tuple."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunk_MediationPort(), P.getTrunk_PeerPort(),
                                P.getTrunk_MediationPool(), P.getTrunk_Peer(), P.getPool_Fqdn(), P.getTrunkPeer_Address()),
                                P.getTrunk(), P.getMediationPool(), P.getTrunkPeer(), P.getSite()))
                        .checking((topology, ctx, out) -> duplicates(out, trunks(topology), t -> t.getMediationPool() == null
                                || t.getPeer() == null ? null
                                        : lower(t.getMediationPool().getFqdn()) + ":" + t.getMediationPort() + "|"
                                                + lower(t.getPeer().getAddress()) + ":" + t.getPeerPort(),
                                (t, first) -> Labels.of(t) + " repeats the identity of " + Labels.of(first) + " ("
                                        + t.getMediationPool().getFqdn() + ":" + t.getMediationPort() + " to "
                                        + t.getPeer().getAddress() + ":" + t.getPeerPort() + ").")),
                rule("TL-GW-13", 113, ERROR, "No two trunks between the same pool and peer share a port pair",
                        new RuleSource("DAT", "domain.md §4.9, catalogue GW-13",
                                "Two trunks with different trunk names cannot be configured with the same Associated Mediation Server port and Listening Port for IP/PSTN gateway."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunk_MediationPort(), P.getTrunk_PeerPort(),
                                P.getTrunk_MediationPool(), P.getTrunk_Peer()), P.getTrunk(), P.getSite()))
                        .checking((topology, ctx, out) -> duplicates(out, trunks(topology), t -> t.getMediationPool() == null
                                || t.getPeer() == null ? null
                                        : t.getMediationPool().getId() + "|" + t.getPeer().getId() + "|" + t.getMediationPort()
                                                + "|" + t.getPeerPort(),
                                (t, first) -> Labels.of(t) + " uses Mediation port " + t.getMediationPort() + " and peer port "
                                        + t.getPeerPort() + " like " + Labels.of(first) + " between the same pool and peer.")),
                rule("TL-GW-14", 114, ERROR, "Trunk names are unique",
                        new RuleSource("DAT", "domain.md §4.9, catalogue GW-14", "You cannot have two trunks with the same name."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getElement_Name()), P.getTrunk()))
                        .checking((topology, ctx, out) -> duplicates(out, trunks(topology), t -> lower(t.getName()),
                                (t, first) -> "Trunk name '" + t.getName() + "' is used twice (" + t.getId() + " and "
                                        + first.getId() + ").")),
                rule("TL-ID-01", 701, ERROR, "FQDNs are unique (case-insensitive)",
                        new RuleSource("TBH-MS", "domain.md §4.15, catalogue ID-01 [inferred]",
                                "Topology documents identify clusters and machines by FQDN, and each FQDN needs its own DNS A record."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getPool_Fqdn(), P.getTrunkPeer_Address(),
                                P.getMediationPool_CollocatedWith(), P.getMediationPool_Kind(), P.getTrunkPeer_Kind()),
                                P.getPool(), P.getTrunkPeer(), P.getSite()))
                        .checking((topology, ctx, out) -> duplicates(out, named(topology), IdentityRules::fqdnKey,
                                (e, first) -> Labels.of(e) + " has the FQDN " + fqdnOf(e) + " that " + Labels.of(first)
                                        + " already uses.")),
                rule("TL-ID-02", 702, ERROR, "IP addresses are unique",
                        new RuleSource("DGW", "catalogue ID-02 [inferred]",
                                "Type the fully qualified domain name (FQDN) or IP address of the peer: an address reaches one machine or peer, so two cannot share it."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Address(), P.getTrunkPeer_Kind(),
                                P.getTrunkPeer_MediaIpAddress(), P.getPool_IpAddresses(), P.getMediationPool_CollocatedWith(),
                                P.getElement_Name(), P.getPool_Fqdn()),
                                P.getTrunkPeer(), P.getPool(), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            Map<String, Element> first = new HashMap<>();
                            for (Map.Entry<Element, List<String>> entry : ipAddresses(topology).entrySet()) {
                                for (String ip : entry.getValue()) {
                                    Element owner = first.putIfAbsent(lower(ip), entry.getKey());
                                    if (owner != null && owner != entry.getKey()) {
                                        out.report(entry.getKey(), Labels.of(entry.getKey()) + " uses the IP address " + Labels.text(ip) + " that "
                                                + Labels.of(owner) + " already uses; give each its own address.", owner);
                                    }
                                }
                            }
                        }),
                rule("TL-ID-03", 703, ERROR, "Site names are unique",
                        new RuleSource("TB", "domain.md §4.15, catalogue ID-03 [inferred]",
                                "Sites are told apart by name in Topology Builder and in every worksheet."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getElement_Name()), P.getSite()))
                        .checking((topology, ctx, out) -> duplicates(out, sites(topology), s -> lower(s.getName()),
                                (s, first) -> "Site name '" + s.getName() + "' is used by " + Labels.of(first) + " too.")),
                rule("TL-ID-05", 705, ERROR, "An E9-1-1 location name has at most 20 characters",
                        new RuleSource("ELIN", "catalogue ID-05",
                                "The Location Information service Location field ... has a maximum length of 20 characters (including spaces)."),
                        EmergencyLocation.class, P.getEmergencyLocation()).checking((location, ctx, out) -> {
                            String name = location.getLocation();
                            if (name != null && name.length() > MAX_LOCATION_LENGTH) {
                                out.report(location, Labels.of(location) + " has a Location of " + name.length()
                                        + " characters; the Location Information service takes at most " + MAX_LOCATION_LENGTH
                                        + " (spaces included): shorten it.");
                            }
                        }),
                rule("TL-ID-06", 706, INFO, "E9-1-1 locations are planned only for sites in the United States",
                        new RuleSource("PT-EV", "catalogue ID-06", "(E9-1-1 is available only in the United States.)"),
                        EmergencyLocation.class, P.getEmergencyLocation()).alsoWhen(Neighbourhoods.LOCATIONS_OF_SITE)
                        .checking((location, ctx, out) -> {
                            Site site = RuleContext.siteOf(location);
                            String country = site == null || site.getCountryRegion() == null ? "" : site.getCountryRegion().trim();
                            if (!country.isEmpty() && !UNITED_STATES.contains(country.toUpperCase(Locale.ROOT))) {
                                out.report(location, Labels.of(location) + " is at " + Labels.of(site) + " in " + Labels.text(country)
                                        + ", but E9-1-1 is available only in the United States; plan that site's emergency calling another way.", site);
                            }
                        }));
    }

    /** Every element's IP addresses: pools' servers, peers addressed by IP, and peers' media processors. */
    private static Map<Element, List<String>> ipAddresses(Topology topology) {
        Map<Element, List<String>> addresses = new java.util.LinkedHashMap<>();
        for (Site site : SiteQueries.sites(topology)) {
            if (site instanceof CentralSite central) {
                central.getFrontEndPools().forEach(pool -> addAddresses(addresses, pool, poolAddresses(pool)));
                central.getDirectorPools().forEach(pool -> addAddresses(addresses, pool, poolAddresses(pool)));
                central.getEdgePools().forEach(pool -> addAddresses(addresses, pool, poolAddresses(pool)));
            } else if (site instanceof BranchSite branch) {
                branch.getSurvivableBranches().forEach(pool -> addAddresses(addresses, pool, poolAddresses(pool)));
            }
            site.getMediationPools().forEach(pool -> addAddresses(addresses, pool, poolAddresses(pool)));
            site.getTrunkPeers().forEach(peer -> addAddresses(addresses, peer, peerAddresses(peer)));
        }
        return addresses;
    }

    private static void addAddresses(Map<Element, List<String>> addresses, Element element, List<String> own) {
        if (!own.isEmpty()) {
            addresses.put(element, own);
        }
    }

    private static List<String> poolAddresses(Pool pool) {
        // A collocated Mediation Server runs on its host's machines, with their addresses [MED].
        if (!pool.eIsSet(P.getPool_IpAddresses()) || pool instanceof MediationPool mediation && mediation.getCollocatedWith() != null) {
            return List.of();
        }
        return pool.getIpAddresses().stream().filter(ip -> ip != null && !ip.isBlank()).map(String::trim).distinct().toList();
    }

    private static List<String> peerAddresses(TrunkPeer peer) {
        if (peer.getKind() == io.trunkline.model.PeerKind.SBA_GATEWAY) {
            return List.of();
        }
        String address = peer.getAddress();
        // Names are the rule; test the IP pattern only on what could be one (a digit first, or IPv6's colons).
        boolean maybeIp = address != null && !address.isBlank()
                && (Character.isDigit(address.trim().charAt(0)) || address.indexOf(':') >= 0);
        String signalling = maybeIp && GatewayRules.isIpLiteral(address) ? address.trim() : null;
        String media = peer.getMediaIpAddress() == null || peer.getMediaIpAddress().isBlank() ? null : peer.getMediaIpAddress().trim();
        if (media == null || media.equals(signalling)) {
            return signalling == null ? List.of() : List.of(signalling);
        }
        return signalling == null ? List.of(media) : List.of(signalling, media);
    }

    private interface Message<T> {
        String of(T repeated, T first);
    }

    private static <T extends Element> void duplicates(Findings out, List<T> elements, Function<T, String> key,
            Message<T> message) {
        Map<String, T> seen = new HashMap<>();
        for (T element : elements) {
            String value = key.apply(element);
            if (value == null || value.isEmpty()) {
                continue;
            }
            T first = seen.putIfAbsent(value, element);
            if (first != null) {
                out.report(element, message.of(element, first), first);
            }
        }
    }

    private static List<Trunk> trunks(Topology topology) {
        return topology.getTrunks();
    }

    private static List<Site> sites(Topology topology) {
        List<Site> sites = new java.util.ArrayList<>();
        topology.getCentralSites().forEach(c -> {
            sites.add(c);
            sites.addAll(c.getBranchSites());
        });
        return sites;
    }

    private static List<Element> named(Topology topology) {
        List<Element> elements = new java.util.ArrayList<>();
        for (Iterator<EObject> all = topology.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof Pool || next instanceof TrunkPeer) {
                elements.add((Element) next);
            }
        }
        return elements;
    }

    /**
     * A collocated Mediation Server shares its host's FQDN by design [MED], as does an SBA's own gateway: those
     * are one machine, not a clash.
     */
    private static String fqdnKey(Element element) {
        if (element instanceof MediationPool pool && pool.getCollocatedWith() != null
                && lower(pool.getFqdn()).equals(lower(pool.getCollocatedWith().getFqdn()))) {
            return null;
        }
        if (element instanceof TrunkPeer peer && (peer.getKind() == io.trunkline.model.PeerKind.SBA_GATEWAY
                || GatewayRules.isIpLiteral(peer.getAddress()))) {
            return null;
        }
        return lower(fqdnOf(element));
    }

    private static String fqdnOf(Element element) {
        return element instanceof Pool pool ? pool.getFqdn() : ((TrunkPeer) element).getAddress();
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
