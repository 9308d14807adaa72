package io.trunkline.resiliency;

import java.util.List;
import java.util.OptionalInt;

import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.Site;
import io.trunkline.model.TrunkPeer;

/**
 * What one site's service depends on, worked out once from the model: who registers its users, and the trunk
 * peers its PSTN calls try in order.
 *
 * @param site    the site
 * @param index   its position in model order
 * @param users   its users (a negative count is taken as none; validation reports it)
 * @param groups  its users by primary Registrar
 * @param tiers   the PSTN route: its own peers, then those of the site that serves its PSTN (empty tiers left out)
 * @param depends every element whose loss can change this site's result
 */
record SitePlan(Site site, int index, long users, List<Group> groups, List<Tier> tiers, List<Element> depends) {

    /**
     * Users homed on one Registrar.
     *
     * @param users           how many
     * @param primary         the Front End pool or SBA/SBS they register with, or null when there is none
     * @param backup          the backup Registrar, or null
     * @param failoverSeconds how long they wait before registering with the backup [EVR]
     * @param central         for users on an SBA/SBS, the central Front End pool it works with (null otherwise)
     */
    record Group(long users, Element primary, Element backup, int failoverSeconds, FrontEndPool central) {
    }

    /**
     * Peers at one site that may carry the calls, and the ports those calls need there.
     *
     * @param site        where the peers are
     * @param siteIndex   its index
     * @param peers       the PSTN gateways, SBA gateways and ITSP SBCs
     * @param portsNeeded Erlang B ports at the topology's grade of service, when computable
     */
    record Tier(Site site, int siteIndex, List<TrunkPeer> peers, OptionalInt portsNeeded) {
    }
}
