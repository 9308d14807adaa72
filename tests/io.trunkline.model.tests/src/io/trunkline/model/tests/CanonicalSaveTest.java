package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/** The same topology always saves to the same bytes, and saving never leaves a half-written file. */
class CanonicalSaveTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    @Test
    void insertionOrderDoesNotChangeTheBytes() throws IOException {
        byte[] canonical = TopologyFiles.toBytes(build(new Random(1)));
        for (long seed = 2; seed < 12; seed++) {
            assertArrayEquals(canonical, TopologyFiles.toBytes(build(new Random(seed))), "seed " + seed);
        }
    }

    @Test
    void theModelKeepsTheOrderTheUserGaveIt() throws IOException {
        Topology topology = build(new Random(3));
        List<String> before = topology.getCentralSites().stream().map(CentralSite::getId).toList();
        TopologyFiles.toBytes(topology);
        assertEquals(before, topology.getCentralSites().stream().map(CentralSite::getId).toList());
    }

    /** Three sites, each with two gateways, a pool and root trunks, inserted in a shuffled order. */
    private static Topology build(Random shuffle) {
        Topology topology = F.createTopology();
        topology.setId("topo-00000001");
        topology.setName("Determinism");
        List<CentralSite> sites = new ArrayList<>();
        List<Trunk> trunks = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            CentralSite site = F.createCentralSite();
            site.setId("site-0000000" + s);
            site.setName("Site " + s);
            MediationPool pool = F.createMediationPool();
            pool.setId("med-0000000" + s);
            pool.setFqdn("med" + s + ".example");
            site.getMediationPools().add(pool);
            List<TrunkPeer> peers = new ArrayList<>();
            for (int g = 1; g <= 2; g++) {
                TrunkPeer peer = F.createTrunkPeer();
                peer.setId("peer-000000" + s + g);
                peer.setAddress("gw" + g + ".site" + s + ".example");
                peer.setPstnPorts(24 * g);
                peers.add(peer);
                Trunk trunk = F.createTrunk();
                trunk.setId("trunk-000000" + s + g);
                trunk.setName(peer.getAddress());
                trunk.setRoot(true);
                trunk.setMediationPool(pool);
                trunk.setPeer(peer);
                trunks.add(trunk);
            }
            Collections.shuffle(peers, shuffle);
            site.getTrunkPeers().addAll(peers);
            sites.add(site);
        }
        Collections.shuffle(sites, shuffle);
        Collections.shuffle(trunks, shuffle);
        topology.getCentralSites().addAll(sites);
        topology.getTrunks().addAll(trunks);
        return topology;
    }

    @Test
    void savingReplacesTheFileAndLeavesNothingAside(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("plan.topology");
        Files.writeString(file, "old contents");
        Topology topology = build(new Random(1));
        TopologyFiles.save(topology, file);
        assertArrayEquals(TopologyFiles.toBytes(topology), Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    @Test
    void aSaveThatFailsLeavesThePreviousFileIntact(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("plan.topology");
        Files.writeString(file, "the planner's last good save");
        Topology topology = build(new Random(1));
        Resource resource = TopologyFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(topology);
        // A trunk whose peer lives in no resource cannot be written: EMF refuses dangling references.
        TrunkPeer outside = F.createTrunkPeer();
        outside.setId("peer-0000dead");
        topology.getTrunks().get(0).setPeer(outside);

        assertThrows(IOException.class, () -> TopologyFiles.save(topology, file));
        assertEquals("the planner's last good save", Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void syntheticTopologiesAreDeterministicFromTheirSeed() throws IOException {
        byte[] first = TopologyFiles.toBytes(SyntheticTopologyGenerator.generate(60, 42));
        assertArrayEquals(first, TopologyFiles.toBytes(SyntheticTopologyGenerator.generate(60, 42)));
        assertNotEquals(new String(first, StandardCharsets.UTF_8),
                new String(TopologyFiles.toBytes(SyntheticTopologyGenerator.generate(60, 43)), StandardCharsets.UTF_8));
    }

    @Test
    void syntheticTopologiesReloadWithoutProblems(@TempDir Path folder) throws IOException {
        Topology generated = SyntheticTopologyGenerator.generate(200, 7);
        Path file = folder.resolve("synthetic.topology");
        TopologyFiles.save(generated, file);
        Topology loaded = TopologyFiles.load(file);
        assertEquals(10, loaded.getCentralSites().size(), "one central site per twenty sites");
        int branches = loaded.getCentralSites().stream().mapToInt(c -> c.getBranchSites().size()).sum();
        assertEquals(190, branches);
        assertTrue(loaded.getTrunks().stream().allMatch(t -> t.getPeer() != null && t.getMediationPool() != null));
        assertArrayEquals(Files.readAllBytes(file), TopologyFiles.toBytes(loaded));
    }
}
