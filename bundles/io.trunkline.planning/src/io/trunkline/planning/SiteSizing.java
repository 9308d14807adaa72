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
 * @param erlangBPorts     ports by Erlang B at the topology's grade of service (0 when not computed)
 * @param gradeOfService   the grade of service used
 * @param drawnPorts       PSTN ports of the site's gateways and SBA gateways
 * @param drawnGateways    number of those gateways
 * @param gatewaysNeeded   ⌈ruleOfThumbPorts / 960⌉ [DS]
 * @param drawnBlocking    Erlang B blocking of the drawn ports at {@code erlangs} (NaN when not computed)
 * @param erlangBComputed  false when the grade of service, holding time or call rate is impossible, or more than
 *                         {@link ErlangB#MAX_PORTS} ports would be needed; {@link #reasoning()} says which
 * @param servedBy         the site that carries this site's PSTN calls instead, if any
 * @param verdict          the comparison
 * @param usersByProfile   users carried, per published usage profile (each group is rounded on its own)
 * @param holdingSeconds   mean holding time used for the traffic
 * @param alsoCarries      other sites whose PSTN calls this site carries
 */
public record SiteSizing(Site site, long users, double erlangs, long ruleOfThumbPorts, int erlangBPorts,
        double gradeOfService, long drawnPorts, int drawnGateways, long gatewaysNeeded, double drawnBlocking,
        boolean erlangBComputed, Optional<Site> servedBy, SiteVerdict verdict, Map<UsageProfile, Long> usersByProfile,
        double holdingSeconds, List<Site> alsoCarries) {

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
            Long group = usersByProfile.get(profile);
            if (group != null) {
                why.add(String.format(Locale.ROOT, "Rule of thumb [DS, domain.md §3]: %,d %s users / %d users per port = %,d ports (rounded up).",
                        group, profile.getLiteral().toLowerCase(Locale.ROOT), PlanningFigures.usersPerPort(profile, 0),
                        RuleOfThumb.ports(group, profile, 0)));
            }
        }
        if (!erlangBComputed) {
            why.add("Erlang B [ErlangB, domain.md §3] is not computed: " + whyNotComputed() + ".");
        } else if (erlangs > 0) {
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

    private String whyNotComputed() {
        if (!(gradeOfService > 0 && gradeOfService < 1)) {
            return "the grade of service " + gradeOfService + " is not a probability strictly between 0 and 1";
        }
        if (!(holdingSeconds > 0)) {
            return "the mean holding time is not a positive number of seconds";
        }
        if (!Double.isFinite(erlangs)) {
            return "the offered traffic is not a finite number (check the custom calls per user)";
        }
        return String.format(Locale.ROOT, "%.1f E would need more than %,d ports, the most Trunkline sizes", erlangs,
                ErlangB.MAX_PORTS);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3g %%", fraction * 100);
    }

    /**
     * Ports missing by the rule of thumb (0 when enough are drawn); a shortfall beyond {@code int} is shown as
     * the largest int, since no gateway port count can make it up anyway.
     */
    public int portShortfall() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, ruleOfThumbPorts - drawnPorts));
    }

    /** Whether Erlang B was computed and the drawn ports keep blocking within the grade of service. */
    public boolean meetsGradeOfService() {
        return erlangBComputed && drawnBlocking <= gradeOfService;
    }
}
