package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.ElementIds;

/** Derived features and id assignment. */
class ModelQueriesTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private static TrunkPeer peer(PeerKind kind, int ports) {
        TrunkPeer peer = F.createTrunkPeer();
        peer.setKind(kind);
        peer.setPstnPorts(ports);
        return peer;
    }

    @Test
    void drawnPortsCountGatewaysAndSbaGatewaysOnly() {
        BranchSite site = F.createBranchSite();
        site.getTrunkPeers().add(peer(PeerKind.PSTN_GATEWAY, 24));
        site.getTrunkPeers().add(peer(PeerKind.SBA_GATEWAY, 30));
        site.getTrunkPeers().add(peer(PeerKind.IP_PBX, 100));
        site.getTrunkPeers().add(peer(PeerKind.ITSP_SBC, 200));
        assertEquals(54, site.getDrawnPstnPorts());
    }

    @Test
    void negativePortsInAHandEditedFileDoNotReduceTheSum() {
        CentralSite site = F.createCentralSite();
        site.getTrunkPeers().add(peer(PeerKind.PSTN_GATEWAY, -10));
        site.getTrunkPeers().add(peer(PeerKind.PSTN_GATEWAY, 24));
        assertEquals(24, site.getDrawnPstnPorts());
    }

    @Test
    void rootTrunkIsTheTrunkMarkedRootAndFollowsTheInverseList() {
        TrunkPeer gateway = peer(PeerKind.PSTN_GATEWAY, 24);
        MediationPool pool = F.createMediationPool();
        assertNull(gateway.getRootTrunk());
        Trunk additional = F.createTrunk();
        additional.setPeer(gateway);
        additional.setMediationPool(pool);
        Trunk root = F.createTrunk();
        root.setRoot(true);
        root.setPeer(gateway);
        root.setMediationPool(pool);
        assertSame(root, gateway.getRootTrunk());
        assertEquals(2, pool.getTrunks().size(), "the pool sees both trunks through the inverse reference");
    }

    @Test
    void missingIdsAreAssignedUniquelyWithTypePrefixes() {
        Topology topology = F.createTopology();
        CentralSite site = F.createCentralSite();
        site.setId("site-00000001");
        topology.getCentralSites().add(site);
        for (int i = 0; i < 500; i++) {
            site.getTrunkPeers().add(F.createTrunkPeer());
        }
        ElementIds.assignMissing(topology);
        assertEquals("site-00000001", site.getId(), "existing ids are kept");
        assertTrue(topology.getId().matches("topo-[0-9a-f]{8}"), topology.getId());
        Set<String> ids = new HashSet<>();
        site.getTrunkPeers().forEach(p -> {
            assertTrue(p.getId().matches("peer-[0-9a-f]{8}"), p.getId());
            ids.add(p.getId());
        });
        assertEquals(500, ids.size());
    }
}
