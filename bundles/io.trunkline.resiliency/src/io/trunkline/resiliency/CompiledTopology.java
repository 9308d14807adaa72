package io.trunkline.resiliency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.EdgePool;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pbx;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.planning.ErlangB;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizing;

/**
 * The topology worked out once for failure analysis: sites in model order, the site of every element, what each
 * site depends on and, inverted, which sites depend on each element, what goes down with what, and the network.
 * A failure then re-evaluates only the sites that depend on what it takes down.
 */
final class CompiledTopology {

    final Topology topology;
    final List<Site> sites;
    final Map<Site, Integer> siteIndex = new IdentityHashMap<>();
    final Map<Element, Integer> siteOf = new IdentityHashMap<>();
    final List<SitePlan> plans = new ArrayList<>();
    /** The elements the sweep fails one by one, in model order. */
    final List<Element> failable = new ArrayList<>();
    /** Failable elements and trunks by id, for the command line and the editor. */
    final Map<String, Element> byId = new HashMap<>();
    final Map<TrunkPeer, List<Trunk>> trunksOf = new IdentityHashMap<>();
    final Network network;
    final TopologySizing sizing;
    private final Map<Element, List<Element>> goesDownWith = new IdentityHashMap<>();
    private final Map<Element, int[]> dependents = new IdentityHashMap<>();
    private final int[][] dependSites;
    private final int[][] siteDependents;

    /**
     * Works {@code topology} out with {@code sizing}, which must be the sizing of the topology as it is now.
     * <p>
     * The loops over sites and elements here and in the index methods only call a method per element: a loop body
     * run once per export is compiled only on-stack-replaced, anew for each loop and level, which kept the compiler
     * busy export after export (issue 19); a method run for each of thousands of elements is compiled once for good.
     */
    CompiledTopology(Topology topology, TopologySizing sizing) {
        this.topology = topology;
        this.sites = SiteQueries.sites(topology);
        this.sizing = sizing;
        for (int s = 0; s < sites.size(); s++) {
            indexSite(s);
        }
        indexTrunks();
        indexFailable();
        indexCollocation();
        for (int s = 0; s < sites.size(); s++) {
            plans.add(plan(s));
        }
        Map<Element, List<Integer>> inverse = new IdentityHashMap<>();
        dependSites = new int[plans.size()][];
        for (SitePlan plan : plans) {
            dependSites[plan.index()] = sitesDependedOn(plan, inverse);
        }
        inverse.forEach((element, list) -> dependents.put(element, list.stream().mapToInt(Integer::intValue).distinct().toArray()));
        List<List<Integer>> bySite = new ArrayList<>();
        sites.forEach(site -> bySite.add(new ArrayList<>()));
        for (int s = 0; s < dependSites.length; s++) {
            for (int d : dependSites[s]) {
                bySite.get(d).add(s);
            }
        }
        siteDependents = bySite.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        network = new Network(sites, siteIndex, topology.getWanLinks());
    }

    private void indexSite(int s) {
        Site site = sites.get(s);
        siteIndex.putIfAbsent(site, s);
        siteOf.put(site, s);
        for (Element element : SiteQueries.contents(site)) {
            siteOf.put(element, s);
        }
    }

    /** The sites {@code plan}'s site depends on, itself first; adds the site to {@code inverse} for each element. */
    private int[] sitesDependedOn(SitePlan plan, Map<Element, List<Integer>> inverse) {
        Set<Integer> at = new LinkedHashSet<>();
        at.add(plan.index());
        for (Element element : plan.depends()) {
            inverse.computeIfAbsent(element, e -> new ArrayList<>()).add(plan.index());
            at.add(siteOf.getOrDefault(element, -1));
        }
        at.remove(-1);
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    int siteOf(Element element) {
        return siteOf.getOrDefault(element, -1);
    }

    /** The sites whose evaluation reads {@code element}. */
    int[] dependents(Element element) {
        return dependents.getOrDefault(element, new int[0]);
    }

    /** The sites (indexes) a site's service runs through, itself included. */
    int[] dependSites(int site) {
        return dependSites[site];
    }

    /** The sites whose service runs through site {@code site}, itself included. */
    int[] siteDependents(int site) {
        return siteDependents[site];
    }

    /**
     * Everything down when {@code failed} fail: a site takes its contents and its WAN links; a Front End pool or
     * SBA/SBS takes the Mediation pool collocated on it [MED]; an SBA takes its gateway, which is part of the
     * appliance [EVR].
     */
    Set<Element> down(Collection<? extends Element> failed) {
        Set<Element> down = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> work = new ArrayList<>(failed);
        while (!work.isEmpty()) {
            Element element = work.remove(work.size() - 1);
            if (element != null && down.add(element)) {
                work.addAll(goesDownWith.getOrDefault(element, List.of()));
            }
        }
        return down;
    }

    private void indexTrunks() {
        for (Trunk trunk : topology.getTrunks()) {
            indexTrunk(trunk);
        }
    }

    private void indexTrunk(Trunk trunk) {
        if (trunk.getPeer() != null) {
            trunksOf.computeIfAbsent(trunk.getPeer(), p -> new ArrayList<>()).add(trunk);
        }
        if (trunk.getId() != null) {
            byId.putIfAbsent(trunk.getId(), trunk);
        }
    }

    private void indexFailable() {
        for (Site site : sites) {
            addFailable(site);
        }
        failable.addAll(topology.getWanLinks());
        for (Element element : failable) {
            indexFailable(element);
        }
    }

    /** The site and what stands at it, but for the PBXs and Edge pools, which the sweep does not fail. */
    private void addFailable(Site site) {
        failable.add(site);
        for (Element element : SiteQueries.contents(site)) {
            if (!(element instanceof Pbx) && !(element instanceof EdgePool)) {
                failable.add(element);
            }
        }
    }

    private void indexFailable(Element element) {
        if (element.getId() != null) {
            byId.put(element.getId(), element);
        }
    }

    private void indexCollocation() {
        for (Site site : sites) {
            indexCollocation(site);
        }
        for (WanLink link : topology.getWanLinks()) {
            indexCollocation(link);
        }
    }

    private void indexCollocation(Site site) {
        List<Element> with = new ArrayList<>(SiteQueries.contents(site));
        goesDownWith.put(site, with);
        for (MediationPool pool : site.getMediationPools()) {
            if (pool.getCollocatedWith() != null) {
                goesDownWith.computeIfAbsent(pool.getCollocatedWith(), p -> new ArrayList<>()).add(pool);
            }
        }
        if (site instanceof BranchSite branch) {
            for (SurvivableBranch box : branch.getSurvivableBranches()) {
                if (box.getKind() == SurvivableKind.SBA && box.getGateway() != null
                        && box.getGateway().getKind() == PeerKind.SBA_GATEWAY) {
                    goesDownWith.computeIfAbsent(box, b -> new ArrayList<>()).add(box.getGateway());
                }
            }
        }
    }

    /** A WAN link goes down with either of its sites. */
    private void indexCollocation(WanLink link) {
        for (Site end : new Site[] { link.getSiteA(), link.getSiteB() }) {
            if (end != null && goesDownWith.containsKey(end)) {
                goesDownWith.get(end).add(link);
            }
        }
    }

    private SitePlan plan(int s) {
        Site site = sites.get(s);
        long users = Math.max(0, site.getUsers());
        List<SitePlan.Group> groups = groups(site, users);
        List<SitePlan.Tier> tiers = new ArrayList<>();
        SiteSizing sized = sizing.sites().get(s);
        Site carrier = sized.servedBy().orElse(null);
        List<TrunkPeer> own = pstnPeers(site);
        if (!own.isEmpty()) {
            OptionalInt need = carrier == null ? need(sized) : ownNeed(site);
            tiers.add(new SitePlan.Tier(site, s, own, need));
        }
        if (carrier != null && carrier != site && siteIndex.containsKey(carrier)) {
            int c = siteIndex.get(carrier);
            List<TrunkPeer> theirs = pstnPeers(carrier);
            if (!theirs.isEmpty()) {
                tiers.add(new SitePlan.Tier(carrier, c, theirs, need(sizing.sites().get(c))));
            }
        }
        Set<Element> depends = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SitePlan.Group group : groups) {
            addAll(depends, group.primary(), group.backup(), group.central());
        }
        for (SitePlan.Tier tier : tiers) {
            for (TrunkPeer peer : tier.peers()) {
                depends.add(peer);
                for (Trunk trunk : trunksOf.getOrDefault(peer, List.of())) {
                    depends.add(trunk);
                    MediationPool pool = trunk.getMediationPool();
                    addAll(depends, pool, receiver(pool));
                }
            }
        }
        return new SitePlan(site, s, users, groups, tiers, List.copyOf(depends));
    }

    private static void addAll(Set<Element> set, Element... elements) {
        for (Element element : elements) {
            if (element != null) {
                set.add(element);
            }
        }
    }

    /**
     * Who registers a site's users: a central site's users are spread evenly over its Front End pools; a branch's
     * over its SBAs/SBSs (each the primary Registrar of its users [EVR]) or, without one, over its central site's
     * Front End pools across the WAN. The first group takes the remainder, so no user is lost to rounding.
     */
    private List<SitePlan.Group> groups(Site site, long users) {
        List<SitePlan.Group> groups = new ArrayList<>();
        if (site instanceof BranchSite branch && !branch.getSurvivableBranches().isEmpty()) {
            List<SurvivableBranch> boxes = branch.getSurvivableBranches();
            for (int i = 0; i < boxes.size(); i++) {
                SurvivableBranch box = boxes.get(i);
                // Without a backup Registrar of its own, the SBA's associated Front End pool takes its users [EVR].
                Element backup = box.getBackupRegistrar() != null ? box.getBackupRegistrar() : box.getFrontEndPool();
                groups.add(new SitePlan.Group(share(users, boxes.size(), i), box, backup,
                        Math.max(0, box.getFailoverSeconds()), box.getFrontEndPool()));
            }
            return groups;
        }
        CentralSite home = site instanceof CentralSite central ? central
                : site.eContainer() instanceof CentralSite parent ? parent : null;
        List<FrontEndPool> pools = home == null ? List.of() : home.getFrontEndPools();
        for (int i = 0; i < pools.size(); i++) {
            FrontEndPool pool = pools.get(i);
            groups.add(new SitePlan.Group(share(users, pools.size(), i), pool, pool.getBackupRegistrar(),
                    ResiliencyFigures.CENTRAL_FAILOVER_SECONDS, null));
        }
        return groups;
    }

    private static long share(long users, int ways, int i) {
        return users / ways + (i == 0 ? users % ways : 0);
    }

    /** The peers that carry PSTN calls: PSTN gateways, SBA gateways and ITSP SBCs (not IP-PBXs). */
    private static List<TrunkPeer> pstnPeers(Site site) {
        return site.getTrunkPeers().stream()
                .filter(p -> PeerQueries.isGateway(p) || p.getKind() == PeerKind.ITSP_SBC).toList();
    }

    /**
     * The pool that takes calls arriving from the PSTN through {@code pool}: its next hop [DMS]; for the Mediation
     * Server inside an SBA/SBS, the appliance's own Registrar, which keeps branch calls coming in while the WAN is
     * down [EVR].
     */
    static Pool receiver(MediationPool pool) {
        if (pool == null) {
            return null;
        }
        if (pool.getKind() == MediationKind.COLLOCATED_SBA && pool.getCollocatedWith() instanceof SurvivableBranch box) {
            return box;
        }
        return pool.getNextHop();
    }

    private static OptionalInt need(SiteSizing sized) {
        return sized.erlangBComputed() ? OptionalInt.of(sized.erlangBPorts()) : OptionalInt.empty();
    }

    /**
     * Ports a site's own calls need when sizing puts them on the site that serves its PSTN: the same Erlang B
     * traffic formula as sizing (domain.md §3), for the site's own users alone.
     */
    private OptionalInt ownNeed(Site site) {
        double gos = topology.getGradeOfService();
        int holding = topology.getMeanHoldingTimeSeconds();
        double erlangs = PlanningFigures.ownTraffic(site, holding / 3600.0);
        if (!(gos > 0 && gos < 1) || holding <= 0 || !(erlangs >= 0) || Double.isInfinite(erlangs)) {
            return OptionalInt.empty();
        }
        ErlangB.Sizing sizing = ErlangB.size(erlangs, gos, 0);
        return sizing.computed() ? OptionalInt.of(sizing.portsNeeded()) : OptionalInt.empty();
    }
}
