package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.WARNING;

import java.util.List;
import java.util.Locale;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.UsageProfile;
import io.trunkline.planning.ErlangB;
import io.trunkline.planning.SiteSizing;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleSource;

/**
 * The numbers sizing starts from (PL family): grade of service, holding time, call rates and user counts that
 * cannot be meant are errors naming the value and the range, never silently replaced by a default; and a site
 * whose traffic lies beyond what Trunkline sizes with Erlang B says so.
 */
public final class PlanningInputRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /** One call started every second of the busy hour: beyond it the traffic is no longer a number sizing can use. */
    private static final double MAX_CALLS_PER_USER_HOUR = 3600;

    private PlanningInputRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-PL-01", 901, ERROR, "The grade of service is a probability strictly between 0 and 1",
                        new RuleSource("OCTEL-GOS", "domain.md §1 and §3, catalogue §4.2",
                                "Grade of service: the probability that an incoming call is blocked ... no more than 2 out of 100 calls ... a P.02 GOS."),
                        Topology.class, P.getTopology()).checking((topology, ctx, out) -> {
                            double gos = topology.getGradeOfService();
                            if (!(gos > 0 && gos < 1)) {
                                out.report(topology, String.format(Locale.ROOT,
                                        "The grade of service is %s; it is the share of calls blocked, a number strictly between 0 and 1 (0.01 for P.01, i.e. 1 %%).",
                                        number(gos)));
                            }
                        }),
                rule("TL-PL-02", 902, ERROR, "The mean holding time is a positive number of seconds",
                        new RuleSource("UM", "domain.md §1 and §3",
                                "Each call duration is 3 minutes."),
                        Topology.class, P.getTopology()).checking((topology, ctx, out) -> {
                            int seconds = topology.getMeanHoldingTimeSeconds();
                            if (seconds <= 0) {
                                out.report(topology, "The mean holding time is " + seconds
                                        + " s; a call lasts at least 1 s (Microsoft's user model uses 180 s).");
                            }
                        }),
                rule("TL-PL-03", 903, ERROR, "A custom usage profile has between 0 and 3,600 busy-hour calls per user",
                        new RuleSource("DS", "domain.md §1 (usage profile) and §3",
                                "Organizations with light telephony usage (one PSTN call per user per hour) should allocate one port for every 15 users."),
                        Site.class, P.getSite()).checking((site, ctx, out) -> {
                            double calls = site.getCustomCallsPerUserBusyHour();
                            if (site.getUsageProfile() == UsageProfile.CUSTOM && !(calls >= 0 && calls <= MAX_CALLS_PER_USER_HOUR)) {
                                out.report(site, Labels.of(site) + " has a custom usage of " + number(calls)
                                        + " PSTN calls per user in the busy hour; it must be a number from 0 to 3,600 (light 1, moderate 2, heavy 3).");
                            }
                        }),
                rule("TL-PL-04", 904, ERROR, "A site has 0 or more users",
                        new RuleSource("DS", "domain.md §1 (site) [inferred]",
                                "A count of Enterprise Voice users cannot be negative; sizing would otherwise count the site as empty."),
                        Site.class, P.getSite()).checking((site, ctx, out) -> {
                            if (site.getUsers() < 0) {
                                out.report(site, Labels.of(site) + " has " + site.getUsers() + " users; a site has 0 or more.");
                            }
                        }),
                rule("TL-PL-05", 905, WARNING, "A site's PSTN traffic lies within what Trunkline sizes with Erlang B",
                        new RuleSource("ErlangB", "domain.md §3; io.trunkline.planning.ErlangB.MAX_PORTS",
                                "Erlang B is computed for up to 100,000 ports at one site, ten times the guidance's largest example (9,400 ports for 47,000 heavy users)."),
                        Site.class, P.getSite()).usingSizing().checking((site, ctx, out) -> {
                            SiteSizing s = ctx.sizing().site(site.getId()).orElse(null);
                            if (s != null && !s.erlangBComputed() && Double.isFinite(s.erlangs()) && s.holdingSeconds() > 0
                                    && s.gradeOfService() > 0 && s.gradeOfService() < 1) {
                                out.report(site, String.format(Locale.ROOT,
                                        "%s offers %,.0f E of PSTN traffic from %,d users; that needs more than %,d ports, the most Trunkline sizes with Erlang B. Check the users, usage profile and holding time.",
                                        Labels.of(site), s.erlangs(), s.users(), ErlangB.MAX_PORTS));
                            }
                        }));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "not a number" : Double.isInfinite(value) ? "infinite" : String.valueOf(value);
    }
}
