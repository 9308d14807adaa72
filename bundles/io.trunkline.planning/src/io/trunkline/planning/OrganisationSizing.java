package io.trunkline.planning;

import java.util.List;
import java.util.Locale;

/**
 * Organisation-wide totals (domain.md §3).
 *
 * @param users              Enterprise Voice users of all sites
 * @param ruleOfThumbPorts   ports needed by the rules of thumb [DS]
 * @param erlangBPorts       sum of the sites' Erlang B ports, of the sites where it was computed
 * @param drawnPorts         PSTN ports drawn on all gateways and SBA gateways
 * @param pstnGateways       PSTN gateways and SBA gateways drawn
 * @param gatewaysNeeded     max(siteGatewaysNeeded, 2): gateways are per site, and availability asks for at least
 *                           two in the organisation [DS]
 * @param siteGatewaysNeeded the sum over the sites of each site's ⌈ports / 960⌉ [DS]
 */
public record OrganisationSizing(long users, long ruleOfThumbPorts, long erlangBPorts, long drawnPorts,
        int pstnGateways, long gatewaysNeeded, long siteGatewaysNeeded) {

    /** Totals without the per-site sum behind {@code gatewaysNeeded}. */
    public OrganisationSizing(long users, long ruleOfThumbPorts, long erlangBPorts, long drawnPorts, int pstnGateways,
            long gatewaysNeeded) {
        this(users, ruleOfThumbPorts, erlangBPorts, drawnPorts, pstnGateways, gatewaysNeeded, gatewaysNeeded);
    }

    /** Whether fewer gateways are drawn than the organisation needs (rules GW-04, GW-07). */
    public boolean tooFewGateways() {
        return pstnGateways < gatewaysNeeded;
    }

    /** How the organisation's gateway count was reached, with its source. */
    public List<String> reasoning() {
        return List.of(String.format(Locale.ROOT,
                "Gateways [DS, domain.md §3]: max(sum over the sites of ⌈site ports / %d⌉ = %,d, %d for availability) = %,d needed; %d drawn.",
                PlanningFigures.GATEWAY_MAX_PORTS, siteGatewaysNeeded, PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION,
                gatewaysNeeded, pstnGateways));
    }
}
