package io.trunkline.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.persistence.TopologyFiles;

/** Hand-built topologies for the sizing a test checks, saved as a planner's file would be. */
final class SmallTopologies {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private final Topology topology = F.createTopology();
    private int next = 1;

    SmallTopologies() {
        topology.setId("topo-00000001");
        topology.setName("Small");
    }

    CentralSite site(String name, int users, UsageProfile profile) {
        CentralSite site = F.createCentralSite();
        site.setId(id("site"));
        site.setName(name);
        site.setUsers(users);
        site.setUsageProfile(profile);
        topology.getCentralSites().add(site);
        return site;
    }

    TrunkPeer gateway(CentralSite site, int ports) {
        TrunkPeer gateway = F.createTrunkPeer();
        gateway.setId(id("peer"));
        gateway.setName(site.getName() + " gateway " + next);
        gateway.setAddress("gw" + next + ".example");
        gateway.setPstnPorts(ports);
        gateway.setSupportsDnsLoadBalancing(true);
        site.getTrunkPeers().add(gateway);
        return gateway;
    }

    /** A Mediation pool collocated on a Front End pool of {@code servers}, with a root trunk to {@code gateway}. */
    MediationPool collocatedMediation(CentralSite site, int servers, TrunkPeer gateway) {
        FrontEndPool fe = F.createFrontEndPool();
        fe.setId(id("fe"));
        fe.setName(site.getName() + " Front End");
        fe.setFqdn("pool.example");
        fe.setServers(servers);
        site.getFrontEndPools().add(fe);
        MediationPool pool = F.createMediationPool();
        pool.setId(id("med"));
        pool.setName(site.getName() + " Mediation");
        pool.setFqdn("pool.example");
        pool.setKind(MediationKind.COLLOCATED_FE);
        pool.setCollocatedWith(fe);
        pool.setServers(servers);
        pool.setNextHop(fe);
        site.getMediationPools().add(pool);
        Trunk trunk = F.createTrunk();
        trunk.setId(id("trunk"));
        trunk.setName("trunk " + next);
        trunk.setRoot(true);
        trunk.setMediationPool(pool);
        trunk.setPeer(gateway);
        topology.getTrunks().add(trunk);
        return pool;
    }

    Topology topology() {
        return topology;
    }

    String saveAs(Path file) throws IOException {
        TopologyFiles.save(topology, file);
        return file.toString();
    }

    private String id(String prefix) {
        return String.format("%s-%08d", prefix, next++);
    }
}
