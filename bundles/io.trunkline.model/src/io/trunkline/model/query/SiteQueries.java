package io.trunkline.model.query;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
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

    /** Every site of the topology: each central site followed by its branch sites. */
    public static List<Site> sites(Topology topology) {
        List<Site> sites = new ArrayList<>();
        for (CentralSite central : topology.getCentralSites()) {
            sites.add(central);
            sites.addAll(central.getBranchSites());
        }
        return sites;
    }

    /**
     * The servers, gateways and PBXs a site holds (not its links or branch sites): pools first, then SBAs,
     * Mediation pools, trunk peers and PBXs, which is the order diagrams draw them in.
     */
    public static List<Element> contents(Site site) {
        List<Element> contents = new ArrayList<>();
        if (site instanceof CentralSite central) {
            contents.addAll(central.getFrontEndPools());
            contents.addAll(central.getDirectorPools());
            contents.addAll(central.getEdgePools());
        }
        if (site instanceof BranchSite branch) {
            contents.addAll(branch.getSurvivableBranches());
        }
        contents.addAll(site.getMediationPools());
        contents.addAll(site.getTrunkPeers());
        contents.addAll(site.getPbxs());
        return contents;
    }
}
