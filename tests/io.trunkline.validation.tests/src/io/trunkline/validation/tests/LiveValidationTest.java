package io.trunkline.validation.tests;

import static io.trunkline.validation.tests.RandomEdits.pick;
import static io.trunkline.validation.tests.RandomEdits.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationDelta;

class LiveValidationTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).sorted().toList();
    }

    @Test
    void anInvalidEditAddsAFindingAndUndoingItRemovesIt() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        List<ValidationDelta> deltas = new ArrayList<>();
        live.addListener(deltas::add);
        assertEquals(List.of(), live.findings());

        base.gw1.setPstnPorts(1200);
        assertEquals(1, deltas.size());
        assertEquals("TL-GW-05", deltas.get(0).added().get(0).rule().id());
        assertTrue(deltas.get(0).added().get(0).message().contains("1200 ports"));

        base.gw1.setPstnPorts(24);
        assertEquals(2, deltas.size());
        assertEquals("TL-GW-05", deltas.get(1).removed().get(0).rule().id());
        assertEquals(List.of(), live.findings());
        live.dispose();
    }

    @Test
    void aRenameChangesTheMessagesThatNameTheElement() {
        Base base = new Base();
        base.gw1.setAddress("192.0.2.1");
        LiveValidation live = new LiveValidation(base.topology);
        base.gw1.setName("Renamed gateway");
        List<Finding> findings = live.findings();
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("'Renamed gateway'")), findings.toString());
        assertEquals(keys(Validation.validate(base.topology).findings()), keys(findings));
    }

    @Test
    void aChangeMessageIsReportedAsChanged() {
        Base base = new Base();
        base.gw1.setPstnPorts(1200);
        LiveValidation live = new LiveValidation(base.topology);
        List<ValidationDelta> deltas = new ArrayList<>();
        live.addListener(deltas::add);
        base.gw1.setPstnPorts(1300);
        assertEquals(1, deltas.get(0).changed().size());
    }

    @Test
    void incrementalResultsEqualAFullPassAfterAThousandRandomEdits() {
        Topology topology = SyntheticTopologyGenerator.generate(40, 3);
        LiveValidation live = new LiveValidation(topology);
        Random random = new Random(20261125);
        for (int edit = 0; edit < 1_000; edit++) {
            String description = randomEdit(topology, random, edit);
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()),
                    "after edit " + edit + ": " + description);
        }
    }

    @Test
    void batchedEditsFlushedOnceEqualAFullPass() {
        Topology topology = SyntheticTopologyGenerator.generate(40, 5);
        LiveValidation live = new LiveValidation(topology);
        live.setAutoFlush(false);
        Random random = new Random(99);
        for (int batch = 0; batch < 40; batch++) {
            for (int i = 0; i < 10; i++) {
                randomEdit(topology, random, batch * 10 + i);
            }
            live.flush();
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()), "batch " + batch);
        }
    }

    private static String randomEdit(Topology topology, Random random, int n) {
        List<Site> sites = new ArrayList<>();
        topology.getCentralSites().forEach(c -> {
            sites.add(c);
            sites.addAll(c.getBranchSites());
        });
        List<TrunkPeer> peers = all(topology, TrunkPeer.class);
        List<MediationPool> pools = all(topology, MediationPool.class);
        List<Trunk> trunks = topology.getTrunks();
        Site site = sites.get(random.nextInt(sites.size()));
        switch (random.nextInt(18)) {
        case 0 -> site.setUsers(random.nextInt(3000));
        case 1 -> site.setUsageProfile(UsageProfile.values()[random.nextInt(4)]);
        case 2 -> pick(peers, random).setPstnPorts(random.nextInt(1300) - 1);
        case 3 -> pick(trunks, random).setTransport(random.nextBoolean() ? Transport.TCP : Transport.TLS);
        case 4 -> pick(pools, random).setTcpEnabled(random.nextBoolean());
        case 5 -> pick(trunks, random).setMediationPort(5060 + random.nextInt(12));
        case 6 -> site.setName(random.nextBoolean() ? "Dup" : "Site " + n);
        case 7 -> pick(peers, random).setAddress(random.nextBoolean() ? "10.0.0." + random.nextInt(3) : "gw" + random.nextInt(5) + ".example");
        case 8 -> {
            Trunk trunk = pick(trunks, random);
            if (trunk != null) {
                if (random.nextBoolean()) {
                    EcoreUtil.remove(trunk);
                    trunk.setPeer(null);
                    trunk.setMediationPool(null);
                } else {
                    topology.getTrunks().remove(trunk);
                }
            }
        }
        case 9 -> {
            Trunk trunk = F.createTrunk();
            trunk.setId("trunk-r" + n);
            trunk.setName("random " + random.nextInt(4));
            trunk.setRoot(random.nextBoolean());
            trunk.setMediationPool(pick(pools, random));
            trunk.setPeer(pick(peers, random));
            topology.getTrunks().add(trunk);
        }
        case 10 -> {
            TrunkPeer peer = F.createTrunkPeer();
            peer.setId("peer-r" + n);
            peer.setAddress("new" + n + ".example");
            peer.setPstnPorts(random.nextInt(100));
            peer.setKind(PeerKind.values()[random.nextInt(4)]);
            site.getTrunkPeers().add(peer);
        }
        case 11 -> {
            WanLink link = pick(topology.getWanLinks(), random);
            if (link != null) {
                if (random.nextBoolean()) {
                    link.setResilient(!link.isResilient());
                } else {
                    link.setSiteB(site);
                }
            }
        }
        case 12 -> {
            if (site instanceof BranchSite branch) {
                SurvivableBranch box = F.createSurvivableBranch();
                box.setId("sba-r" + n);
                box.setKind(random.nextBoolean() ? SurvivableKind.SBA : SurvivableKind.SBS);
                box.setFrontEndPool(random.nextBoolean() ? ((CentralSite) branch.eContainer()).getFrontEndPools().get(0) : null);
                box.setGateway(pick(branch.getTrunkPeers(), random));
                branch.getSurvivableBranches().add(box);
            } else {
                site.setNeedsPstn(!site.isNeedsPstn());
            }
        }
        case 13 -> topology.setMediaBypassMode(MediaBypassMode.values()[random.nextInt(3)]);
        case 14 -> pick(trunks, random).setMediaBypass(random.nextBoolean());
        case 15 -> site.setPstnServedBy(random.nextBoolean() ? null : sites.get(random.nextInt(sites.size())));
        case 16 -> {
            MediationPool pool = pick(pools, random);
            pool.setServers(1 + random.nextInt(14));
            pool.setKind(MediationKind.values()[random.nextInt(4)]);
        }
        default -> {
            TrunkPeer peer = pick(peers, random);
            if (peer != null) {
                peer.setSupportsDnsLoadBalancing(!peer.isSupportsDnsLoadBalancing());
                peer.setName(random.nextBoolean() ? null : "Peer " + n);
            }
        }
        }
        return "edit " + n + " on " + site.getName();
    }

}
