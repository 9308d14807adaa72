package io.trunkline.resiliency;

import java.util.List;

import io.trunkline.model.Element;
import io.trunkline.model.Site;

/**
 * What the loss of one element (or of a chosen pair) costs compared with the topology with nothing failed. The
 * users of a site that is itself down are not counted: they go down with it, and a design review asks who
 * <em>else</em> loses service.
 *
 * @param failed                    the element(s) failed
 * @param usersWithoutPstn          users who could place PSTN calls before and cannot now
 * @param usersWithoutRegistration  users who could register before and cannot now
 * @param portShortfall             ports missing against the Erlang B need that were not missing before, summed
 *                                  over the sites whose gateways carry the calls
 * @param worst                     the worst outcome of a site whose result changed ({@link Outcome#SURVIVES} when
 *                                  none changed)
 * @param sitesAffected             the sites whose result changed, in model order
 * @param cost                      what the loss costs, in words
 */
public record ElementImpact(List<Element> failed, long usersWithoutPstn, long usersWithoutRegistration,
        long portShortfall, Outcome worst, List<Site> sitesAffected, String cost) {

    /** Creates an impact; lists are copied. */
    public ElementImpact {
        failed = List.copyOf(failed);
        sitesAffected = List.copyOf(sitesAffected);
    }

    /** The failed element (the first of a pair). */
    public Element element() {
        return failed.get(0);
    }

    /** What kind of element failed, in words: "Front End pool", "SBA", "PSTN gateway", "WAN link", … */
    public String kind() {
        return Text.kind(element());
    }

    /** The failed element's name (its id when it has none); a pair as "A + B". */
    public String name() {
        return String.join(" + ", failed.stream().map(Text::label).toList());
    }

    /** Whether the loss leaves users without PSTN or without registration. */
    public boolean singlePointOfFailure() {
        return usersWithoutPstn > 0 || usersWithoutRegistration > 0;
    }

    /** Whether the loss leaves everyone served but with fewer ports than the Erlang B need. */
    public boolean shortOfPorts() {
        return !singlePointOfFailure() && portShortfall > 0;
    }

    /** The users it leaves without PSTN or registration, whichever is more: the order of the sweep. */
    public long usersAffected() {
        return Math.max(usersWithoutPstn, usersWithoutRegistration);
    }
}
