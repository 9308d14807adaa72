package io.trunkline.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import io.trunkline.model.query.SiteQueries;

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

    /** The sites sized, numbered in model order. */
    private final SiteKeys keys = new SiteKeys();
    private Map<Site, Site> carriers = new IdentityHashMap<>();
    private Map<Site, List<Site>> carried = new IdentityHashMap<>();

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
    private final SiteOrderedList<SiteSizing> siteList = new SiteOrderedList<>();
    private final SiteOrderedList<PoolLoad> poolList = new SiteOrderedList<>();
    private final SiteOrderedList<FrontEndLoad> frontEndList = new SiteOrderedList<>();
    private final SiteOrderedList<SurvivableBranchCheck> checkList = new SiteOrderedList<>();
    private final Map<String, Object> byId = new HashMap<>();
    private final Map<String, EObject> idOwners = new HashMap<>();
    private int shadowedIds; // results the id index left out because an earlier element has the same id
    private TopologySizing sizing;

    /** Sizes {@code topology} from scratch. */
    public IncrementalSizing(Topology topology) {
        this.topology = topology;
        readTopologyInputs();
        keys.renumber(SiteQueries.sites(topology));
        findCarriers(new HashSet<>());
        Set<Site> sites = new LinkedHashSet<>();
        Set<MediationPool> pools = new HashSet<>();
        Set<FrontEndPool> frontEnds = new HashSet<>();
        addEverything(sites, pools, frontEnds);
        refresh(sites, pools, frontEnds);
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
     *                object was added or removed, or a reference to it changed (a site added or removed must be
     *                among the objects, as well as its container with the containing feature)
     * @return the sites, Mediation pools, Front End pools and SBAs/SBSs whose sizing result changed (an element no
     *         longer in the topology included)
     */
    public Set<EObject> update(Map<? extends EObject, ? extends Collection<? extends EStructuralFeature>> changes) {
        Set<Site> affectedSites = new LinkedHashSet<>();
        Set<MediationPool> affectedPools = new HashSet<>();
        Set<FrontEndPool> affectedFrontEnds = new HashSet<>();
        boolean everything = false;
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
                    everything = true;
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
        Map<Site, Integer> unlisted = Map.of();
        boolean renumbered = false;
        if (skeleton) {
            // No pool is re-summed for this alone (Erlang B of every pool was a third of adding a branch at 5,000
            // sites): a pool that came or went is itself a change, sites that moved bring their pools in refresh,
            // and adding or removing a site keeps the model order of the others, in which pools sum their terms.
            unlisted = new IdentityHashMap<>();
            renumbered = placeSites(changes, affectedSites, servedBy, unlisted);
        }
        if (everything) {
            addEverything(affectedSites, affectedPools, affectedFrontEnds);
        }
        Set<EObject> changedResults = refresh(affectedSites, affectedPools, affectedFrontEnds);
        // With ids shared, which result an id names depends on model order: the index is built again.
        if (renamed || everything || renumbered || skeleton && shadowedIds > 0) {
            rebuildViews();
        } else if (skeleton || !changedResults.isEmpty()) {
            relistViews(unlisted, affectedSites, affectedPools, affectedFrontEnds);
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
            for (Site site : SiteQueries.sites(topology)) {
                for (MediationPool pool : site.getMediationPools()) {
                    if (pool.getCollocatedWith() == frontEnd) {
                        affectedPools.add(pool);
                    }
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

    /** Every site, Mediation pool and Front End pool of the topology, for an input every figure depends on. */
    private void addEverything(Set<Site> affectedSites, Set<MediationPool> affectedPools, Set<FrontEndPool> affectedFrontEnds) {
        for (Site site : SiteQueries.sites(topology)) {
            affectedSites.add(site);
            affectedPools.addAll(site.getMediationPools());
            if (site instanceof CentralSite central) {
                affectedFrontEnds.addAll(central.getFrontEndPools());
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
     * Numbers the sites that came or moved and forgets those that went, looking only at the sites among the
     * changes; works out who carries whose calls. Every site that came, went or changed carrier, and the carriers
     * involved, are added to {@code affectedSites}, and the old keys of the sites that went or moved to
     * {@code unlisted}. Unless a {@code pstnServedBy} changed ({@code servedBy}), only the sites that came or went
     * can change carrier. Returns whether every site was numbered again (sites next to each other came or moved,
     * or no number was free between two neighbours), in which case {@code unlisted} means nothing.
     */
    private boolean placeSites(Map<? extends EObject, ? extends Collection<? extends EStructuralFeature>> changes,
            Set<Site> affectedSites, boolean servedBy, Map<Site, Integer> unlisted) {
        Set<Site> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        changes.forEach((changed, features) -> {
            if (changed instanceof Site site && features.contains(null)) {
                candidates.add(site);
            }
        });
        List<Site> came = new ArrayList<>();
        List<Site> went = new ArrayList<>();
        boolean renumber = false;
        for (Site site : candidates) {
            if (!isListed(site)) {
                if (keys.contains(site)) {
                    went.add(site);
                    unlisted.put(site, keys.of(site));
                    keys.remove(site);
                }
                continue;
            }
            Site previous = previous(site);
            Site next = next(site);
            if (!isPlaced(previous, candidates) || !isPlaced(next, candidates)) {
                renumber = true;
                continue;
            }
            if (keys.contains(site)) {
                if (isBetween(previous, site, next)) {
                    continue;
                }
                unlisted.put(site, keys.of(site)); // moved: listed again at its new place
                keys.remove(site);
            } else {
                came.add(site);
            }
            renumber |= !keys.insert(site, previous, next);
        }
        if (renumber || keys.size() != siteCount()) {
            renumberSites(came, went);
        }
        affectedSites.addAll(came);
        affectedSites.addAll(went);
        if (servedBy) {
            findCarriers(affectedSites);
        } else {
            moveCarriers(came, went, affectedSites);
        }
        return renumber;
    }

    /**
     * Numbers every site again, in model order; lists in {@code came} and {@code went} the sites sized before
     * and no longer in the topology, and those in it and not sized before.
     */
    private void renumberSites(List<Site> came, List<Site> went) {
        List<Site> sites = SiteQueries.sites(topology);
        keys.renumber(sites);
        came.clear();
        went.clear();
        for (Site site : sites) {
            if (!siteStates.containsKey(site)) {
                came.add(site);
            }
        }
        for (Site site : siteStates.keySet()) {
            if (!keys.contains(site)) {
                went.add(site);
            }
        }
    }

    /** Whether {@code site} is in the topology: a central site of it, or a branch site of one. */
    private boolean isListed(Site site) {
        EObject container = site.eContainer();
        return container == topology || container instanceof CentralSite central && central.eContainer() == topology;
    }

    /** Whether a neighbour of a site that came or moved has a key it can be placed by ({@code null}: an end). */
    private boolean isPlaced(Site neighbour, Set<Site> candidates) {
        return neighbour == null || keys.contains(neighbour) && !candidates.contains(neighbour);
    }

    private boolean isBetween(Site previous, Site site, Site next) {
        int key = keys.of(site);
        return (previous == null || keys.of(previous) < key) && (next == null || key < keys.of(next));
    }

    /** The site before {@code site} (in the topology) in model order, or {@code null} for the first. */
    private Site previous(Site site) {
        if (site instanceof BranchSite branch) {
            CentralSite central = (CentralSite) branch.eContainer();
            int at = central.getBranchSites().indexOf(branch);
            return at > 0 ? central.getBranchSites().get(at - 1) : central;
        }
        List<CentralSite> centrals = topology.getCentralSites();
        int at = centrals.indexOf(site);
        if (at == 0) {
            return null;
        }
        CentralSite before = centrals.get(at - 1);
        return before.getBranchSites().isEmpty() ? before : before.getBranchSites().get(before.getBranchSites().size() - 1);
    }

    /** The site after {@code site} (in the topology) in model order, or {@code null} for the last. */
    private Site next(Site site) {
        CentralSite central;
        int at;
        if (site instanceof BranchSite branch) {
            central = (CentralSite) branch.eContainer();
            at = central.getBranchSites().indexOf(branch) + 1;
        } else {
            central = (CentralSite) site;
            at = 0;
        }
        if (at < central.getBranchSites().size()) {
            return central.getBranchSites().get(at);
        }
        List<CentralSite> centrals = topology.getCentralSites();
        int after = centrals.indexOf(central) + 1;
        return after < centrals.size() ? centrals.get(after) : null;
    }

    /** How many sites the topology has, without listing them. */
    private int siteCount() {
        int count = 0;
        for (CentralSite central : topology.getCentralSites()) {
            count += 1 + central.getBranchSites().size();
        }
        return count;
    }

    /** Works out every site's carrier again, adding to {@code affectedSites} those that changed and their carriers. */
    private void findCarriers(Set<Site> affectedSites) {
        Map<Site, Site> newCarriers = new IdentityHashMap<>();
        Map<Site, List<Site>> newCarried = new IdentityHashMap<>();
        for (Site site : SiteQueries.sites(topology)) {
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
     * Takes the sites that went out of the carriers and adds those that came: every other site's
     * {@code pstnServedBy} chain is as it was (finding every site's carrier was a third of adding a branch).
     */
    private void moveCarriers(List<Site> came, List<Site> went, Set<Site> affectedSites) {
        for (Site site : went) {
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
        for (Site site : came) {
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
            SiteState after = keys.contains(site) ? siteState(site) : null;
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
        for (MediationPool pool : affectedPools) {
            if (pool == null) {
                continue;
            }
            PoolLoad load = ownerOf(pool) != null ? poolLoad(pool) : null;
            PoolLoad old = load == null ? poolLoads.remove(pool) : poolLoads.put(pool, load);
            if (load == null ? old != null : !load.equals(old)) {
                changed.add(pool);
            }
        }
        for (FrontEndPool pool : affectedFrontEnds) {
            if (pool == null) {
                continue;
            }
            FrontEndLoad load = ownerOf(pool) != null ? frontEndLoad(pool) : null;
            FrontEndLoad old = load == null ? frontEndLoads.remove(pool) : frontEndLoads.put(pool, load);
            if (load == null ? old != null : !load.equals(old)) {
                changed.add(pool);
            }
        }
        return changed;
    }

    /** The sized site a pool belongs to, or {@code null} when the pool is not in the topology. */
    private Site ownerOf(EObject pool) {
        return pool.eContainer() instanceof Site site && keys.contains(site) ? site : null;
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
        for (Site site : SiteQueries.sites(topology)) {
            list(site, new IdentityHashMap<>(), new IdentityHashMap<>());
        }
        byId.clear();
        idOwners.clear();
        shadowedIds = 0;
        siteList.view().forEach(s -> index(s.site(), s));
        poolList.view().forEach(p -> index(p.pool(), p));
        frontEndList.view().forEach(f -> index(f.pool(), f));
        checkList.view().forEach(c -> index(c.survivable(), c));
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
     * Lists again the results of the sites that went or moved ({@code unlisted}, by their old keys) and of the
     * affected sites and pools' sites, each site's block alone, and moves in the id index only the results of
     * those sites (rebuilding the views was over half of adding a branch at 5,000 sites).
     */
    private void relistViews(Map<Site, Integer> unlisted, Set<Site> affectedSites, Set<MediationPool> affectedPools,
            Set<FrontEndPool> affectedFrontEnds) {
        Map<EObject, Object> before = new IdentityHashMap<>();
        Map<EObject, Object> after = new IdentityHashMap<>();
        unlisted.values().forEach(key -> unlist(key, before));
        Set<Site> relisted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Site site : affectedSites) {
            if (keys.contains(site) && relisted.add(site)) {
                list(site, before, after);
            }
        }
        for (Collection<? extends EObject> pools : List.of(affectedPools, affectedFrontEnds)) {
            for (EObject pool : pools) {
                Site owner = pool == null ? null : ownerOf(pool);
                if (owner != null && relisted.add(owner)) {
                    list(owner, before, after);
                }
            }
        }
        for (EObject element : before.keySet()) {
            String id = ((Element) element).getId();
            if (!after.containsKey(element) && id != null && idOwners.get(id) == element) {
                idOwners.remove(id);
                byId.remove(id);
            }
        }
        for (Map.Entry<EObject, Object> entry : after.entrySet()) {
            String id = ((Element) entry.getKey()).getId();
            if (id == null) {
                continue;
            }
            if (!before.containsKey(entry.getKey()) && idOwners.putIfAbsent(id, entry.getKey()) != null) {
                rebuildViews(); // an id now shared: which result it names depends on model order
                return;
            }
            if (idOwners.get(id) == entry.getKey()) {
                byId.put(id, entry.getValue());
            }
        }
        view();
    }

    /** Takes out the results of the site that had {@code key}, recording them in {@code before}. */
    private void unlist(int key, Map<EObject, Object> before) {
        // An empty block in its place: nothing is recorded as after.
        list(siteList, key, List.of(), SiteSizing::site, before, Map.of());
        list(checkList, key, List.of(), SurvivableBranchCheck::survivable, before, Map.of());
        list(poolList, key, List.of(), PoolLoad::pool, before, Map.of());
        list(frontEndList, key, List.of(), FrontEndLoad::pool, before, Map.of());
    }

    /** Puts the current results of {@code site} in place of its block in each list; records old and new results. */
    private void list(Site site, Map<EObject, Object> before, Map<EObject, Object> after) {
        int key = keys.of(site);
        SiteState state = siteStates.get(site);
        list(siteList, key, List.of(state.sizing()), SiteSizing::site, before, after);
        list(checkList, key, state.checks(), SurvivableBranchCheck::survivable, before, after);
        list(poolList, key, results(site.getMediationPools(), poolLoads), PoolLoad::pool, before, after);
        List<FrontEndPool> frontEnds = site instanceof CentralSite central ? central.getFrontEndPools() : List.of();
        list(frontEndList, key, results(frontEnds, frontEndLoads), FrontEndLoad::pool, before, after);
    }

    private static <T> void list(SiteOrderedList<T> list, int key, List<T> block, Function<T, EObject> elementOf,
            Map<EObject, Object> before, Map<EObject, Object> after) {
        for (T result : list.block(key)) {
            before.putIfAbsent(elementOf.apply(result), result);
        }
        for (T result : block) {
            after.put(elementOf.apply(result), result);
        }
        list.replace(key, block);
    }

    private static <K, T> List<T> results(List<K> elements, Map<K, T> results) {
        List<T> listed = new ArrayList<>(elements.size());
        elements.forEach(element -> listed.add(results.get(element)));
        return listed;
    }

    private void view() {
        sizing = new TopologySizing(totals.organisation(), siteList.view(), poolList.view(), frontEndList.view(),
                checkList.view(), Collections.unmodifiableMap(byId));
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
        demand.sort(keys.inModelOrder());
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
            positions[slot] = (long) keys.of(entry.getKey()) << 32 | slot;
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
        Map<Site, V> sorted = new TreeMap<>(keys.inModelOrder());
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
