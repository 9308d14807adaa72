package io.trunkline.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * @param verdict          the comparison by the rule of thumb; {@link #verdictText()} adds Erlang B and both
 *                         shortfalls when ports and gateways are short at once
 * @param usersByProfile   users carried, per published usage profile (each group is rounded on its own)
 * @param holdingSeconds   mean holding time used for the traffic
 * @param alsoCarries      other sites whose PSTN calls this site carries
 * @param usersByCallRate  users carried, per busy-hour calls per user, the terms of the traffic formula
 */
public record SiteSizing(Site site, long users, double erlangs, long ruleOfThumbPorts, int erlangBPorts,
        double gradeOfService, long drawnPorts, int drawnGateways, long gatewaysNeeded, double drawnBlocking,
        boolean erlangBComputed, Optional<Site> servedBy, SiteVerdict verdict, Map<UsageProfile, Long> usersByProfile,
        double holdingSeconds, List<Site> alsoCarries, Map<Double, Long> usersByCallRate) {

    /** Creates a sizing; collections are copied. */
    public SiteSizing {
        usersByProfile = Map.copyOf(usersByProfile);
        alsoCarries = List.copyOf(alsoCarries);
        usersByCallRate = new TreeMap<>(usersByCallRate);
    }

    /** A sizing without the traffic formula's terms (its reasoning then names only A). */
    public SiteSizing(Site site, long users, double erlangs, long ruleOfThumbPorts, int erlangBPorts,
            double gradeOfService, long drawnPorts, int drawnGateways, long gatewaysNeeded, double drawnBlocking,
            boolean erlangBComputed, Optional<Site> servedBy, SiteVerdict verdict, Map<UsageProfile, Long> usersByProfile,
            double holdingSeconds, List<Site> alsoCarries) {
        this(site, users, erlangs, ruleOfThumbPorts, erlangBPorts, gradeOfService, drawnPorts, drawnGateways,
                gatewaysNeeded, drawnBlocking, erlangBComputed, servedBy, verdict, usersByProfile, holdingSeconds,
                alsoCarries, Map.of());
    }

    /**
     * Human-readable lines, each a formula with its numbers filled in and its source, for worksheets, the
     * Properties view and {@code trunkline size --explain}. Built on demand: sizing a large topology should not
     * pay for text nobody reads.
     */
    public List<String> reasoning() {
        List<String> why = new ArrayList<>();
        servedBy.ifPresent(c -> why.add("PSTN calls are carried by " + c.getName() + " [DS §2, central telephony site]."));
        if (!alsoCarries.isEmpty()) {
            why.add("Also carries the PSTN calls of " + alsoCarries.stream().map(Site::getName).toList()
                    + " [DS §2, central telephony site].");
        }
        if (servedBy.isPresent()) {
            return why;
        }
        if (users > 0) {
            why.add(trafficReasoning());
        }
        why.addAll(ruleOfThumbReasoning());
        if (!erlangBComputed || erlangs > 0) {
            why.add(erlangBReasoning());
        }
        why.add(drawnReasoning());
        if (ruleOfThumbPorts > 0) {
            why.add(gatewaysReasoning());
        }
        why.add("Verdict: " + verdictText() + ".");
        return why;
    }

    /** The rule of thumb per usage profile, with its numbers and source. */
    public List<String> ruleOfThumbReasoning() {
        List<String> why = new ArrayList<>();
        for (UsageProfile profile : UsageProfile.values()) {
            Long group = usersByProfile.get(profile);
            if (group != null) {
                why.add(String.format(Locale.ROOT, "Rule of thumb [DS, domain.md §3]: %,d %s users / %d users per port = %,d ports (rounded up).",
                        group, profile.getLiteral().toLowerCase(Locale.ROOT), PlanningFigures.usersPerPort(profile, 0),
                        RuleOfThumb.ports(group, profile, 0)));
            }
        }
        return why;
    }

    /** The gateway count, with its numbers and source. */
    public String gatewaysReasoning() {
        return String.format(Locale.ROOT, "Gateways [DS, domain.md §3]: ⌈%,d ports / %d ports per gateway⌉ = %,d needed; %d drawn.",
                ruleOfThumbPorts, PlanningFigures.GATEWAY_MAX_PORTS, gatewaysNeeded, drawnGateways);
    }

    /** Erlang B's ports at the grade of service, or why they were not computed. */
    public String erlangBReasoning() {
        return erlangBComputed ? erlangBFormula() : "Erlang B [ErlangB, domain.md §3] is not computed: " + whyNotComputed() + ".";
    }

    /** A = users × calls per user × holding time, with every term and its source. */
    public String trafficReasoning() {
        String hours = String.format(Locale.ROOT, "%.0f s / 3,600 s", holdingSeconds);
        if (usersByCallRate.isEmpty()) {
            return String.format(Locale.ROOT, "Offered traffic [UM, domain.md §3]: A = %,d users x calls per user x %s = %.2f E.",
                    users, hours, erlangs);
        }
        List<String> terms = new ArrayList<>();
        usersByCallRate.forEach((calls, n) -> terms.add(String.format(Locale.ROOT, "%,d users x %s", n, calls(calls))));
        String sum = terms.size() == 1 ? terms.get(0) : "(" + String.join(" + ", terms) + ")";
        return String.format(Locale.ROOT,
                "Offered traffic [UM, DS, domain.md §3]: A = %s in the busy hour x %s = %.2f E.", sum, hours, erlangs);
    }

    private static String calls(double calls) {
        String number = calls == Math.rint(calls) && Math.abs(calls) < 1e15 ? String.format(Locale.ROOT, "%.0f", calls)
                : String.valueOf(calls);
        return number + (calls == 1 ? " call" : " calls");
    }

    private String erlangBFormula() {
        String line = String.format(Locale.ROOT,
                "Erlang B [ErlangB, domain.md §3]: the smallest N with B(N, %.2f E) <= %s is N = %,d",
                erlangs, Percent.of(gradeOfService), erlangBPorts);
        if (erlangBPorts > 0) {
            line += String.format(Locale.ROOT, " (B(%,d) = %s, B(%,d) = %s)", erlangBPorts,
                    Percent.of(ErlangB.blocking(erlangBPorts, erlangs)), erlangBPorts - 1,
                    Percent.of(ErlangB.blocking(erlangBPorts - 1, erlangs)));
        }
        return line + ".";
    }

    /** The drawn ports and their Erlang B blocking against the grade of service. */
    public String drawnReasoning() {
        String line = String.format(Locale.ROOT, "Drawn: %,d ports on %d gateway(s)", drawnPorts, drawnGateways);
        if (erlangBComputed && erlangs > 0) {
            line += String.format(Locale.ROOT, "; B(%,d, %.2f E) = %s blocking, %s the grade of service %s", drawnPorts,
                    erlangs, Percent.of(drawnBlocking), meetsGradeOfService() ? "within" : "above",
                    Percent.of(gradeOfService));
        }
        return line + ".";
    }

    /**
     * The verdict in words, naming every shortfall: ports by the rule of thumb, gateways by ⌈ports / 960⌉ (both
     * when both hold, domain.md §4 item 4) and blocking by Erlang B at the grade of service.
     */
    public String verdictText() {
        // Concatenated rather than String.format: made for every site of an export (issue 19), same characters.
        switch (verdict) {
        case SERVED_ELSEWHERE:
            return "served elsewhere, by " + servedBy.map(Site::getName).orElse("another site");
        case NO_DEMAND:
            return "no PSTN demand";
        case NO_PSTN_CONNECTIVITY:
            return "no PSTN connectivity for " + Thousands.of(users) + " users";
        default:
            break;
        }
        List<String> parts = new ArrayList<>();
        if (portShortfall() > 0) {
            parts.add("short of ports: " + Thousands.of(drawnPorts) + " drawn, " + Thousands.of(ruleOfThumbPorts)
                    + " needed by the rule of thumb (" + Thousands.of(portShortfall()) + " short)");
        }
        if (tooFewGateways()) {
            parts.add("too few gateways: " + drawnGateways + " drawn, " + Thousands.of(gatewaysNeeded) + " needed");
        }
        if (parts.isEmpty()) {
            parts.add("covered by the rule of thumb");
        }
        if (erlangBComputed && erlangs > 0) {
            parts.add(meetsGradeOfService()
                    ? "blocking " + Percent.of(drawnBlocking) + " within " + Percent.of(gradeOfService)
                    : "but blocking " + Percent.of(drawnBlocking) + " is above " + Percent.of(gradeOfService)
                            + ": Erlang B needs " + Thousands.of(erlangBPorts) + " ports");
        }
        return String.join("; ", parts);
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

    /**
     * Ports missing by the rule of thumb (0 when enough are drawn); a shortfall beyond {@code int} is shown as
     * the largest int, since no gateway port count can make it up anyway.
     */
    public int portShortfall() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, ruleOfThumbPorts - drawnPorts));
    }

    /**
     * Whether fewer gateways are drawn than ⌈ports / 960⌉ (rule GW-07), whether or not the ports fall short too:
     * nine gateways of at most 960 ports can never hold 9,400 ports (domain.md §4 item 4).
     */
    public boolean tooFewGateways() {
        return (verdict == SiteVerdict.SHORT_OF_PORTS || verdict == SiteVerdict.TOO_FEW_GATEWAYS)
                && drawnGateways < gatewaysNeeded;
    }

    /** Whether Erlang B was computed and the drawn ports keep blocking within the grade of service. */
    public boolean meetsGradeOfService() {
        return erlangBComputed && drawnBlocking <= gradeOfService;
    }
}
