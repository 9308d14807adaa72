package io.trunkline.planning;

import java.util.List;

import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;

/**
 * Users homed on a Front End pool, including branch users whose SBA or SBS registers with it [UMU] (rules
 * CS-04, CS-05, BR-13).
 *
 * @param pool               the pool
 * @param homedUsers         users homed on the pool
 * @param maxUsers           what the pool supports: min(80,000, servers × 6,660), or servers × 2,500 for SE
 * @param recommendedServers ⌈homedUsers / 6,660⌉ (at least 1) for an Enterprise pool
 * @param capacityBasis      how the user limit was reached, with its source
 * @param homedFrom          names of the sites whose users are homed here
 */
public record FrontEndLoad(FrontEndPool pool, long homedUsers, long maxUsers, long recommendedServers,
        String capacityBasis, List<String> homedFrom) {

    /** Creates a load; the list is copied. */
    public FrontEndLoad {
        homedFrom = List.copyOf(homedFrom);
    }

    /** How the numbers were reached, built on demand. */
    public List<String> reasoning() {
        int perServer = pool.getEdition() == Edition.STANDARD ? PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER
                : PlanningFigures.USERS_PER_FRONT_END_SERVER;
        return List.of(capacityBasis, String.format(java.util.Locale.ROOT,
                "Homed users %,d from %s, including branch users of associated SBAs/SBSs [UMU].", homedUsers, homedFrom),
                String.format(java.util.Locale.ROOT, "Servers recommended [UMU]: ⌈%,d users / %,d users per server⌉ = %,d; %d drawn%s.",
                        homedUsers, perServer, recommendedServers, pool.getServers(),
                        overCapacity() ? String.format(java.util.Locale.ROOT, ": over capacity by %,d users", homedUsers - maxUsers)
                                : ""));
    }

    /** Whether more users are homed than the pool supports. */
    public boolean overCapacity() {
        return homedUsers > maxUsers;
    }
}
