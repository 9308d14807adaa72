package io.trunkline.planning;

import java.util.List;
import java.util.Optional;

import io.trunkline.model.Site;

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
 * @param reasoning        human-readable lines with inputs, formula and figure source
 */
public record SiteSizing(Site site, int users, double erlangs, int ruleOfThumbPorts, int erlangBPorts,
        double gradeOfService, int drawnPorts, int drawnGateways, int gatewaysNeeded, double drawnBlocking,
        Optional<Site> servedBy, SiteVerdict verdict, List<String> reasoning) {

    /** Creates a sizing; the reasoning list is copied. */
    public SiteSizing {
        reasoning = List.copyOf(reasoning);
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
