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
            new Gap("MS-12", Severity.INFO, "A branch IP-PBX without early-media support gets a branch Mediation Server",
                    "Not expressible yet: needs whether an IP-PBX supports early media (RFC 3960) in the model."),
            new Gap("BR-10", Severity.ERROR, "Every branch site belongs to a central site",
                    "Guaranteed by the model: a branch site exists only inside a central site's branch sites (the only containment of BranchSite), so a topology file with a branch anywhere else does not load."),
            new Gap("MB-12", Severity.INFO, "Bypass on Wi-Fi subnets is evaluated first",
                    "Not expressible yet: needs whether a subnet is wireless in the model."),
            new Gap("ST-05", Severity.INFO, "SIP trunks use G.711 (a-law outside North America, µ-law in it)",
                    "Not expressible yet: needs a SIP trunk's codec in the model (the model has the codec of WAN links only)."),
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
