package io.trunkline.planning;

/**
 * Organisation-wide totals (domain.md §3).
 *
 * @param users            Enterprise Voice users of all sites
 * @param ruleOfThumbPorts ports needed by the rules of thumb [DS]
 * @param erlangBPorts     sum of the sites' Erlang B ports, of the sites where it was computed
 * @param drawnPorts       PSTN ports drawn on all gateways and SBA gateways
 * @param pstnGateways     PSTN gateways and SBA gateways drawn
 * @param gatewaysNeeded   max(⌈ruleOfThumbPorts / 960⌉, 2): availability asks for at least two [DS]
 */
public record OrganisationSizing(long users, long ruleOfThumbPorts, long erlangBPorts, long drawnPorts,
        int pstnGateways, long gatewaysNeeded) {

    /** Whether fewer gateways are drawn than the organisation needs (rules GW-04, GW-07). */
    public boolean tooFewGateways() {
        return pstnGateways < gatewaysNeeded;
    }
}
