package io.trunkline.resiliency.tests;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;

/** Small topologies drawn element by element, ids equal to names so that assertions read like the topology. */
final class Build {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private Build() {
    }

    /** A topology with the defaults: 180 s holding time, 1 % grade of service. */
    static Topology topology() {
        Topology topology = F.createTopology();
        name(topology, "topology");
        return topology;
    }

    static CentralSite central(Topology topology, String name, int users, UsageProfile profile) {
        CentralSite site = F.createCentralSite();
        name(site, name);
        site.setUsers(users);
        site.setUsageProfile(profile);
        site.setSiteId(topology.getCentralSites().size() + 1);
        topology.getCentralSites().add(site);
        return site;
    }

    static BranchSite branch(CentralSite parent, String name, int users, UsageProfile profile) {
        BranchSite site = F.createBranchSite();
        name(site, name);
        site.setUsers(users);
        site.setUsageProfile(profile);
        parent.getBranchSites().add(site);
        return site;
    }

    static FrontEndPool frontEnd(CentralSite site, String name) {
        FrontEndPool pool = F.createFrontEndPool();
        name(pool, name);
        pool.setFqdn(name + ".example");
        pool.setServers(3);
        pool.setCollocatedMediation(false);
        site.getFrontEndPools().add(pool);
        return pool;
    }

    /** A stand-alone Mediation pool whose next hop is {@code nextHop}. */
    static MediationPool mediation(Site site, String name, Pool nextHop) {
        MediationPool pool = F.createMediationPool();
        name(pool, name);
        pool.setFqdn(name + ".example");
        pool.setNextHop(nextHop);
        site.getMediationPools().add(pool);
        return pool;
    }

    static TrunkPeer gateway(Site site, String address, int ports) {
        TrunkPeer peer = F.createTrunkPeer();
        name(peer, address);
        peer.setAddress(address);
        peer.setPstnPorts(ports);
        site.getTrunkPeers().add(peer);
        return peer;
    }

    static Trunk trunk(Topology topology, MediationPool pool, TrunkPeer peer) {
        Trunk trunk = F.createTrunk();
        name(trunk, pool.getName() + "-" + peer.getName());
        trunk.setRoot(peer.getTrunks().isEmpty());
        trunk.setMediationPool(pool);
        trunk.setPeer(peer);
        topology.getTrunks().add(trunk);
        return trunk;
    }

    static WanLink wan(Topology topology, Site a, Site b, boolean resilient) {
        WanLink link = F.createWanLink();
        name(link, a.getName() + "-" + b.getName());
        link.setSiteA(a);
        link.setSiteB(b);
        link.setResilient(resilient);
        topology.getWanLinks().add(link);
        return link;
    }

    /**
     * An SBA at {@code branch} working with {@code frontEnd}: the appliance, its collocated Mediation Server and
     * its gateway with {@code ports} ports on a root trunk between them, as Topology Builder draws it [EVR, DGW].
     */
    static SurvivableBranch sba(Topology topology, BranchSite branch, String name, FrontEndPool frontEnd, String gatewayAddress,
            int ports) {
        SurvivableBranch box = F.createSurvivableBranch();
        name(box, name);
        box.setFqdn(gatewayAddress);
        box.setFrontEndPool(frontEnd);
        branch.getSurvivableBranches().add(box);
        MediationPool mediation = F.createMediationPool();
        name(mediation, name + " Mediation");
        mediation.setFqdn(gatewayAddress);
        mediation.setKind(MediationKind.COLLOCATED_SBA);
        mediation.setCollocatedWith(box);
        mediation.setNextHop(frontEnd);
        branch.getMediationPools().add(mediation);
        TrunkPeer gateway = gateway(branch, gatewayAddress, ports);
        gateway.setKind(PeerKind.SBA_GATEWAY);
        box.setGateway(gateway);
        trunk(topology, mediation, gateway);
        return box;
    }

    private static void name(Element element, String name) {
        element.setId(name);
        element.setName(name);
    }
}
