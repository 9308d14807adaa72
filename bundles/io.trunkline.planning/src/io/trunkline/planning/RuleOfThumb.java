package io.trunkline.planning;

import io.trunkline.model.UsageProfile;

/**
 * Gateway ports by Microsoft's rules of thumb [DS] (domain.md §3): one port per 15 light, 10 moderate or 5
 * heavy users, rounded up ("20 users ... two ports"), and ⌈ports / 960⌉ gateways ("9,400 ports allocated among
 * at least 10 large gateways").
 */
public final class RuleOfThumb {

    private RuleOfThumb() {
    }

    /** Ports for {@code users} users of {@code profile}; 0 users need 0 ports. */
    public static long ports(long users, UsageProfile profile, double customCallsPerUser) {
        if (users <= 0) {
            return 0;
        }
        long perPort = PlanningFigures.usersPerPort(profile, customCallsPerUser);
        return (users + perPort - 1) / perPort;
    }

    /** Gateways needed to offer {@code ports} ports with gateways of at most 960 ports. */
    public static long gatewaysFor(long ports) {
        if (ports <= 0) {
            return 0;
        }
        return (ports + PlanningFigures.GATEWAY_MAX_PORTS - 1) / PlanningFigures.GATEWAY_MAX_PORTS;
    }
}
