package io.trunkline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each rule of domain-catalogue.md §2 is checked: by the Trunkline rules whose source cites it, or, for the
 * few without a rule of their own, by what guarantees it instead or why it cannot be expressed yet and what model
 * it would need. docs/rules.md lists the second kind.
 */
public final class CatalogueCoverage {

    /** The catalogue's families and how many rules each has (domain-catalogue.md §2: 85 rules). */
    private static final Map<String, Integer> FAMILIES = Map.of("GW", 23, "MS", 13, "BR", 15, "CS", 11, "MB", 12,
            "ST", 5, "ID", 6);

    /** A catalogue id cited in a rule's source, not preceded by "TL-" (which names a Trunkline rule). */
    private static final Pattern CITED = Pattern.compile("(?<![A-Z]-)\\b([A-Z]{2}-\\d{2})\\b");

    /**
     * A catalogue rule without a Trunkline rule of its own.
     *
     * @param id       the catalogue id, e.g. {@code GW-03}
     * @param severity the catalogue's severity
     * @param check    what the catalogue asks for
     * @param how      what guarantees it instead, or why it is not expressible and what model it would need
     */
    public record Gap(String id, Severity severity, String check, String how) {
    }

    private static final List<Gap> GAPS = List.of(
            new Gap("GW-03", Severity.ERROR, "A root trunk is removed only with its peer",
                    "Guaranteed without a rule of its own: deleting a peer in the editor deletes its trunks with it, and a peer left without its root trunk is reported by TL-GW-02 (or by TL-GW-01 when it has no trunk left)."),
            new Gap("BR-10", Severity.ERROR, "Every branch site belongs to a central site",
                    "Guaranteed by the model: a branch site exists only inside a central site's branch sites (the only containment of BranchSite), so a topology file with a branch anywhere else does not load."),
            new Gap("GW-17", Severity.ERROR, "At most one default gateway per Mediation pool",
                    "Not expressible yet: needs which trunk is a Mediation pool's default (Topology Builder's Make Default) in the model."),
            new Gap("GW-23", Severity.WARNING, "A voice route uses only routable gateways",
                    "Not expressible yet: needs voice routes and a gateway's Routable setting in the model."),
            new Gap("MS-12", Severity.INFO, "A branch IP-PBX without early-media support gets a branch Mediation Server",
                    "Not expressible yet: needs an IP-PBX's early media (RFC 3960) support in the model."),
            new Gap("MS-13", Severity.INFO, "A Mediation pool serving remote Enterprise Voice users has an Edge pool",
                    "Not expressible yet: needs remote (external) users per site or pool in the model."),
            new Gap("BR-14", Severity.WARNING, "Branch users have a backup route through a central-site gateway",
                    "Not expressible yet: needs voice policies, PSTN usages and voice routes in the model."),
            new Gap("CS-08", Severity.WARNING, "A failover route uses a gateway at another site than the primary route's",
                    "Not expressible yet: needs voice routes and their gateways in the model."),
            new Gap("CS-09", Severity.WARNING, "Multi-server Front End, Mediation and Edge pools are load balanced",
                    "Mediation pools: TL-MS-10. Front End and Edge pools need their load balancing in the model."),
            new Gap("CS-10", Severity.WARNING, "Edge servers cover the remote users (one per 12,000, at least two)",
                    "Not expressible yet: needs remote users and Edge servers per Edge pool in the model."),
            new Gap("MB-03", Severity.ERROR, "Media bypass needs Refer support, or Refer and RTCP all off",
                    "Not expressible yet: needs a trunk's RTCP active calls and RTCP calls on hold in the model."),
            new Gap("MB-05", Severity.WARNING, "With site-and-region bypass, every routable subnet belongs to a network site",
                    "Not expressible yet: needs call admission control's network sites and subnets in the model."),
            new Gap("MB-08", Severity.INFO, "Predicted bypass per client site and gateway site",
                    "Not expressible yet: needs network regions, sites and bypass IDs in the model."),
            new Gap("MB-09", Severity.ERROR, "Every network site is in one region and every region has a central site",
                    "Not expressible yet: needs call admission control's network regions and sites in the model."),
            new Gap("MB-10", Severity.WARNING, "A WAN link's audio bandwidth covers the calls crossing it",
                    "Not expressible yet: needs the codec of the calls crossing a WAN link in the model."),
            new Gap("MB-11", Severity.WARNING, "A SIP trunk's access bandwidth covers its simultaneous calls",
                    "Not expressible yet: needs a SIP trunk's maximum simultaneous calls and access bandwidth in the model."),
            new Gap("MB-12", Severity.INFO, "Bypass on Wi-Fi subnets is evaluated first",
                    "Not expressible yet: needs subnets and whether they are wireless in the model."),
            new Gap("ST-02", Severity.WARNING, "An Internet SIP trunk uses a VPN and serves no mid-size or larger site",
                    "Not expressible yet: needs a SIP trunk's connection type in the model."),
            new Gap("ST-05", Severity.INFO, "SIP trunks use G.711 (a-law outside North America, µ-law in it)",
                    "Not expressible yet: needs a SIP trunk's codec in the model."),
            new Gap("ID-05", Severity.ERROR, "An E9-1-1 location name has at most 20 characters",
                    "Not expressible yet: needs E9-1-1 locations in the model."),
            new Gap("ID-06", Severity.INFO, "E9-1-1 is planned only in the United States",
                    "Not expressible yet: needs E9-1-1 locations in the model."),
            new Gap("ID-04", Severity.INFO, "An SBA's FQDN equals its AD computer account's servicePrincipalName",
                    "Not expressible: the servicePrincipalName lives in Active Directory, outside the topology; a rule would need the AD account (an import of it) in the model."));

    private CatalogueCoverage() {
    }

    /** Every catalogue id, GW-01 to ID-06, in the catalogue's order. */
    public static List<String> catalogueIds() {
        List<String> ids = new ArrayList<>();
        for (String family : List.of("GW", "MS", "BR", "CS", "MB", "ST", "ID")) {
            for (int n = 1; n <= FAMILIES.get(family); n++) {
                ids.add(String.format(java.util.Locale.ROOT, "%s-%02d", family, n));
            }
        }
        return ids;
    }

    /** The catalogue rules without a Trunkline rule of their own, in the catalogue's order. */
    public static List<Gap> gaps() {
        List<String> order = catalogueIds();
        return GAPS.stream().sorted(java.util.Comparator.comparingInt(g -> order.indexOf(g.id()))).toList();
    }

    /** For every catalogue id, the Trunkline rules whose source cites it (empty when none does). */
    public static Map<String, List<String>> citations() {
        Map<String, List<String>> cited = new TreeMap<>();
        catalogueIds().forEach(id -> cited.put(id, new ArrayList<>()));
        for (Rule rule : RuleCatalogue.all()) {
            String section = rule.source().section();
            int at = section.indexOf("catalogue");
            if (at < 0) {
                continue;
            }
            Matcher m = CITED.matcher(section.substring(at));
            while (m.find()) {
                List<String> rules = cited.get(m.group(1));
                if (rules != null && !rules.contains(rule.id())) {
                    rules.add(rule.id());
                }
            }
        }
        return cited;
    }
}
