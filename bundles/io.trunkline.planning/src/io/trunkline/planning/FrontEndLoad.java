package io.trunkline.planning;

import java.util.List;

import io.trunkline.model.FrontEndPool;

/**
 * Users homed on a Front End pool, including branch users whose SBA or SBS registers with it [UMU] (rules
 * CS-04, CS-05, BR-13).
 *
 * @param pool               the pool
 * @param homedUsers         users homed on the pool
 * @param maxUsers           what the pool supports: min(80,000, servers × 6,660), or servers × 2,500 for SE
 * @param recommendedServers ⌈homedUsers / 6,660⌉ (at least 1) for an Enterprise pool
 * @param reasoning          how the numbers were reached
 */
public record FrontEndLoad(FrontEndPool pool, int homedUsers, int maxUsers, int recommendedServers,
        List<String> reasoning) {

    /** Creates a load; the reasoning list is copied. */
    public FrontEndLoad {
        reasoning = List.copyOf(reasoning);
    }

    /** Whether more users are homed than the pool supports. */
    public boolean overCapacity() {
        return homedUsers > maxUsers;
    }
}
