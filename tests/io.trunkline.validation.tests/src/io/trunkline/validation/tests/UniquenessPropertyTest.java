package io.trunkline.validation.tests;

import static io.trunkline.validation.tests.RandomEdits.remove;
import static io.trunkline.validation.tests.RandomEdits.ifPresent;
import static io.trunkline.validation.tests.RandomEdits.pick;
import static io.trunkline.validation.tests.RandomEdits.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * Issue 18 item 1: the key index behind the uniqueness rules never drifts from a full pass, whatever makes or
 * breaks a duplicate: names, FQDNs and addresses drawn from a few values so that they clash often, trunks moved
 * between peers and pools or within the list, peers moved between sites, branches moved between central sites,
 * one of several duplicates removed, Mediation pools collocated with a host whose FQDN then changes.
 */
class UniquenessPropertyTest {

    private static final TopologyFactory F = TopologyFactory.eINSTANCE;
    private static final String[] NAMES = { "Dup", "dup ", "Other", null };
    private static final String[] FQDNS = { "shared.example", "SHARED.example", "other.example", "10.0.0.1" };
    private static final String[] ADDRESSES = { "10.0.0.1", "10.0.0.2", "fe80::1", "FE80::1" };

    /** Every kind of edit that can move an element into or out of a group of equal keys. */
    enum Kind {
        SITE_NAME, SITE_NAME_UNIQUE, TRUNK_NAME, TRUNK_PORTS, PEER_ADDRESS, PEER_ADDRESS_UNIQUE, PEER_MEDIA_ADDRESS,
        PEER_KIND, POOL_FQDN, POOL_ADDRESSES, COLLOCATE, HOST_FQDN, REPOINT_TRUNK_PEER, REPOINT_TRUNK_POOL, MOVE_TRUNK,
        MOVE_PEER, MOVE_BRANCH, ADD_PEER, ADD_TRUNK, REMOVE_PEER, REMOVE_TRUNK, REMOVE_BRANCH
    }

    @Test
    void liveFindingsEqualAFullPassAfterEachOfFifteenHundredEditsThatMakeAndBreakDuplicates() {
        Topology topology = SyntheticTopologyGenerator.generate(30, 7);
        LiveValidation live = new LiveValidation(topology);
        Random random = new Random(18_112);
        Set<Kind> applied = EnumSet.noneOf(Kind.class);
        for (int edit = 0; edit < 1_500; edit++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String description = apply(kind, topology, random, edit);
            applied.add(kind);
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()),
                    "findings after edit " + edit + ": " + description);
        }
        assertEquals(EnumSet.allOf(Kind.class), applied, "every kind of edit was applied");
        live.dispose();
    }

    @Test
    void liveFindingsEqualAFullPassWhenEditsAreFlushedTenAtATime() {
        Topology topology = SyntheticTopologyGenerator.generate(30, 11);
        LiveValidation live = new LiveValidation(topology);
        live.setAutoFlush(false);
        Random random = new Random(18_113);
        for (int batch = 0; batch < 100; batch++) {
            StringBuilder description = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                description.append(apply(Kind.values()[random.nextInt(Kind.values().length)], topology, random, batch * 10 + i))
                        .append("; ");
            }
            live.flush();
            assertEquals(keys(Validation.validate(topology).findings()), keys(live.findings()),
                    "findings after batch " + batch + ": " + description);
        }
        live.dispose();
    }

    /**
     * Issue 18 item 4: a one-shot pass ({@link Validation}) keeps only each group's first element and size, not the
     * members and keys live validation updates; on 2,000 sites after 600 edits that make and break duplicates it
     * finds exactly what a pass over the live indexes finds.
     */
    @Test
    void aOneShotPassFindsWhatThePassOverLiveIndexesFindsOnTwoThousandSitesFullOfDuplicates() {
        Topology topology = SyntheticTopologyGenerator.generate(2_000, 5);
        Random random = new Random(18_114);
        for (int edit = 0; edit < 600; edit++) {
            apply(Kind.values()[random.nextInt(Kind.values().length)], topology, random, edit);
        }
        List<String> oneShot = keys(Validation.validate(topology).findings());
        LiveValidation live = new LiveValidation(topology);
        assertEquals(keys(live.findings()), oneShot);
        live.dispose();
        // The edits made duplicates of every kind the uniqueness rules report (TL-ID-*), so the groups were exercised.
        assertTrue(oneShot.stream().filter(key -> key.startsWith("TL-ID-")).map(key -> key.substring(0, 8)).distinct()
                .count() >= 3, "uniqueness findings: " + oneShot.stream().filter(key -> key.startsWith("TL-ID-")).count());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).sorted().toList();
    }

    private static String apply(Kind kind, Topology topology, Random random, int n) {
        List<Site> sites = all(topology, Site.class);
        List<TrunkPeer> peers = all(topology, TrunkPeer.class);
        List<MediationPool> mediation = all(topology, MediationPool.class);
        List<Pool> pools = all(topology, Pool.class);
        List<FrontEndPool> frontEnds = all(topology, FrontEndPool.class);
        List<Trunk> trunks = topology.getTrunks();
        Site site = pick(sites, random);
        TrunkPeer peer = pick(peers, random);
        Trunk trunk = pick(trunks, random);
        switch (kind) {
        case SITE_NAME -> site.setName(pick(NAMES, random));
        case SITE_NAME_UNIQUE -> site.setName("Site " + n);
        case TRUNK_NAME -> ifPresent(trunk, t -> t.setName(pick(NAMES, random)));
        case TRUNK_PORTS -> ifPresent(trunk, t -> {
            t.setMediationPort(5067 + random.nextInt(2));
            t.setPeerPort(5067 + random.nextInt(2));
        });
        case PEER_ADDRESS -> ifPresent(peer, p -> p.setAddress(random.nextBoolean() ? pick(FQDNS, random) : pick(ADDRESSES, random)));
        case PEER_ADDRESS_UNIQUE -> ifPresent(peer, p -> p.setAddress("gw" + n + ".example"));
        case PEER_MEDIA_ADDRESS -> ifPresent(peer, p -> p.setMediaIpAddress(random.nextBoolean() ? null : pick(ADDRESSES, random)));
        case PEER_KIND -> ifPresent(peer, p -> p.setKind(PeerKind.values()[random.nextInt(PeerKind.values().length)]));
        case POOL_FQDN -> ifPresent(pick(pools, random), p -> p.setFqdn(pick(FQDNS, random)));
        case POOL_ADDRESSES -> ifPresent(pick(pools, random), p -> {
            if (random.nextBoolean() || p.getIpAddresses().isEmpty()) {
                p.getIpAddresses().add(pick(ADDRESSES, random));
            } else {
                p.getIpAddresses().remove(random.nextInt(p.getIpAddresses().size()));
            }
        });
        case COLLOCATE -> ifPresent(pick(mediation, random), m -> {
            FrontEndPool host = random.nextInt(3) == 0 ? null : pick(frontEnds, random);
            m.setCollocatedWith(host);
            if (host != null && random.nextBoolean()) {
                m.setFqdn(host.getFqdn());
            }
        });
        case HOST_FQDN -> ifPresent(pick(frontEnds, random), p -> p.setFqdn(random.nextBoolean() ? pick(FQDNS, random) : "fe" + n + ".example"));
        case REPOINT_TRUNK_PEER -> ifPresent(trunk, t -> t.setPeer(peer));
        case REPOINT_TRUNK_POOL -> ifPresent(trunk, t -> t.setMediationPool(pick(mediation, random)));
        case MOVE_TRUNK -> {
            if (trunks.size() > 1) {
                topology.getTrunks().move(random.nextInt(trunks.size()), random.nextInt(trunks.size()));
            }
        }
        case MOVE_PEER -> ifPresent(peer, p -> {
            if (p.eContainer() == site) {
                site.getTrunkPeers().move(random.nextInt(site.getTrunkPeers().size()), p);
            } else {
                site.getTrunkPeers().add(random.nextInt(site.getTrunkPeers().size() + 1), p);
            }
        });
        case MOVE_BRANCH -> ifPresent(pick(all(topology, BranchSite.class), random), b -> {
            CentralSite parent = pick(topology.getCentralSites(), random);
            if (b.eContainer() == parent) {
                parent.getBranchSites().move(0, b);
            } else {
                parent.getBranchSites().add(0, b);
            }
        });
        case ADD_PEER -> {
            TrunkPeer added = F.createTrunkPeer();
            added.setId("peer-u" + n);
            added.setAddress(random.nextBoolean() ? pick(FQDNS, random) : pick(ADDRESSES, random));
            added.setPstnPorts(24);
            site.getTrunkPeers().add(random.nextInt(site.getTrunkPeers().size() + 1), added);
        }
        case ADD_TRUNK -> {
            Trunk added = F.createTrunk();
            added.setId("trunk-u" + n);
            added.setName(pick(NAMES, random));
            added.setMediationPool(pick(mediation, random));
            added.setPeer(peer);
            topology.getTrunks().add(random.nextInt(trunks.size() + 1), added);
        }
        case REMOVE_PEER -> remove(peer, random);
        case REMOVE_TRUNK -> remove(trunk, random);
        case REMOVE_BRANCH -> remove(pick(all(topology, BranchSite.class), random), random);
        }
        return kind + " (" + (site == null ? "no site" : site.getName()) + ")";
    }

}
