package io.trunkline.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.trunkline.model.Site;
import io.trunkline.model.UsageProfile;

/**
 * The sizing of one site: what its users (and the users of sites it serves) need by the rules of thumb and by
 * Erlang B, what is drawn, and the reasoning a worksheet prints.
 *
 * @param site             the site
 * @param users            users whose PSTN calls this site's gateways carry
 * @param erlangs          busy-hour offered traffic A of those users
 * @param ruleOfThumbPorts ports by the rules of thumb, summed per usage profile [DS]
 * @param erlangBPorts     ports by Erlang B at the topology's grade of service
 * @param gradeOfService   the grade of service used
 * @param drawnPorts       PSTN ports of the site's gateways and SBA gateways
 * @param drawnGateways    number of those gateways
 * @param gatewaysNeeded   ⌈ruleOfThumbPorts / 960⌉ [DS]
 * @param drawnBlocking    Erlang B blocking of the drawn ports at {@code erlangs}
 * @param servedBy         the site that carries this site's PSTN calls instead, if any
 * @param verdict          the comparison
 * @param usersByProfile   users carried, per published usage profile (each group is rounded on its own)
 * @param holdingSeconds   mean holding time used for the traffic
 * @param alsoCarries      other sites whose PSTN calls this site carries
 */
public record SiteSizing(Site site, int users, double erlangs, int ruleOfThumbPorts, int erlangBPorts,
        double gradeOfService, int drawnPorts, int drawnGateways, int gatewaysNeeded, double drawnBlocking,
        Optional<Site> servedBy, SiteVerdict verdict, Map<UsageProfile, Integer> usersByProfile, double holdingSeconds,
        List<Site> alsoCarries) {

    /** Creates a sizing; collections are copied. */
    public SiteSizing {
        usersByProfile = Map.copyOf(usersByProfile);
        alsoCarries = List.copyOf(alsoCarries);
    }

    /**
     * Human-readable lines with inputs, formula and figure source, for worksheets and {@code trunkline size
     * --explain}. Built on demand: sizing a large topology should not pay for text nobody reads.
     */
    public List<String> reasoning() {
        List<String> why = new ArrayList<>();
        for (UsageProfile profile : UsageProfile.values()) {
            Integer group = usersByProfile.get(profile);
            if (group != null) {
                why.add(String.format(Locale.ROOT, "Rule of thumb [DS, domain.md §3]: %,d %s users / %d users per port = %,d ports (rounded up).",
                        group, profile.getLiteral().toLowerCase(Locale.ROOT), PlanningFigures.usersPerPort(profile, 0),
                        RuleOfThumb.ports(group, profile, 0)));
            }
        }
        if (erlangs > 0) {
            why.add(String.format(Locale.ROOT,
                    "Erlang B [ErlangB, domain.md §3]: A = %,d users x calls per user x %.0f s / 3600 = %.2f E; %,d ports keep blocking at or below %s.",
                    users, holdingSeconds, erlangs, erlangBPorts, percent(gradeOfService)));
            why.add(String.format(Locale.ROOT, "Drawn: %,d ports on %d gateway(s); blocking at %.2f E is %s.", drawnPorts,
                    drawnGateways, erlangs, percent(drawnBlocking)));
        }
        if (!alsoCarries.isEmpty()) {
            why.add("Also carries the PSTN calls of " + alsoCarries.stream().map(Site::getName).toList()
                    + " [DS §2, central telephony site].");
        }
        servedBy.ifPresent(c -> why.add("PSTN calls are carried by " + c.getName() + " [DS §2]."));
        return why;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3g %%", fraction * 100);
    }

    /** Ports missing by the rule of thumb (0 when enough are drawn). */
    public int portShortfall() {
        return Math.max(0, ruleOfThumbPorts - drawnPorts);
    }

    /** Whether the drawn ports keep blocking within the grade of service at the offered traffic. */
    public boolean meetsGradeOfService() {
        return drawnBlocking <= gradeOfService;
    }
}
