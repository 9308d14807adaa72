package io.trunkline.model.query;

import io.trunkline.model.Site;
import io.trunkline.model.TrunkPeer;

/** Derived values of a {@link Site} that the generated code delegates to. */
public final class SiteQueries {

    private SiteQueries() {
    }

    /**
     * PSTN ports drawn at a site: the ports of its PSTN gateways and of its SBAs' gateways. IP-PBXs and ITSP
     * SBCs carry no PSTN ports of the site (domain.md §3: sizing counts gateway ports [DS]).
     */
    public static int drawnPstnPorts(Site site) {
        int ports = 0;
        for (TrunkPeer peer : site.getTrunkPeers()) {
            if (PeerQueries.isGateway(peer)) {
                ports += Math.max(0, peer.getPstnPorts());
            }
        }
        return ports;
    }
}
