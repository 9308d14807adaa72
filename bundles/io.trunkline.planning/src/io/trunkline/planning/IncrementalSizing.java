package io.trunkline.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Edition;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.query.PeerQueries;

/**
 * The sizing of a topology, kept up to date as the topology is edited: {@link #update} re-sizes only the sites
 * an edit touches (and the sites carrying their PSTN calls), re-sums only the pools whose load they feed, and
 * keeps the organisation totals by difference. {@link TopologySizer#size} is this class built from scratch, so
 * an incremental result and a full one come from the same code (a property test compares them on random edits).
 * <p>
 * Whose calls go where: a site's PSTN calls are carried by its own PSTN gateways, SBA gateways and ITSP SBCs,
 * unless it names a site in {@code pstnServedBy}, whose gateways then carry them too ([DS] §2, central
 * telephony sites). A site's traffic is shared equally by its PSTN peers, and a peer's share equally by the
 * distinct Mediation pools its trunks reach (M:N trunks [MNT]). Every figure comes from {@link PlanningFigures}.
 */
public final class IncrementalSizing {

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /** Inputs every figure depends on: changing one re-sizes everything. */
    private static final Set<EStructuralFeature> TOPOLOGY_WIDE = Set.of(P.getTopology_MeanHoldingTimeSeconds(),
            P.getTopology_GradeOfService(), P.getTopology_MediaBypassMode());

    /** Features that decide which sites, pools and SBAs/SBSs are sized, and which site carries whose calls. */
    private static final Set<EStructuralFeature> SKELETON = Set.of(P.getTopology_CentralSites(),
            P.getCentralSite_BranchSites(), P.getSite_MediationPools(), P.getCentralSite_FrontEndPools(),
            P.getBranchSite_SurvivableBranches(), P.getSite_PstnServedBy());

    private final Topology topology;
    private boolean holdingValid;
    private double holdingHours;
    private double gradeOfService;
    private MediaBypassMode bypassMode;

    private List<Site> sites = List.of();
    private final Map<Site, Integer> order = new IdentityHashMap<>();
    private final List<Site> arrived = new ArrayList<>(); // by the last rebuildSkeleton
    private final List<Site> departed = new ArrayList<>();
    private Map<Site, Site> carriers = new IdentityHashMap<>();
    private Map<Site, List<Site>> carried = new IdentityHashMap<>();
    private List<MediationPool> mediationPools = List.of();
    private List<FrontEndPool> frontEndPools = List.of();

    private final Map<Site, SiteState> siteStates = new IdentityHashMap<>();
    private final Map<MediationPool, Map<Site, double[]>> poolTerms = new IdentityHashMap<>();
    private final Map<FrontEndPool, Map<Site, Long>> homing = new IdentityHashMap<>();
    private final Map<MediationPool, PoolLoad> poolLoads = new IdentityHashMap<>();
    /**
     * A pool's capacity basis by what it says (a few server counts): formatting it again for every pool a site
     * edit touches was 8 % of a live edit at 5,000 sites.
     */
    private final Map<List<Object>, String> capacityBases = new HashMap<>();
    private final Map<FrontEndPool, FrontEndLoad> frontEndLoads = new IdentityHashMap<>();
    private final Totals totals = new Totals();

    // What sizing() hands out: lists in model order and the id index, patched in place after each update.
    private final List<SiteSizing> siteList = new ArrayList<>();
    private final List<PoolLoad> poolList = new ArrayList<>();
    private final List<FrontEndLoad> frontEndList = new ArrayList<>();
    private final List<SurvivableBranchCheck> checkList = new ArrayList<>();
    private final Map<String, Object> byId = new HashMap<>();
    private final Map<String, EObject> idOwners = new HashMap<>();
    private final Map<EObject, Integer> positions = new IdentityHashMap<>(); // of pools and SBAs/SBSs; a site's is its order
    private int shadowedIds; // results the id index left out because an earlier element has the same id
    private TopologySizing sizing;

    /** Sizes {@code topology} from scratch. */
    public IncrementalSizing(Topology topology) {
        this.topology = topology;
        readTopologyInputs();
        rebuildSkeleton(new HashSet<>(), true);
        refresh(new LinkedHashSet<>(sites), new HashSet<>(mediationPools), new HashSet<>(frontEndPools));
        rebuildViews();
    }

    /**
     * The sizing of the topology as of the last {@link #update}. Handing it out costs nothing at 5,000 sites
     * because its lists and id index are views that later updates patch in place: a caller that must keep this
     * state across edits takes {@link TopologySizer#size} instead.
     */
    public TopologySizing sizing() {
        return sizing;
    }

    /**
     * Brings the sizing up to date with edits made since the last update.
     *
     * @param changes the objects changed, each with the features that changed; a {@code null} feature means the
     *                object was added or removed, or a reference to it changed
     * @return the sites, Mediation pools, Front End pools and SBAs/SBSs whose sizing result changed (an element no
     *         longer in the topology included)
     */
    public Set<EObject> update(Map<? extends EObject, ? extends Collection<? extends EStructuralFeature>> changes) {
        Set<Site> affectedSites = new LinkedHashSet<>();
        Set<MediationPool> affectedPools = new HashSet<>();
        Set<FrontEndPool> affectedFrontEnds = new HashSet<>();
        boolean skeleton = false;
        boolean servedBy = false;
        boolean relevant = false;
        boolean renamed = false;
        for (Map.Entry<? extends EObject, ? extends Collection<? extends EStructuralFeature>> change : changes.entrySet()) {
            EObject changed = change.getKey();
            if (!isRelevant(changed, change.getValue())) {
                continue;
            }
            relevant = true;
            for (EStructuralFeature feature : change.getValue()) {
                if (feature == null) {
                    continue;
                }
                if (TOPOLOGY_WIDE.contains(feature)) {
                    readTopologyInputs();
                    affectedSites.addAll(sites);
                    affectedPools.addAll(mediationPools);
                    affectedFrontEnds.addAll(frontEndPools);
                }
                skeleton |= SKELETON.contains(feature);
                servedBy |= feature == P.getSite_PstnServedBy();
                // The id index is rebuilt.
                renamed |= feature == P.getElement_Id();
            }
            touched(changed, affectedSites, affectedPools, affectedFrontEnds);
        }
        if (!relevant) {
            return Set.of();
        }
        if (skeleton) {
            // No pool is re-summed for this alone (Erlang B of every pool was a third of adding a branch at 5,000
            // sites): a pool that came or went is itself a change, sites that moved bring their pools in refresh,
            // and adding or removing a site keeps the model order of the others, in which pools sum their terms.
            rebuildSkeleton(affectedSites, servedBy);
        }
        Set<EObject> changedResults = refresh(affectedSites, affectedPools, affectedFrontEnds);
        if (renamed || skeleton && !relistSites()) {
            rebuildViews();
        } else if (skeleton || !changedResults.isEmpty()) {
            patchViews(affectedSites, affectedPools, affectedFrontEnds);
        }
        return changedResults;
    }

    /**
     * Whether the change can move a result: an input, anything added or removed, an id of a sized element, a
     * site's name (Front End loads name their sites); not a gateway's name or a trunk's port.
     */
    private static boolean isRelevant(EObject changed, Collection<? extends EStructuralFeature> features) {
        for (EStructuralFeature feature : features) {
            if (feature == null || TopologySizer.INPUTS.contains(feature) || SKELETON.contains(feature)
                    || feature instanceof EReference reference && reference.isContainment()
                    || feature == P.getElement_Id() && isSized(changed)
                    || feature == P.getElement_Name() && changed instanceof Site) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSized(EObject object) {
        return object instanceof Site || object instanceof MediationPool || object instanceof FrontEndPool
                || object instanceof SurvivableBranch;
    }

    /** Which sizing results an edit of {@code changed} can move. */
    private void touched(EObject changed, Set<Site> affectedSites, Set<MediationPool> affectedPools,
            Set<FrontEndPool> affectedFrontEnds) {
        if (changed instanceof Trunk trunk) {
            addSite(siteOf(trunk.getPeer()), affectedSites);
            affectedPools.add(trunk.getMediationPool());
            return;
        }
        if (changed instanceof MediationPool pool) {
            affectedPools.add(pool);
        }
        if (changed instanceof FrontEndPool frontEnd) {
            affectedFrontEnds.add(frontEnd);
            for (MediationPool pool : mediationPools) {
                if (pool.getCollocatedWith() == frontEnd) {
                    affectedPools.add(pool);
                }
            }
        }
        addSite(siteOf(changed), affectedSites);
    }

    private void addSite(Site site, Set<Site> affectedSites) {
        if (site != null) {
            affectedSites.add(site);
            Site carrier = carriers.get(site);
            if (carrier != null) {
                affectedSites.add(carrier);
            }
        }
    }

    private static Site siteOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Site site) {
                return site;
            }
        }
        return null;
    }

    private void readTopologyInputs() {
        int holding = topology.getMeanHoldingTimeSeconds();
        // An impossible holding time or grade of service is never replaced by a default: the traffic and
        // Erlang B are then not computed, and validation says why (rules TL-PL-01, TL-PL-02).
        holdingValid = holding > 0;
        holdingHours = holdingValid ? holding / SECONDS_PER_HOUR : 0;
        gradeOfService = topology.getGradeOfService();
        bypassMode = topology.getMediaBypassMode();
    }

    /**
     * Lists the sites, pools and SBAs/SBSs in model order and works out who carries whose calls; adds to
     * {@code affectedSites} every site that appeared, disappeared or changed carrier, and the carriers involved.
     * Unless a {@code pstnServedBy} changed ({@code servedBy}), only the sites that came or went can change carrier.
     */
    private void rebuildSkeleton(Set<Site> affectedSites, boolean servedBy) {
        List<Site> newSites = new ArrayList<>(Math.max(16, sites.size()));
        List<MediationPool> newPools = new ArrayList<>(mediationPools.size());
        List<FrontEndPool> newFrontEnds = new ArrayList<>(frontEndPools.size());
        for (CentralSite central : topology.getCentralSites()) {
            newSites.add(central);
            newSites.addAll(central.getBranchSites());
        }
        // The order is renumbered in place: building it anew for 5,000 sites was a third of adding a branch.
        arrived.clear();
        departed.clear();
        for (int i = 0; i < newSites.size(); i++) {
            Site site = newSites.get(i);
            if (order.put(site, i) == null) {
                arrived.add(site);
            }
            newPools.addAll(site.getMediationPools());
            if (site instanceof CentralSite central) {
                newFrontEnds.addAll(central.getFrontEndPools());
            }
        }
        for (Site site : sites) {
            int at = order.get(site);
            if (at >= newSites.size() || newSites.get(at) != site) { // not renumbered: gone
                departed.add(site);
            }
        }
        departed.forEach(order::remove);
        affectedSites.addAll(arrived);
        affectedSites.addAll(departed);
        sites = newSites;
        mediationPools = newPools;
        frontEndPools = newFrontEnds;
        if (servedBy) {
            findCarriers(affectedSites);
        } else {
            moveCarriers(affectedSites);
        }
    }

    /** Works out every site's carrier again, adding to {@code affectedSites} those that changed and their carriers. */
    private void findCarriers(Set<Site> affectedSites) {
        Map<Site, Site> newCarriers = new IdentityHashMap<>();
        Map<Site, List<Site>> newCarried = new IdentityHashMap<>();
        for (Site site : sites) {
            Site carrier = carrier(site);
            if (carrier != null) {
                newCarriers.put(site, carrier);
                newCarried.computeIfAbsent(carrier, c -> new ArrayList<>()).add(site);
            }
        }
        newCarriers.forEach((site, after) -> {
            Site before = carriers.get(site);
            if (before != after) {
                affectedSites.add(site);
                affectedSites.add(after);
                if (before != null) {
                    affectedSites.add(before);
                }
            }
        });
        carriers.forEach((site, before) -> {
            if (!newCarriers.containsKey(site)) {
                affectedSites.add(site);
                affectedSites.add(before);
            }
        });
        carriers = newCarriers;
        carried = newCarried;
    }

    /**
     * Takes the sites that departed out of the carriers and adds those that arrived: every other site's
     * {@code pstnServedBy} chain is as it was (finding every site's carrier was a third of adding a branch).
     */
    private void moveCarriers(Set<Site> affectedSites) {
        for (Site site : departed) {
            Site carrier = carriers.remove(site);
            if (carrier != null) {
                affectedSites.add(carrier);
                List<Site> served = carried.get(carrier);
                served.remove(site);
                if (served.isEmpty()) {
                    carried.remove(carrier);
                }
            }
        }
        for (Site site : arrived) {
            Site carrier = carrier(site);
            if (carrier != null) {
                affectedSites.add(carrier);
                carriers.put(site, carrier);
                carried.computeIfAbsent(carrier, c -> new ArrayList<>()).add(site);
            }
        }
    }

    /**
     * The site whose gateways carry {@code site}'s PSTN calls: the end of its {@code pstnServedBy} chain, or
     * {@code null} when it carries its own. A site on a loop (rule TL-GW-26) carries its own calls, so no user
     * drops out of the sizing.
     */
    private static Site carrier(Site site) {
        if (site.getPstnServedBy() == null || site.getPstnServedBy() == site) {
            return null;
        }
        Set<Site> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Site current = site;
        seen.add(current);
        while (current.getPstnServedBy() != null && current.getPstnServedBy() != current) {
            current = current.getPstnServedBy();
            if (!seen.add(current)) {
                return null;
            }
        }
        return current;
    }

    /** Re-sizes the affected sites, then the pools they feed; returns the elements whose result changed. */
    private Set<EObject> refresh(Set<Site> affectedSites, Set<MediationPool> affectedPools,
            Set<FrontEndPool> affectedFrontEnds) {
        Set<EObject> changed = new HashSet<>();
        for (Site site : affectedSites) {
            SiteState before = siteStates.remove(site);
            if (before != null) {
                totals.add(before, -1);
                before.terms().keySet().forEach(pool -> removeTerm(poolTerms, pool, site));
                before.homed().keySet().forEach(pool -> removeTerm(homing, pool, site));
                affectedPools.addAll(before.terms().keySet());
                affectedFrontEnds.addAll(before.homed().keySet());
            }
            SiteState after = order.containsKey(site) ? siteState(site) : null;
            if (after != null) {
                siteStates.put(site, after);
                totals.add(after, 1);
                after.terms().forEach((pool, term) -> poolTerms.computeIfAbsent(pool, p -> new IdentityHashMap<>()).put(site, term));
                after.homed().forEach((pool, users) -> homing.computeIfAbsent(pool, p -> new IdentityHashMap<>()).put(site, users));
                affectedPools.addAll(after.terms().keySet());
                affectedFrontEnds.addAll(after.homed().keySet());
            }
            if (before == null && after == null) {
                continue;
            }
            if (before == null || after == null || !before.sizing().equals(after.sizing())) {
                changed.add(site);
            }
            changedChecks(before, after, changed);
        }
        Set<MediationPool> livePools = Collections.newSetFromMap(new IdentityHashMap<>());
        livePools.addAll(mediationPools);
        for (MediationPool pool : affectedPools) {
            if (pool == null) {
                continue;
            }
            PoolLoad load = livePools.contains(pool) ? poolLoad(pool) : null;
            PoolLoad old = load == null ? poolLoads.remove(pool) : poolLoads.put(pool, load);
            if (load == null ? old != null : !load.equals(old)) {
                changed.add(pool);
            }
        }
        Set<FrontEndPool> liveFrontEnds = Collections.newSetFromMap(new IdentityHashMap<>());
        liveFrontEnds.addAll(frontEndPools);
        for (FrontEndPool pool : affectedFrontEnds) {
            if (pool == null) {
                continue;
            }
            FrontEndLoad load = liveFrontEnds.contains(pool) ? frontEndLoad(pool) : null;
            FrontEndLoad old = load == null ? frontEndLoads.remove(pool) : frontEndLoads.put(pool, load);
            if (load == null ? old != null : !load.equals(old)) {
                changed.add(pool);
            }
        }
        return changed;
    }

    private static void changedChecks(SiteState before, SiteState after, Set<EObject> changed) {
        List<SurvivableBranchCheck> old = before == null ? List.of() : before.checks();
        List<SurvivableBranchCheck> now = after == null ? List.of() : after.checks();
        for (SurvivableBranchCheck check : old) {
            if (!now.contains(check)) {
                changed.add(check.survivable());
            }
        }
        for (SurvivableBranchCheck check : now) {
            if (!old.contains(check)) {
                changed.add(check.survivable());
            }
        }
    }

    private static <K, V> void removeTerm(Map<K, Map<Site, V>> terms, K pool, Site site) {
        Map<Site, V> bySite = terms.get(pool);
        if (bySite != null) {
            bySite.remove(site);
            if (bySite.isEmpty()) {
                terms.remove(pool);
            }
        }
    }

    /** Lists every result in model order and indexes them by id, first come first served as in {@link TopologySizing}. */
    private void rebuildViews() {
        siteList.clear();
        poolList.clear();
        frontEndList.clear();
        checkList.clear();
        positions.clear();
        for (Site site : sites) {
            SiteState state = siteStates.get(site);
            siteList.add(state.sizing());
            for (SurvivableBranchCheck check : state.checks()) {
                positions.put(check.survivable(), checkList.size());
                checkList.add(check);
            }
        }
        for (MediationPool pool : mediationPools) {
            positions.put(pool, poolList.size());
            poolList.add(poolLoads.get(pool));
        }
        for (FrontEndPool pool : frontEndPools) {
            positions.put(pool, frontEndList.size());
            frontEndList.add(frontEndLoads.get(pool));
        }
        byId.clear();
        idOwners.clear();
        shadowedIds = 0;
        siteList.forEach(s -> index(s.site(), s));
        poolList.forEach(p -> index(p.pool(), p));
        frontEndList.forEach(f -> index(f.pool(), f));
        checkList.forEach(c -> index(c.survivable(), c));
        view();
    }

    private void index(EObject element, Object result) {
        String id = ((Element) element).getId();
        if (id != null) {
            if (idOwners.putIfAbsent(id, element) == null) {
                byId.put(id, result);
            } else {
                shadowedIds++;
            }
        }
    }

    /**
     * After sites, pools or SBAs/SBSs came or went: lists the results again and moves only the ids of those that
     * came or went in the id index, instead of indexing every result again (rebuilding the
     * views was over half of adding a branch at 5,000 sites). Returns {@code false} when an id is shared, so
     * that which result an id names depends on model order: then the caller rebuilds the views.
     */
    private boolean relistSites() {
        Map<EObject, Object> left = new IdentityHashMap<>();
        Map<EObject, Object> entered = new IdentityHashMap<>();
        departed.forEach(site -> left.put(site, site));
        arrived.forEach(site -> entered.put(site, siteStates.get(site).sizing()));
        siteList.clear();
        List<SurvivableBranchCheck> checks = new ArrayList<>(checkList.size() + 4);
        for (Site site : sites) {
            SiteState state = siteStates.get(site);
            siteList.add(state.sizing());
            checks.addAll(state.checks());
        }
        relist(checkList, checks, SurvivableBranchCheck::survivable, left, entered);
        relist(poolList, mediationPools.stream().map(poolLoads::get).toList(), PoolLoad::pool, left, entered);
        relist(frontEndList, frontEndPools.stream().map(frontEndLoads::get).toList(), FrontEndLoad::pool, left, entered);
        for (EObject element : left.keySet()) {
            String id = ((Element) element).getId();
            if (id != null && idOwners.get(id) == element && shadowedIds > 0) {
                return false; // a result with the same id may take its place
            }
        }
        for (EObject element : left.keySet()) {
            String id = ((Element) element).getId();
            if (id != null && idOwners.get(id) == element) {
                idOwners.remove(id);
                byId.remove(id);
            }
        }
        for (Map.Entry<EObject, Object> entry : entered.entrySet()) {
            String id = ((Element) entry.getKey()).getId();
            if (id != null && idOwners.putIfAbsent(id, entry.getKey()) != null) {
                return false; // first come first served in model order
            }
            byId.put(id, entry.getValue());
        }
        left.keySet().forEach(positions::remove);
        return true;
    }

    /**
     * Lists {@code now} in {@code list}, renumbering positions in place; adds to {@code entered} the elements not
     * listed before and to {@code left} those no longer listed (their old position holds another element).
     */
    private <T> void relist(List<T> list, List<T> now, Function<T, EObject> elementOf,
            Map<EObject, Object> left, Map<EObject, Object> entered) {
        List<T> before = new ArrayList<>(list);
        list.clear();
        for (T result : now) {
            EObject element = elementOf.apply(result);
            if (positions.put(element, list.size()) == null) {
                entered.put(element, result);
            }
            list.add(result);
        }
        for (T result : before) {
            EObject element = elementOf.apply(result);
            int at = positions.get(element);
            if (at >= list.size() || elementOf.apply(list.get(at)) != element) {
                left.put(element, result);
            }
        }
    }

    /** Puts the re-computed results in place of the old ones; sites, pools and ids are as they were. */
    private void patchViews(Set<Site> affectedSites, Set<MediationPool> affectedPools, Set<FrontEndPool> affectedFrontEnds) {
        for (Site site : affectedSites) {
            SiteState state = siteStates.get(site);
            if (state == null) {
                continue; // a trunk's peer in a site already taken out of the topology
            }
            patch(siteList, order.get(site), site, state.sizing());
            for (SurvivableBranchCheck check : state.checks()) {
                patch(checkList, positions.get(check.survivable()), check.survivable(), check);
            }
        }
        for (MediationPool pool : affectedPools) {
            PoolLoad load = poolLoads.get(pool);
            if (load != null) {
                patch(poolList, positions.get(pool), pool, load);
            }
        }
        for (FrontEndPool pool : affectedFrontEnds) {
            FrontEndLoad load = frontEndLoads.get(pool);
            if (load != null) {
                patch(frontEndList, positions.get(pool), pool, load);
            }
        }
        view();
    }

    private <T> void patch(List<T> list, int position, EObject element, T result) {
        list.set(position, result);
        String id = ((Element) element).getId();
        if (id != null && idOwners.get(id) == element) {
            byId.put(id, result);
        }
    }

    private void view() {
        sizing = new TopologySizing(totals.organisation(), Collections.unmodifiableList(siteList),
                Collections.unmodifiableList(poolList), Collections.unmodifiableList(frontEndList),
                Collections.unmodifiableList(checkList), Collections.unmodifiableMap(byId));
    }

    /** What one site contributes: its own sizing, its traffic through each pool, its users on each Front End pool. */
    private record SiteState(SiteSizing sizing, long ownUsers, Map<MediationPool, double[]> terms,
            Map<FrontEndPool, Long> homed, List<SurvivableBranchCheck> checks) {
    }

    private SiteState siteState(Site site) {
        Site carrier = carriers.get(site);
        List<Site> demand = carrier != null ? List.of() : carried.containsKey(site) ? demandOf(site) : List.of(site);
        Map<UsageProfile, Long> usersByProfile = new EnumMap<>(UsageProfile.class);
        Map<Double, Long> usersByCallRate = new TreeMap<>();
        long users = 0;
        double erlangs = 0;
        for (Site served : demand) {
            long n = Math.max(0, served.getUsers());
            users += n;
            erlangs += PlanningFigures.ownTraffic(served, holdingHours);
            double calls = PlanningFigures.callsPerUserBusyHour(served.getUsageProfile(),
                    served.getCustomCallsPerUserBusyHour());
            if (n > 0) {
                usersByCallRate.merge(calls, n, Long::sum);
            }
            usersByProfile.merge(PlanningFigures.published(served.getUsageProfile(),
                    served.getCustomCallsPerUserBusyHour()), n, Long::sum);
        }
        long ruleOfThumb = 0;
        for (Map.Entry<UsageProfile, Long> group : usersByProfile.entrySet()) {
            ruleOfThumb += RuleOfThumb.ports(group.getValue(), group.getKey(), 0);
        }
        long drawn = drawnPorts(site);
        ErlangB.Sizing erlang = erlangB(erlangs, drawn);
        int gateways = 0;
        for (TrunkPeer peer : site.getTrunkPeers()) {
            gateways += PeerQueries.isGateway(peer) ? 1 : 0;
        }
        long gatewaysNeeded = RuleOfThumb.gatewaysFor(ruleOfThumb);
        SiteVerdict verdict = verdict(site, carrier != null, users, ruleOfThumb, drawn, gateways, gatewaysNeeded);
        List<Site> alsoCarries = demand.stream().filter(s -> s != site).toList();
        SiteSizing sizing = new SiteSizing(site, users, erlangs, ruleOfThumb, erlang.portsNeeded(), gradeOfService, drawn,
                gateways, gatewaysNeeded, erlang.drawnBlocking(), erlang.computed(), Optional.ofNullable(carrier), verdict,
                usersByProfile, holdingHours * SECONDS_PER_HOUR, alsoCarries, usersByCallRate);
        return new SiteState(sizing, Math.max(0, site.getUsers()),
                mediationTerms(site, Double.isFinite(erlangs) ? erlangs : 0, ruleOfThumb), homed(site), checks(site));
    }

    /** The sites whose calls {@code carrier} carries, itself included, in model order. */
    private List<Site> demandOf(Site carrier) {
        List<Site> demand = new ArrayList<>(carried.get(carrier));
        demand.add(carrier);
        demand.sort(Comparator.comparingInt(order::get));
        return demand;
    }

    private ErlangB.Sizing erlangB(double erlangs, long drawn) {
        boolean inputsValid = erlangBSizable() && Double.isFinite(erlangs);
        if (!inputsValid) {
            return new ErlangB.Sizing(0, Double.NaN, false);
        }
        if (erlangs == 0) {
            return new ErlangB.Sizing(0, 0, true);
        }
        return ErlangB.size(erlangs, gradeOfService, (int) Math.min(Integer.MAX_VALUE, drawn));
    }

    private boolean erlangBSizable() {
        return holdingValid && gradeOfService > 0 && gradeOfService < 1;
    }

    /**
     * PSTN ports of the site's gateways and SBA gateways, summed as a {@code long}: the model's derived
     * {@code drawnPstnPorts} is an {@code int} and overflows on two gateways of 2,147,483,647 ports.
     */
    private static long drawnPorts(Site site) {
        long ports = 0;
        for (TrunkPeer peer : site.getTrunkPeers()) {
            if (PeerQueries.isGateway(peer)) {
                ports += Math.max(0, peer.getPstnPorts());
            }
        }
        return ports;
    }

    private static SiteVerdict verdict(Site site, boolean servedElsewhere, long users, long ruleOfThumb, long drawn,
            int gateways, long gatewaysNeeded) {
        if (servedElsewhere) {
            return SiteVerdict.SERVED_ELSEWHERE;
        }
        if (users == 0 || ruleOfThumb == 0) {
            return SiteVerdict.NO_DEMAND;
        }
        if (drawn == 0 && site.isNeedsPstn()) {
            return SiteVerdict.NO_PSTN_CONNECTIVITY;
        }
        if (drawn < ruleOfThumb) {
            return SiteVerdict.SHORT_OF_PORTS;
        }
        return gateways < gatewaysNeeded ? SiteVerdict.TOO_FEW_GATEWAYS : SiteVerdict.COVERED;
    }

    /**
     * The site's share of each Mediation pool's load: {busy-hour erlangs, non-bypass erlangs, non-bypass
     * rule-of-thumb calls}, summed over its PSTN peers in model order.
     */
    private Map<MediationPool, double[]> mediationTerms(Site site, double siteTraffic, long sitePorts) {
        List<TrunkPeer> peers = site.getTrunkPeers().stream().filter(IncrementalSizing::carriesPstnCalls).toList();
        if (peers.isEmpty() || siteTraffic == 0 && sitePorts == 0) {
            return Map.of();
        }
        Map<MediationPool, double[]> terms = new IdentityHashMap<>(4);
        double perPeer = siteTraffic / peers.size();
        double portsPerPeer = (double) sitePorts / peers.size();
        for (TrunkPeer peer : peers) {
            Map<MediationPool, Boolean> bypass = new IdentityHashMap<>(4);
            for (Trunk trunk : peer.getTrunks()) {
                // A trunk taken out of the topology may still point at its peer until it is unset.
                if (trunk.eContainer() != null && trunk.getMediationPool() != null) {
                    bypass.merge(trunk.getMediationPool(), bypasses(trunk), Boolean::logicalAnd);
                }
            }
            for (Map.Entry<MediationPool, Boolean> reach : bypass.entrySet()) {
                double share = perPeer / bypass.size();
                double ports = portsPerPeer / bypass.size();
                double kept = reach.getValue() ? 1 - PlanningFigures.MEDIA_BYPASS_SHARE : 1;
                double[] sums = terms.computeIfAbsent(reach.getKey(), p -> new double[3]);
                sums[0] += share;
                sums[1] += share * kept;
                sums[2] += ports * kept;
            }
        }
        return terms;
    }

    private boolean bypasses(Trunk trunk) {
        return trunk.isMediaBypass() && bypassMode != MediaBypassMode.OFF;
    }

    private static boolean carriesPstnCalls(TrunkPeer peer) {
        return PeerQueries.isGateway(peer) || peer.getKind() == PeerKind.ITSP_SBC;
    }

    /** The pool's load: its sites' terms summed in model order, so that the sum never depends on edit history. */
    private PoolLoad poolLoad(MediationPool pool) {
        Map<Site, double[]> bySite = poolTerms.getOrDefault(pool, Map.of());
        // A pool carries thousands of sites: sort (model position, slot) pairs as longs, not sites in a TreeMap.
        double[][] terms = new double[bySite.size()][];
        long[] positions = new long[bySite.size()];
        int slot = 0;
        for (Map.Entry<Site, double[]> entry : bySite.entrySet()) {
            terms[slot] = entry.getValue();
            positions[slot] = (long) order.get(entry.getKey()) << 32 | slot;
            slot++;
        }
        Arrays.sort(positions);
        double[] sums = new double[3];
        for (long position : positions) {
            double[] term = terms[(int) position];
            sums[0] += term[0];
            sums[1] += term[1];
            sums[2] += term[2];
        }
        return poolLoad(pool, sums[0], sums[1], sums[2]);
    }

    private <V> Map<Site, V> inModelOrder(Map<Site, V> bySite) {
        if (bySite.size() <= 1) {
            return bySite;
        }
        Map<Site, V> sorted = new TreeMap<>(Comparator.comparingInt(order::get));
        sorted.putAll(bySite);
        return sorted;
    }

    /**
     * The load of one pool: its capacity is in concurrent calls, so its non-bypass traffic is turned into the
     * peak of concurrent calls, the larger of the rule-of-thumb ports and the Erlang B ports at the
     * topology's grade of service (domain.md §3).
     */
    private PoolLoad poolLoad(MediationPool pool, double erlangs, double nonBypass, double ruleOfThumbCalls) {
        OptionalInt erlangB = OptionalInt.empty();
        if (erlangBSizable() && Double.isFinite(nonBypass)) {
            ErlangB.Sizing sizing = nonBypass == 0 ? new ErlangB.Sizing(0, 0, true) : ErlangB.size(nonBypass, gradeOfService, 0);
            erlangB = sizing.computed() ? OptionalInt.of(sizing.portsNeeded()) : OptionalInt.empty();
        }
        // Float sums of equal shares may land a hair above a whole number of ports.
        double peak = Math.max(Math.ceil(ruleOfThumbCalls - 1e-9), erlangB.orElse(0));
        int servers = Math.max(0, pool.getServers());
        if (pool.getKind() == MediationKind.STANDALONE) {
            int perServer = pool.isHyperThreading() ? PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_ON
                    : PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF;
            long calls = (long) servers * perServer;
            String basis = capacityBases.computeIfAbsent(List.of(MediationKind.STANDALONE, servers, pool.isHyperThreading()),
                    key -> String.format(Locale.ROOT, "Capacity [UMU]: %d stand-alone server(s) x %,d calls (hyper-threading %s) = %,d.",
                            servers, perServer, pool.isHyperThreading() ? "on" : "off", calls));
            return new PoolLoad(pool, erlangs, peak, OptionalInt.of(saturated(calls)), basis, nonBypass, ruleOfThumbCalls,
                    erlangB, gradeOfService);
        }
        if (pool.getKind() == MediationKind.COLLOCATED_FE || pool.getKind() == MediationKind.COLLOCATED_SE) {
            int hosts = pool.getCollocatedWith() instanceof FrontEndPool host ? Math.max(0, host.getServers()) : servers;
            long calls = (long) hosts * PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER;
            String basis = capacityBases.computeIfAbsent(List.of(MediationKind.COLLOCATED_FE, hosts),
                    key -> String.format(Locale.ROOT, "Capacity [UMU]: %d Front End server(s) x %d calls (collocated) = %,d.", hosts,
                            PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER, calls));
            return new PoolLoad(pool, erlangs, peak, OptionalInt.of(saturated(calls)), basis, nonBypass, ruleOfThumbCalls,
                    erlangB, gradeOfService);
        }
        return new PoolLoad(pool, erlangs, peak, OptionalInt.empty(),
                "No call capacity is published for a Mediation Server inside an SBA or SBS; its branch's user range applies [EVR].",
                nonBypass, ruleOfThumbCalls, erlangB, gradeOfService);
    }

    /** Users the site homes on each Front End pool: its own pools for a central site, its SBAs'/SBSs' for a branch. */
    private static Map<FrontEndPool, Long> homed(Site site) {
        Map<FrontEndPool, Long> homed = new IdentityHashMap<>(2);
        if (site instanceof CentralSite central && !central.getFrontEndPools().isEmpty()) {
            List<FrontEndPool> pools = central.getFrontEndPools();
            long share = Math.max(0, central.getUsers()) / pools.size();
            for (FrontEndPool pool : pools) {
                homed.merge(pool, share, Long::sum);
            }
        }
        if (site instanceof BranchSite branch) {
            List<SurvivableBranch> boxes = branch.getSurvivableBranches().stream()
                    .filter(b -> b.getFrontEndPool() != null).toList();
            for (SurvivableBranch box : boxes) {
                homed.merge(box.getFrontEndPool(), (long) Math.max(0, branch.getUsers()) / boxes.size(), Long::sum);
            }
        }
        return homed;
    }

    private FrontEndLoad frontEndLoad(FrontEndPool pool) {
        long users = 0;
        Set<String> from = new LinkedHashSet<>();
        for (Map.Entry<Site, Long> homedFrom : inModelOrder(homing.getOrDefault(pool, Map.of())).entrySet()) {
            users += homedFrom.getValue();
            from.add(label(homedFrom.getKey()));
        }
        long servers = Math.max(0, pool.getServers());
        if (pool.getEdition() == Edition.STANDARD) {
            long max = servers * PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER;
            return new FrontEndLoad(pool, users, max,
                    Math.max(1, ceilDiv(users, PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER)),
                    "Standard Edition [UMU]: " + servers + " server(s) x "
                            + PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER + " users = " + max + ".",
                    List.copyOf(from));
        }
        long max = Math.min(PlanningFigures.FRONT_END_POOL_MAX_USERS, servers * PlanningFigures.USERS_PER_FRONT_END_SERVER);
        return new FrontEndLoad(pool, users, max, Math.max(1, ceilDiv(users, PlanningFigures.USERS_PER_FRONT_END_SERVER)),
                "Enterprise pool [UMU]: min(" + PlanningFigures.FRONT_END_POOL_MAX_USERS + ", " + servers + " server(s) x "
                        + PlanningFigures.USERS_PER_FRONT_END_SERVER + " users) = " + max + ".",
                List.copyOf(from));
    }

    private static List<SurvivableBranchCheck> checks(Site site) {
        if (!(site instanceof BranchSite branch) || branch.getSurvivableBranches().isEmpty()) {
            return List.of();
        }
        List<SurvivableBranchCheck> result = new ArrayList<>(branch.getSurvivableBranches().size());
        long sbas = branch.getSurvivableBranches().stream().filter(b -> b.getKind() == SurvivableKind.SBA).count();
        int users = Math.max(0, branch.getUsers());
        for (SurvivableBranch box : branch.getSurvivableBranches()) {
            if (box.getKind() == SurvivableKind.SBS) {
                result.add(new SurvivableBranchCheck(box, users, PlanningFigures.SBS_MIN_USERS, PlanningFigures.SBS_MAX_USERS));
            } else {
                int boxes = (int) Math.min(sbas, PlanningFigures.MAX_SBAS_PER_BRANCH);
                result.add(new SurvivableBranchCheck(box, users, PlanningFigures.SBA_MIN_USERS,
                        Math.max(1, boxes) * PlanningFigures.SBA_MAX_USERS));
            }
        }
        return result;
    }

    private static String label(Site site) {
        return site.getName() != null ? site.getName() : String.valueOf(site.getId());
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** A capacity beyond {@code int} (billions of calls) is as good as unlimited; it is shown as the largest int. */
    private static int saturated(long calls) {
        return (int) Math.min(Integer.MAX_VALUE, calls);
    }

    /** Organisation totals, kept by adding and subtracting each site's contribution (all whole numbers: exact). */
    private static final class Totals {
        private long users;
        private long ruleOfThumb;
        private long erlangB;
        private long drawn;
        private long gateways;
        private long siteGateways;

        void add(SiteState state, int sign) {
            SiteSizing s = state.sizing();
            users += sign * state.ownUsers();
            ruleOfThumb += sign * s.ruleOfThumbPorts();
            erlangB += sign * (long) s.erlangBPorts();
            drawn += sign * s.drawnPorts();
            gateways += sign * (long) s.drawnGateways();
            siteGateways += sign * s.gatewaysNeeded();
        }

        OrganisationSizing organisation() {
            // Gateways are per site: 1,000 ports at each of two sites need two gateways each, not ⌈2,000 / 960⌉ = 3.
            long needed = Math.max(siteGateways, PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION);
            return new OrganisationSizing(users, ruleOfThumb, erlangB, drawn, (int) gateways, needed, siteGateways);
        }
    }
}
