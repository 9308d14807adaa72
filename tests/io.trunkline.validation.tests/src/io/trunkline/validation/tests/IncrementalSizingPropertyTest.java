package io.trunkline.validation.tests;

import static io.trunkline.validation.tests.RandomEdits.remove;
import static io.trunkline.validation.tests.RandomEdits.ifPresent;
import static io.trunkline.validation.tests.RandomEdits.pick;
import static io.trunkline.validation.tests.RandomEdits.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * Issue 18 item 1: the sizing live validation keeps up to date edit by edit (and shares with the editor) is
 * always the sizing computed from scratch, and its findings a full pass's, whatever the kind of edit.
 */
class IncrementalSizingPropertyTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    /** Every kind of edit an architect makes, each applied at random. */
    enum Kind {
        RENAME_SITE, RENAME_GATEWAY, GATEWAY_PORTS, GATEWAY_KIND, SITE_USERS, SITE_PROFILE, SITE_NEEDS_PSTN,
        SITE_SERVED_BY, ADD_GATEWAY, REMOVE_GATEWAY, ADD_TRUNK, REMOVE_TRUNK, REPOINT_TRUNK_PEER, REPOINT_TRUNK_POOL,
        TRUNK_BYPASS, ADD_WAN_LINK, REMOVE_WAN_LINK, REPOINT_WAN_LINK, ADD_SITE, INSERT_SITE, MOVE_SITE,
        MOVE_TWO_SITES, ADD_CENTRAL_SITE, REMOVE_SITE, POOL_SERVERS, FRONT_END_SERVERS, ADD_SURVIVABLE, SURVIVABLE_POOL,
        GRADE_OF_SERVICE, HOLDING_TIME, BYPASS_MODE
    }

    @Test
    void liveSizingAndFindingsEqualAFullRecomputationAfterEveryOneOfTwelveHundredRandomEdits() {
        Topology topology = SyntheticTopologyGenerator.generate(60, 17);
        LiveValidation live = new LiveValidation(topology);
        Random random = new Random(18_001);
        Set<Kind> applied = EnumSet.noneOf(Kind.class);
        for (int edit = 0; edit < 1_200; edit++) {
            int n = edit;
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String description = apply(kind, topology, random, n);
            applied.add(kind);
            TopologySizing full = TopologySizer.size(topology);
            assertEquals(full, live.sizing(), () -> "sizing after edit " + n + ": " + description + ": "
                    + firstDifference(full, live.sizing()));
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()),
                    "findings after edit " + n + ": " + description);
        }
        assertEquals(EnumSet.allOf(Kind.class), applied, "every kind of edit was applied");
        live.dispose();
    }

    @Test
    void liveSizingAndFindingsEqualAFullRecomputationWhenSeveralRandomEditsAreFlushedAtOnce() {
        Topology topology = SyntheticTopologyGenerator.generate(60, 17);
        LiveValidation live = new LiveValidation(topology);
        live.setAutoFlush(false);
        Random random = new Random(18_002);
        for (int flush = 0; flush < 200; flush++) {
            // As one command of the editor: sites that come, go or move next to each other in one flush.
            StringBuilder description = new StringBuilder();
            for (int edit = random.nextInt(4); edit >= 0; edit--) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                description.append(apply(kind, topology, random, flush * 10 + edit)).append("; ");
            }
            live.flush();
            int n = flush;
            TopologySizing full = TopologySizer.size(topology);
            assertEquals(full, live.sizing(), () -> "sizing after flush " + n + ": " + description + ": "
                    + firstDifference(full, live.sizing()));
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()),
                    "findings after flush " + n + ": " + description);
        }
        live.dispose();
    }

    @Test
    void aSizingInputChangesTheSharedSizingAtOnce() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        base.hq.setUsers(1500);
        // 1,500 moderate users / 10 users per port = 150 ports [DS]; a 40-user light branch served by HQ adds
        // ⌈40 / 15⌉ = 3: 153.
        assertEquals(153, live.sizing().site("site-00000001").orElseThrow().ruleOfThumbPorts());
        live.dispose();
    }

    @Test
    void aSiteRenameReachesTheFrontEndPoolItIsHomedOn() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        base.hq.setName("Head office");
        assertEquals(List.of("Head office"), live.sizing().frontEndPool("fe-00000001").orElseThrow().homedFrom());
        live.dispose();
    }

    @Test
    void aGatewayRenameLeavesTheSharedSizingAsItWas() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        Object before = live.sizing();
        base.gw1.setName("Renamed gateway");
        assertTrue(before == live.sizing(), "a name of a gateway is no sizing input");
        live.dispose();
    }

    /** The first result that differs, rather than two whole sizings of 60 sites. */
    private static String firstDifference(TopologySizing expected, TopologySizing actual) {
        if (!expected.organisation().equals(actual.organisation())) {
            return expected.organisation() + " but " + actual.organisation();
        }
        List<List<?>> lists = List.of(expected.sites(), expected.mediationLoad(), expected.frontEndLoad(), expected.survivables());
        List<List<?>> others = List.of(actual.sites(), actual.mediationLoad(), actual.frontEndLoad(), actual.survivables());
        for (int list = 0; list < lists.size(); list++) {
            List<?> a = lists.get(list);
            List<?> b = others.get(list);
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                Object x = i < a.size() ? a.get(i) : null;
                Object y = i < b.size() ? b.get(i) : null;
                if (!java.util.Objects.equals(x, y)) {
                    return "list " + list + " item " + i + ": " + x + " but " + y;
                }
            }
        }
        return "the id index differs";
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).sorted().toList();
    }

    static String apply(Kind kind, Topology topology, Random random, int n) {
        List<Site> sites = sites(topology);
        List<TrunkPeer> peers = all(topology, TrunkPeer.class);
        List<MediationPool> pools = all(topology, MediationPool.class);
        List<FrontEndPool> frontEnds = all(topology, FrontEndPool.class);
        Site site = sites.get(random.nextInt(sites.size()));
        TrunkPeer peer = pick(peers, random);
        Trunk trunk = pick(topology.getTrunks(), random);
        switch (kind) {
        case RENAME_SITE -> site.setName("Site " + n);
        case RENAME_GATEWAY -> peer.setName("Gateway " + n);
        case GATEWAY_PORTS -> peer.setPstnPorts(random.nextInt(1000));
        case GATEWAY_KIND -> peer.setKind(PeerKind.values()[random.nextInt(PeerKind.values().length)]);
        case SITE_USERS -> site.setUsers(random.nextInt(5000));
        case SITE_PROFILE -> site.setUsageProfile(UsageProfile.values()[random.nextInt(3)]);
        case SITE_NEEDS_PSTN -> site.setNeedsPstn(!site.isNeedsPstn());
        case SITE_SERVED_BY -> site.setPstnServedBy(random.nextInt(3) == 0 ? null : sites.get(random.nextInt(sites.size())));
        case ADD_GATEWAY -> {
            TrunkPeer gateway = F.createTrunkPeer();
            gateway.setId("peer-n" + n);
            gateway.setAddress("gw-n" + n + ".example");
            gateway.setPstnPorts(random.nextInt(200));
            site.getTrunkPeers().add(gateway);
        }
        case REMOVE_GATEWAY -> remove(peer, random);
        case ADD_TRUNK -> {
            Trunk added = F.createTrunk();
            added.setId("trunk-n" + n);
            added.setMediationPool(pick(pools, random));
            added.setPeer(peer);
            added.setMediaBypass(random.nextBoolean());
            topology.getTrunks().add(added);
        }
        case REMOVE_TRUNK -> remove(trunk, random);
        case REPOINT_TRUNK_PEER -> ifPresent(trunk, t -> t.setPeer(peer));
        case REPOINT_TRUNK_POOL -> ifPresent(trunk, t -> t.setMediationPool(pick(pools, random)));
        case TRUNK_BYPASS -> ifPresent(trunk, t -> t.setMediaBypass(!t.isMediaBypass()));
        case ADD_WAN_LINK -> {
            WanLink link = F.createWanLink();
            link.setId("wan-n" + n);
            link.setSiteA(site);
            link.setSiteB(sites.get(random.nextInt(sites.size())));
            link.setAudioBandwidthKbps(random.nextInt(5000));
            topology.getWanLinks().add(link);
        }
        case REMOVE_WAN_LINK -> remove(pick(topology.getWanLinks(), random), random);
        case REPOINT_WAN_LINK -> ifPresent(pick(topology.getWanLinks(), random), l -> l.setSiteB(site));
        case ADD_SITE -> addBranch(topology, random, n, false);
        case INSERT_SITE -> addBranch(topology, random, n, true);
        case MOVE_SITE -> moveBranch(topology, random);
        case MOVE_TWO_SITES -> moveNeighbours(topology, random);
        case ADD_CENTRAL_SITE -> addCentral(topology, random, n);
        case REMOVE_SITE -> {
            if (site instanceof BranchSite || topology.getCentralSites().size() > 1) {
                remove(site, random);
            }
        }
        case POOL_SERVERS -> ifPresent(pick(pools, random), p -> p.setServers(random.nextInt(6)));
        case FRONT_END_SERVERS -> ifPresent(pick(frontEnds, random), p -> p.setServers(1 + random.nextInt(12)));
        case ADD_SURVIVABLE -> {
            if (site instanceof BranchSite branch) {
                SurvivableBranch box = F.createSurvivableBranch();
                box.setId("sba-n" + n);
                box.setKind(random.nextBoolean() ? SurvivableKind.SBA : SurvivableKind.SBS);
                box.setFrontEndPool(pick(frontEnds, random));
                branch.getSurvivableBranches().add(box);
            }
        }
        case SURVIVABLE_POOL -> ifPresent(pick(all(topology, SurvivableBranch.class), random),
                box -> box.setFrontEndPool(random.nextInt(4) == 0 ? null : pick(frontEnds, random)));
        case GRADE_OF_SERVICE -> topology.setGradeOfService(new double[] { 0.01, 0.02, 0.001, 5, 0 }[random.nextInt(5)]);
        case HOLDING_TIME -> topology.setMeanHoldingTimeSeconds(new int[] { 180, 120, 0 }[random.nextInt(3)]);
        case BYPASS_MODE -> topology.setMediaBypassMode(MediaBypassMode.values()[random.nextInt(MediaBypassMode.values().length)]);
        }
        return kind + " (" + site.getName() + ")";
    }

    /** A branch with a gateway trunked to its central site's pool, after the others or ({@code anywhere}) among them. */
    private static void addBranch(Topology topology, Random random, int n, boolean anywhere) {
        CentralSite parent = pick(topology.getCentralSites(), random);
        BranchSite branch = F.createBranchSite();
        branch.setId("branch-n" + n);
        branch.setName("New branch " + n);
        branch.setUsers(random.nextInt(800));
        TrunkPeer gateway = F.createTrunkPeer();
        gateway.setId("peer-b" + n);
        gateway.setAddress("gw-b" + n + ".example");
        gateway.setPstnPorts(random.nextInt(100));
        branch.getTrunkPeers().add(gateway);
        List<BranchSite> branches = parent.getBranchSites();
        branches.add(anywhere ? random.nextInt(branches.size() + 1) : branches.size(), branch);
        Trunk trunk = F.createTrunk();
        trunk.setId("trunk-b" + n);
        trunk.setPeer(gateway);
        trunk.setMediationPool(parent.getMediationPools().isEmpty() ? null : parent.getMediationPools().get(0));
        topology.getTrunks().add(trunk);
    }

    /** Moves a branch within its central site's list or to any place under another central site. */
    private static void moveBranch(Topology topology, Random random) {
        BranchSite branch = pick(all(topology, BranchSite.class), random);
        if (branch == null) {
            return;
        }
        CentralSite to = pick(topology.getCentralSites(), random);
        if (to.getBranchSites().contains(branch)) {
            to.getBranchSites().move(random.nextInt(to.getBranchSites().size()), branch);
        } else {
            to.getBranchSites().add(random.nextInt(to.getBranchSites().size() + 1), branch);
        }
    }

    /** Moves two neighbouring branches together, as a cut and paste does, to any place under a central site. */
    private static void moveNeighbours(Topology topology, Random random) {
        CentralSite from = pick(topology.getCentralSites(), random);
        if (from.getBranchSites().size() < 2) {
            return;
        }
        int at = random.nextInt(from.getBranchSites().size() - 1);
        List<BranchSite> pair = new ArrayList<>(from.getBranchSites().subList(at, at + 2));
        from.getBranchSites().removeAll(pair);
        CentralSite to = pick(topology.getCentralSites(), random);
        to.getBranchSites().addAll(random.nextInt(to.getBranchSites().size() + 1), pair);
    }

    /** A central site with its own Mediation pool, a gateway on it and a branch, anywhere among the central sites. */
    private static void addCentral(Topology topology, Random random, int n) {
        CentralSite central = F.createCentralSite();
        central.setId("central-n" + n);
        central.setName("New central " + n);
        central.setUsers(random.nextInt(5000));
        MediationPool pool = F.createMediationPool();
        pool.setId("med-c" + n);
        pool.setServers(1 + random.nextInt(3));
        central.getMediationPools().add(pool);
        TrunkPeer gateway = F.createTrunkPeer();
        gateway.setId("peer-c" + n);
        gateway.setAddress("gw-c" + n + ".example");
        gateway.setPstnPorts(random.nextInt(500));
        central.getTrunkPeers().add(gateway);
        BranchSite branch = F.createBranchSite();
        branch.setId("branch-c" + n);
        branch.setUsers(random.nextInt(300));
        branch.setPstnServedBy(central);
        central.getBranchSites().add(branch);
        topology.getCentralSites().add(random.nextInt(topology.getCentralSites().size() + 1), central);
        Trunk trunk = F.createTrunk();
        trunk.setId("trunk-c" + n);
        trunk.setPeer(gateway);
        trunk.setMediationPool(pool);
        topology.getTrunks().add(trunk);
    }

    private static List<Site> sites(Topology topology) {
        List<Site> sites = new ArrayList<>();
        topology.getCentralSites().forEach(c -> {
            sites.add(c);
            sites.addAll(c.getBranchSites());
        });
        return sites;
    }

}
