package io.trunkline.resiliency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trunkline.model.Element;

/**
 * What a topology can still do with some elements down: a result per site and an outcome per element.
 *
 * @param failed     the elements asked to fail
 * @param down       everything down with them (a site's contents, a Front End pool's collocated Mediation pool,
 *                   an SBA's Mediation and gateway), the failed elements included
 * @param sites      one result per site, in model order
 * @param elements   element id → outcome, for tinting a diagram: sites, pools, SBAs/SBSs, trunk peers, trunks and
 *                   WAN links; the elements down are {@link Outcome#FAILED}
 * @param assumption how PSTN calls are assumed to be routed (one line; every output shows it)
 */
public record FailureResult(List<Element> failed, List<Element> down, List<SiteResult> sites,
        Map<String, Outcome> elements, String assumption) {

    /** Creates a result; collections are copied. */
    public FailureResult {
        failed = List.copyOf(failed);
        down = List.copyOf(down);
        sites = List.copyOf(sites);
        elements = Map.copyOf(elements);
    }

    /** The result of the site with {@code id}. */
    public Optional<SiteResult> site(String id) {
        return sites.stream().filter(s -> id.equals(s.site().getId())).findFirst();
    }

    /** The outcome of the element with {@code id} ({@link Outcome#SURVIVES} for one not shown in a diagram). */
    public Outcome outcome(String id) {
        return elements.getOrDefault(id, Outcome.SURVIVES);
    }

    /** Users in all sites who cannot place a PSTN call. */
    public long usersWithoutPstn() {
        return sites.stream().mapToLong(SiteResult::usersWithoutPstn).sum();
    }

    /** Users in all sites who cannot register. */
    public long usersWithoutRegistration() {
        return sites.stream().mapToLong(SiteResult::usersWithoutRegistration).sum();
    }

    /** Sites with {@code outcome} overall. */
    public long count(Outcome outcome) {
        return sites.stream().filter(s -> s.overall() == outcome).count();
    }

    /** One line for a status bar: "2 sites without service, 3 degraded, 40 survive: 1,200 users without PSTN, 0 without registration." */
    public String summary() {
        return Text.count(count(Outcome.NO_SERVICE), "site") + " without service, " + count(Outcome.DEGRADED)
                + " degraded, " + count(Outcome.SURVIVES) + " survive: " + Text.number(usersWithoutPstn())
                + " users without PSTN, " + Text.number(usersWithoutRegistration()) + " without registration.";
    }
}
