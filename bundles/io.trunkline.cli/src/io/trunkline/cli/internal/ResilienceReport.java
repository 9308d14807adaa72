package io.trunkline.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.FailureResult;
import io.trunkline.resiliency.SiteResult;
import io.trunkline.resiliency.Sweep;
import io.trunkline.validation.ValidationReport;

/**
 * The resilience command's output: lines for a terminal, or one JSON object for a script. A sweep's report is printed
 * as it is made: made whole first, that of 100,000 sites (473,333 impacts) ran out of the command line's heap.
 */
final class ResilienceReport {

    private ResilienceReport() {
    }

    static void text(String file, Sweep sweep, PrintStream out) {
        List<ElementImpact> spofs = sweep.singlePointsOfFailure();
        List<ElementImpact> ports = sweep.shortOfPorts();
        out.append(file).append(": N-1 sweep of ").append(number(sweep.impacts().size())).append(" elements: ")
                .append(number(spofs.size())).append(" single points of failure, ").append(number(ports.size()))
                .append(" short of ports.\n");
        out.append(sweep.baseline().assumption()).append('\n');
        out.append("With nothing failed: ").append(sweep.baseline().summary()).append('\n');
        if (!spofs.isEmpty()) {
            out.append("\nSingle points of failure (most users affected first):\n");
            for (ElementImpact impact : spofs) {
                out.format(Locale.ROOT, "  %-16s %s (%s): %s without PSTN, %s without registration \u2014 %s%n",
                        impact.element().getId(), impact.name(), impact.kind(), number(impact.usersWithoutPstn()),
                        number(impact.usersWithoutRegistration()), impact.cost());
            }
        }
        if (!ports.isEmpty()) {
            out.append("\nShort of ports (everyone served, too few ports for the grade of service):\n");
            for (ElementImpact impact : ports) {
                out.format(Locale.ROOT, "  %-16s %s (%s): %s ports short \u2014 %s%n", impact.element().getId(),
                        impact.name(), impact.kind(), number(impact.portShortfall()), impact.cost());
            }
        }
    }

    static String text(String file, FailureResult result, ElementImpact impact) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(": with ").append(impact.name()).append(" down: ").append(number(impact.usersWithoutPstn()))
                .append(" more users without PSTN, ").append(number(impact.usersWithoutRegistration()))
                .append(" more without registration.\n");
        out.append(result.assumption()).append('\n');
        out.append(result.summary()).append('\n');
        for (SiteResult site : result.sites()) {
            out.append(String.format(Locale.ROOT, "  %-10s %s%n", site.overall().words(), site.summary()));
        }
        return out.toString();
    }

    /** One JSON object and a line break. */
    static void json(String file, Sweep sweep, PrintStream out) {
        out.append("{\"file\":").append(quote(file)).append(",\"assumption\":").append(quote(sweep.baseline().assumption()))
                .append(",\"baseline\":").append(totals(sweep.baseline())).append(",\"singlePointsOfFailure\":");
        impacts(sweep.singlePointsOfFailure(), out);
        out.append(",\"shortOfPorts\":");
        impacts(sweep.shortOfPorts(), out);
        out.append("}\n");
    }

    static String json(String file, FailureResult result, ElementImpact impact) {
        return "{\"file\":" + quote(file) + ",\"assumption\":" + quote(result.assumption()) + ",\"failed\":"
                + result.failed().stream().map(e -> quote(e.getId())).collect(Collectors.joining(",", "[", "]"))
                + ",\"impact\":" + impact(impact) + ",\"totals\":" + totals(result) + ",\"sites\":"
                + result.sites().stream().map(ResilienceReport::site).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    private static String totals(FailureResult result) {
        return "{\"usersWithoutPstn\":" + result.usersWithoutPstn() + ",\"usersWithoutRegistration\":"
                + result.usersWithoutRegistration() + "}";
    }

    private static void impacts(List<ElementImpact> impacts, PrintStream out) {
        out.append('[');
        for (int i = 0; i < impacts.size(); i++) {
            out.append(i == 0 ? "" : ",").append(impact(impacts.get(i)));
        }
        out.append(']');
    }

    private static String impact(ElementImpact impact) {
        return "{\"element\":" + quote(impact.element().getId()) + ",\"name\":" + quote(impact.name()) + ",\"kind\":"
                + quote(impact.kind()) + ",\"usersWithoutPstn\":" + impact.usersWithoutPstn()
                + ",\"usersWithoutRegistration\":" + impact.usersWithoutRegistration() + ",\"portShortfall\":"
                + impact.portShortfall() + ",\"worst\":" + quote(impact.worst().name()) + ",\"sitesAffected\":"
                + impact.sitesAffected().stream().map(s -> quote(s.getId())).collect(Collectors.joining(",", "[", "]"))
                + ",\"cost\":" + quote(impact.cost()) + "}";
    }

    private static String site(SiteResult site) {
        return "{\"site\":" + quote(site.site().getId()) + ",\"name\":" + quote(site.site().getName()) + ",\"overall\":"
                + quote(site.overall().name()) + ",\"registration\":" + quote(site.registration().name()) + ",\"pstn\":"
                + quote(site.pstn().name()) + ",\"users\":" + site.users() + ",\"usersWithoutRegistration\":"
                + site.usersWithoutRegistration() + ",\"usersWithoutPstn\":" + site.usersWithoutPstn()
                + ",\"failoverSeconds\":" + (site.failoverSeconds().isPresent() ? site.failoverSeconds().getAsInt() : "null")
                + ",\"portsLeft\":" + site.portsLeft() + ",\"portsNeeded\":"
                + (site.portsNeeded().isPresent() ? site.portsNeeded().getAsInt() : "null") + ",\"reasons\":"
                + site.reasons().stream().map(ResilienceReport::quote).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A JSON string, written as the validation report writes its own. */
    static String quote(String text) {
        return ValidationReport.quote(text);
    }
}
