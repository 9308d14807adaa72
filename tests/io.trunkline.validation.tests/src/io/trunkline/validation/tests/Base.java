package io.trunkline.validation.tests;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;

/**
 * A small topology that breaks no rule: one central site (100 moderate users, Front End pool of 3, stand-alone
 * Mediation pool, two 24-port gateways with root trunks) and one branch of 40 users served by the central site
 * over a resilient WAN link. Each scenario changes one thing.
 */
final class Base {

    static final TopologyFactory F = TopologyFactory.eINSTANCE;

    final Topology topology = F.createTopology();
    final CentralSite hq = F.createCentralSite();
    final FrontEndPool fe = F.createFrontEndPool();
    final MediationPool med = F.createMediationPool();
    final TrunkPeer gw1;
    final TrunkPeer gw2;
    final Trunk root1;
    final Trunk root2;
    final BranchSite branch = F.createBranchSite();
    final WanLink wan = F.createWanLink();

    Base() {
        topology.setId("topo-00000001");
        topology.setName("Base");
        hq.setId("site-00000001");
        hq.setName("HQ");
        hq.setUsers(100);
        hq.setUsageProfile(UsageProfile.MODERATE);
        topology.getCentralSites().add(hq);
        fe.setId("fe-00000001");
        fe.setName("HQ Front End");
        fe.setFqdn("pool.hq.example");
        fe.setServers(3);
        fe.setCollocatedMediation(false);
        hq.getFrontEndPools().add(fe);
        med.setId("med-00000001");
        med.setName("HQ Mediation");
        med.setFqdn("med.hq.example");
        med.setNextHop(fe);
        hq.getMediationPools().add(med);
        gw1 = gateway(hq, "peer-00000001", "gw1.hq.example", 24);
        gw2 = gateway(hq, "peer-00000002", "gw2.hq.example", 24);
        root1 = trunk("trunk-00000001", med, gw1, true);
        root2 = trunk("trunk-00000002", med, gw2, true);
        branch.setId("branch-00000001");
        branch.setName("Branch");
        branch.setUsers(40);
        branch.setUsageProfile(UsageProfile.LIGHT);
        branch.setPstnServedBy(hq);
        hq.getBranchSites().add(branch);
        wan.setId("wan-00000001");
        wan.setName("HQ - Branch");
        wan.setSiteA(hq);
        wan.setSiteB(branch);
        wan.setResilient(true);
        topology.getWanLinks().add(wan);
    }

    static TrunkPeer gateway(io.trunkline.model.Site site, String id, String address, int ports) {
        TrunkPeer peer = F.createTrunkPeer();
        peer.setId(id);
        peer.setName(address);
        peer.setAddress(address);
        peer.setPstnPorts(ports);
        site.getTrunkPeers().add(peer);
        return peer;
    }

    /** The element of the topology with {@code id}; fails when there is none. */
    org.eclipse.emf.ecore.EObject byId(String id) {
        for (var it = topology.eAllContents(); it.hasNext();) {
            var next = it.next();
            if (next instanceof io.trunkline.model.Element element && id.equals(element.getId())) {
                return element;
            }
        }
        throw new AssertionError("no element " + id);
    }

    Trunk trunk(String id, MediationPool pool, TrunkPeer peer, boolean root) {
        Trunk trunk = F.createTrunk();
        trunk.setId(id);
        trunk.setName(peer.getAddress() + (root ? "" : "-" + id));
        trunk.setRoot(root);
        trunk.setMediationPool(pool);
        trunk.setPeer(peer);
        topology.getTrunks().add(trunk);
        return trunk;
    }
}
