package io.trunkline.resiliency;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;

/**
 * The outcome of every element a diagram shows, for tinting: down elements are failed; a site shows its overall
 * result; a Registrar that took failed-over users, or an SBA cut off from its central site, is degraded; a peer is
 * out of service without a working trunk and degraded with some trunks lost; a trunk is out of service when either
 * end is down or the two cannot reach each other.
 */
final class ElementOutcomes {

    private final CompiledTopology compiled;
    private final SiteEvaluator evaluator;
    private final Failures failures;
    private final List<SiteResult> sites;
    private final Map<String, Outcome> outcomes = new HashMap<>();

    ElementOutcomes(CompiledTopology compiled, SiteEvaluator evaluator, Failures failures, List<SiteResult> sites) {
        this.compiled = compiled;
        this.evaluator = evaluator;
        this.failures = failures;
        this.sites = sites;
    }

    Map<String, Outcome> outcomes() {
        Map<Element, Boolean> backupInUse = new IdentityHashMap<>();
        for (SiteResult result : sites) {
            if (result.usersOnBackupRegistrar() > 0) {
                result.registrars().forEach(r -> backupInUse.put(r, true));
            }
        }
        for (int s = 0; s < compiled.sites.size(); s++) {
            Site site = compiled.sites.get(s);
            put(site, sites.get(s).overall());
            if (site instanceof CentralSite central) {
                for (FrontEndPool pool : central.getFrontEndPools()) {
                    put(pool, backupInUse.containsKey(pool) ? Outcome.DEGRADED : Outcome.SURVIVES);
                }
                central.getDirectorPools().forEach(p -> put(p, Outcome.SURVIVES));
                central.getEdgePools().forEach(p -> put(p, Outcome.SURVIVES));
            }
            if (site instanceof BranchSite branch) {
                for (SurvivableBranch box : branch.getSurvivableBranches()) {
                    boolean cutOff = box.getFrontEndPool() != null && (failures.isDown(box.getFrontEndPool())
                            || !failures.connected(s, compiled.siteOf(box.getFrontEndPool())));
                    put(box, cutOff ? Outcome.DEGRADED : Outcome.SURVIVES);
                }
            }
            for (MediationPool pool : site.getMediationPools()) {
                Pool next = CompiledTopology.receiver(pool);
                boolean nextGone = next != null && (failures.isDown(next) || !failures.connected(s, compiled.siteOf(next)));
                put(pool, nextGone ? Outcome.DEGRADED : Outcome.SURVIVES);
            }
            for (TrunkPeer peer : site.getTrunkPeers()) {
                put(peer, peer(peer, s));
            }
        }
        for (Trunk trunk : compiled.topology.getTrunks()) {
            put(trunk, trunkWorks(trunk) ? Outcome.SURVIVES : Outcome.NO_SERVICE);
        }
        for (WanLink link : compiled.topology.getWanLinks()) {
            put(link, Outcome.SURVIVES);
        }
        for (Element down : failures.down()) {
            if (down.getId() != null) {
                outcomes.put(down.getId(), Outcome.FAILED);
            }
        }
        return outcomes;
    }

    private Outcome peer(TrunkPeer peer, int s) {
        List<Trunk> trunks = compiled.trunksOf.getOrDefault(peer, List.of());
        long working = trunks.stream().filter(this::trunkWorks).count();
        if (evaluator.reach(peer, s, failures) == 0) {
            return Outcome.NO_SERVICE;
        }
        return working < trunks.size() ? Outcome.DEGRADED : Outcome.SURVIVES;
    }

    private boolean trunkWorks(Trunk trunk) {
        TrunkPeer peer = trunk.getPeer();
        MediationPool pool = trunk.getMediationPool();
        return peer != null && pool != null && !failures.isDown(trunk) && !failures.isDown(peer) && !failures.isDown(pool)
                && failures.connected(compiled.siteOf(peer), compiled.siteOf(pool));
    }

    private void put(Element element, Outcome outcome) {
        if (element.getId() != null) {
            outcomes.putIfAbsent(element.getId(), outcome);
        }
    }
}
