package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.validation.ElementRule.Neighbours;
import io.trunkline.validation.Findings;
import io.trunkline.validation.ModelOrder;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;
import io.trunkline.validation.KeyGroups;

/**
 * Uniqueness across the topology: FQDNs, IP addresses, site names, trunk names and trunk identities (catalogue
 * ID-01–ID-03, GW-12–GW-14). Each reports every element that repeats the key of an earlier one, naming the first;
 * the elements sharing a key are looked up in an index ({@link KeyGroups}), so an edit re-checks only the
 * groups it changed.
 */
public final class IdentityRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /** "has a maximum length of 20 characters (including spaces)" [ELIN]. */
    private static final int MAX_LOCATION_LENGTH = 20;

    /** How planners write the United States as a country/region. */
    private static final Set<String> UNITED_STATES = Set.of("US", "USA", "UNITED STATES");

    private IdentityRules() {
    }

    /** TL-GW-12: the trunk's identity {Mediation FQDN, Mediation port : peer address, peer port}. */
    private static final KeyGroups<Trunk> TRUNK_IDENTITIES = KeyGroups.of(Trunk.class, t -> t.getMediationPool() == null
            || t.getPeer() == null ? null
                    : lower(t.getMediationPool().getFqdn()) + ":" + t.getMediationPort() + "|" + lower(t.getPeer().getAddress())
                            + ":" + t.getPeerPort())
            .readingAlso(IdentityRules::ends);

    /** TL-GW-13: the pool, the peer and the port pair of a trunk. */
    private static final KeyGroups<Trunk> TRUNK_PORT_PAIRS = KeyGroups.of(Trunk.class, t -> t.getMediationPool() == null
            || t.getPeer() == null ? null
                    : t.getMediationPool().getId() + "|" + t.getPeer().getId() + "|" + t.getMediationPort() + "|" + t.getPeerPort())
            .readingAlso(IdentityRules::ends);

    /** TL-GW-14. */
    private static final KeyGroups<Trunk> TRUNK_NAMES = KeyGroups.of(Trunk.class, t -> lower(t.getName()));

    /** TL-ID-01: pools' and named peers' FQDNs; a collocated Mediation pool's key reads its host's FQDN. */
    private static final KeyGroups<Element> FQDNS = KeyGroups.of(Element.class,
            e -> e instanceof Pool || e instanceof TrunkPeer ? fqdnKey(e) : null)
            .readingAlso(e -> e instanceof MediationPool pool ? Arrays.asList(pool.getCollocatedWith()) : List.of());

    /**
     * TL-ID-02: every IP address of a pool or peer. The first user of an address is the first by site, and
     * within a site pools before Mediation pools before peers, which is the order planners read a site in.
     */
    private static final KeyGroups<Element> IP_ADDRESSES = KeyGroups.ofEach(Element.class,
            e -> addressesOf(e).stream().map(IdentityRules::lower).distinct().toList())
            .firstBy(Comparator.comparing(RuleContext::siteOf, ModelOrder.PRE_ORDER)
                    .thenComparing(IdentityRules::addressRank).thenComparing(ModelOrder.PRE_ORDER));

    /** TL-ID-03. */
    private static final KeyGroups<Site> SITE_NAMES = KeyGroups.of(Site.class, s -> lower(s.getName()));

    /** A trunk's name or identity is shown with its ends' FQDN and address as typed: re-check when those change. */
    private static final Neighbours TRUNKS_OF_RENAMED_ENDS = Neighbourhoods.when(Set.of(P.getPool_Fqdn(),
            P.getTrunkPeer_Address()), Neighbourhoods.TRUNKS_OF_ENDS);

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-GW-12", 112, ERROR, "Trunk identities {Mediation FQDN, Mediation port : peer address, peer port} are unique",
                        new RuleSource("DGW", "domain.md §4.9, catalogue GW-12",
                                "A trunk is a logical connection between a Mediation Server and a gateway uniquely identified by the tuple."),
                        Trunk.class, P.getTrunk())
                        .alsoWhen(Neighbourhoods.regrouped(TRUNK_IDENTITIES), TRUNKS_OF_RENAMED_ENDS)
                        .checking((t, ctx, out) -> repeats(out, ctx, TRUNK_IDENTITIES, t,
                                first -> Labels.of(t) + " repeats the identity of " + Labels.of(first) + " ("
                                        + t.getMediationPool().getFqdn() + ":" + t.getMediationPort() + " to "
                                        + t.getPeer().getAddress() + ":" + t.getPeerPort() + ").")),
                rule("TL-GW-13", 113, ERROR, "No two trunks between the same pool and peer share a port pair",
                        new RuleSource("DAT", "domain.md §4.9, catalogue GW-13",
                                "Two trunks with different trunk names cannot be configured with the same Associated Mediation Server port and Listening Port for IP/PSTN gateway."),
                        Trunk.class, P.getTrunk())
                        .alsoWhen(Neighbourhoods.regrouped(TRUNK_PORT_PAIRS))
                        .checking((t, ctx, out) -> repeats(out, ctx, TRUNK_PORT_PAIRS, t,
                                first -> Labels.of(t) + " uses Mediation port " + t.getMediationPort() + " and peer port "
                                        + t.getPeerPort() + " like " + Labels.of(first) + " between the same pool and peer.")),
                rule("TL-GW-14", 114, ERROR, "Trunk names are unique",
                        new RuleSource("DAT", "domain.md §4.9, catalogue GW-14", "You cannot have two trunks with the same name."),
                        Trunk.class, P.getTrunk())
                        .alsoWhen(Neighbourhoods.regrouped(TRUNK_NAMES))
                        .checking((t, ctx, out) -> repeats(out, ctx, TRUNK_NAMES, t,
                                first -> "Trunk name '" + t.getName() + "' is used twice (" + t.getId() + " and "
                                        + first.getId() + ").")),
                rule("TL-ID-01", 701, ERROR, "FQDNs are unique (case-insensitive)",
                        new RuleSource("TBH-MS", "domain.md §4.15, catalogue ID-01 [inferred]",
                                "Topology documents identify clusters and machines by FQDN, and each FQDN needs its own DNS A record."),
                        Element.class, P.getPool(), P.getTrunkPeer())
                        .alsoWhen(Neighbourhoods.regrouped(FQDNS))
                        .checking((e, ctx, out) -> repeats(out, ctx, FQDNS, e,
                                first -> Labels.of(e) + " has the FQDN " + fqdnOf(e) + " that " + Labels.of(first)
                                        + " already uses.")),
                rule("TL-ID-02", 702, ERROR, "IP addresses are unique",
                        new RuleSource("DGW", "catalogue ID-02 [inferred]",
                                "Type the fully qualified domain name (FQDN) or IP address of the peer: an address reaches one machine or peer, so two cannot share it."),
                        Element.class, P.getPool(), P.getTrunkPeer())
                        .alsoWhen(Neighbourhoods.regrouped(IP_ADDRESSES))
                        .checking((e, ctx, out) -> {
                            for (String ip : addressesOf(e)) {
                                Element owner = ctx.firstWith(IP_ADDRESSES, lower(ip));
                                if (owner != null && owner != e) {
                                    out.report(e, Labels.of(e) + " uses the IP address " + Labels.text(ip) + " that "
                                            + Labels.of(owner) + " already uses; give each its own address.", owner);
                                }
                            }
                        }),
                rule("TL-ID-03", 703, ERROR, "Site names are unique",
                        new RuleSource("TB", "domain.md §4.15, catalogue ID-03 [inferred]",
                                "Sites are told apart by name in Topology Builder and in every worksheet."),
                        Site.class, P.getSite())
                        .alsoWhen(Neighbourhoods.regrouped(SITE_NAMES))
                        .checking((s, ctx, out) -> repeats(out, ctx, SITE_NAMES, s,
                                first -> "Site name '" + s.getName() + "' is used by " + Labels.of(first) + " too.")),
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

    /** The IP addresses of a pool's servers or of a peer addressed by IP and its media processor. */
    private static List<String> addressesOf(Element element) {
        if (element instanceof Pool pool) {
            return poolAddresses(pool);
        }
        return element instanceof TrunkPeer peer ? peerAddresses(peer) : List.of();
    }

    /** Within a site: Front End, Director, Edge pools and SBAs first, then Mediation pools, then peers. */
    private static int addressRank(EObject element) {
        if (element instanceof TrunkPeer) {
            return 2;
        }
        return element instanceof MediationPool ? 1 : 0;
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

    /** Reports {@code element} if an element before it has its key, naming that first one. */
    private static <T extends Element> void repeats(Findings out, RuleContext ctx, KeyGroups<T> keys, T element,
            Function<T, String> message) {
        for (String key : keys.keysOf(element)) {
            T first = ctx.firstWith(keys, key);
            if (first != null && first != element) {
                out.report(element, message.apply(first), first);
            }
        }
    }

    private static List<EObject> ends(Trunk trunk) {
        return Arrays.asList(trunk.getMediationPool(), trunk.getPeer());
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
