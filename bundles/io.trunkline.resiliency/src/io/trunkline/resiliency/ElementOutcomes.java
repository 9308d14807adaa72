package io.trunkline.resiliency;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The outcome of every element with an id. The loops here only call a method per element: a loop body run once
     * per export is compiled only on-stack-replaced, anew for each loop and level, which kept the compiler busy
     * export after export (issue 19); a method run for each of thousands of sites is compiled once for good.
     */
    Map<String, Outcome> outcomes() {
        Set<Element> backupInUse = backupRegistrarsInUse();
        for (int s = 0; s < compiled.sites.size(); s++) {
            putSite(s, backupInUse);
        }
        for (Trunk trunk : compiled.topology.getTrunks()) {
            putTrunk(trunk);
        }
        for (WanLink link : compiled.topology.getWanLinks()) {
            put(link, Outcome.SURVIVES);
        }
        for (Element down : failures.down()) {
            putFailed(down);
        }
        return outcomes;
    }

    /**
     * A site's result lists its Registrars, not which users are on which: with some users failed over, every
     * Registrar it lists is shown carrying failed-over users.
     */
    private Set<Element> backupRegistrarsInUse() {
        Set<Element> backupInUse = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SiteResult result : sites) {
            if (result.usersOnBackupRegistrar() > 0) {
                backupInUse.addAll(result.registrars());
            }
        }
        return backupInUse;
    }

    /** Site {@code s} and what stands at it. */
    private void putSite(int s, Set<Element> backupInUse) {
        Site site = compiled.sites.get(s);
        put(site, sites.get(s).overall());
        if (site instanceof CentralSite central) {
            for (FrontEndPool pool : central.getFrontEndPools()) {
                put(pool, backupInUse.contains(pool) ? Outcome.DEGRADED : Outcome.SURVIVES);
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

    private void putTrunk(Trunk trunk) {
        put(trunk, trunkWorks(trunk) ? Outcome.SURVIVES : Outcome.NO_SERVICE);
    }

    /** Down elements are failed, whatever was put for them before. */
    private void putFailed(Element down) {
        if (down.getId() != null) {
            outcomes.put(down.getId(), Outcome.FAILED);
        }
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
