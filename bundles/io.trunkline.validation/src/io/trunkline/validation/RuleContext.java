package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.planning.IncrementalSizing;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;
import io.trunkline.planning.WanBandwidth;
import io.trunkline.planning.WanLoads;

/**
 * What rules share during a validation: the topology, its sizing (computed once, on first use) and inverse
 * look-ups the model does not keep (WAN links of a site, PBX links of a PBX, SBAs of a Front End pool), and the
 * elements grouped by key ({@link KeyGroups}) that uniqueness and counting rules look up instead of scanning.
 */
public final class RuleContext {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;
    // The ends each index files its links and boxes under; the lists holding them are not here: a link or box that
    // comes or goes is a change of its own, with no feature.
    private static final Set<EStructuralFeature> WAN_LINK_ENDS = Set.of(P.getWanLink_SiteA(), P.getWanLink_SiteB());
    private static final Set<EStructuralFeature> PBX_LINK_ENDS = Set.of(P.getPbxLink_Pbx(), P.getPbxLink_Gateway());
    private static final Set<EStructuralFeature> SURVIVABLE_ENDS = Set.of(P.getSurvivableBranch_FrontEndPool());
    private static final Set<EStructuralFeature> PSTN_LINK_ENDS = Set.of(P.getPstnLink_Gateway());

    private final Topology topology;
    private TopologySizing sizing;
    private IncrementalSizing liveSizing;
    private Map<Site, List<WanLink>> wanLinks;
    private WanLoads wanLoads;
    private Map<EObject, List<PbxLink>> pbxLinks;
    private Map<FrontEndPool, List<SurvivableBranch>> survivables;
    private Map<TrunkPeer, List<PstnLink>> pstnLinks;
    private final Map<KeyGroups<?>, KeyIndex<?>> keyIndexes = new HashMap<>();
    private List<EObject> contents;
    /** Whether live validation keeps this context up to date; a one-shot pass builds lighter key indexes. */
    private final boolean live;

    /** A context for live validation, whose key indexes follow its flushes. */
    RuleContext(Topology topology) {
        this(topology, true);
    }

    private RuleContext(Topology topology, boolean live) {
        this.topology = topology;
        this.live = live;
    }

    /** A context for one pass over {@code topology} as it is, which nothing updates afterwards. */
    static RuleContext oneShot(Topology topology) {
        return new RuleContext(topology, false);
    }

    /** The topology being validated. */
    public Topology topology() {
        return topology;
    }

    /** The sizing of the topology as it is now. */
    public TopologySizing sizing() {
        if (liveSizing != null) {
            return liveSizing.sizing();
        }
        if (sizing == null) {
            sizing = TopologySizer.size(topology);
        }
        return sizing;
    }

    /** WAN links that end at {@code site}. */
    public List<WanLink> wanLinks(Site site) {
        if (wanLinks == null) {
            wanLinks = new IdentityHashMap<>();
            for (WanLink link : topology.getWanLinks()) {
                add(wanLinks, link.getSiteA(), link);
                if (link.getSiteB() != link.getSiteA()) {
                    add(wanLinks, link.getSiteB(), link);
                }
            }
        }
        return wanLinks.getOrDefault(site, List.of());
    }

    /** PBX links that end at {@code pbxOrGateway} (a PBX or a trunk peer). */
    public List<PbxLink> pbxLinks(EObject pbxOrGateway) {
        if (pbxLinks == null) {
            pbxLinks = new IdentityHashMap<>();
            for (CentralSite central : topology.getCentralSites()) {
                indexPbxLinks(central);
                central.getBranchSites().forEach(this::indexPbxLinks);
            }
        }
        return pbxLinks.getOrDefault(pbxOrGateway, List.of());
    }

    private void indexPbxLinks(Site site) {
        for (PbxLink link : site.getPbxLinks()) {
            add(pbxLinks, link.getPbx(), link);
            add(pbxLinks, link.getGateway(), link);
        }
    }

    /** The PSTN links (lines to the carrier) that end on {@code gateway}. */
    public List<PstnLink> pstnLinks(TrunkPeer gateway) {
        if (pstnLinks == null) {
            pstnLinks = new IdentityHashMap<>();
            for (Site site : SiteQueries.sites(topology)) {
                site.getPstnLinks().forEach(link -> add(pstnLinks, link.getGateway(), link));
            }
        }
        return pstnLinks.getOrDefault(gateway, List.of());
    }

    /** SBAs and SBSs associated with {@code pool}. */
    public List<SurvivableBranch> survivables(FrontEndPool pool) {
        if (survivables == null) {
            survivables = new IdentityHashMap<>();
            for (CentralSite central : topology.getCentralSites()) {
                for (BranchSite branch : central.getBranchSites()) {
                    for (SurvivableBranch box : branch.getSurvivableBranches()) {
                        add(survivables, box.getFrontEndPool(), box);
                    }
                }
            }
        }
        return survivables.getOrDefault(pool, List.of());
    }

    /**
     * The element that comes first (in the definition's order) among those whose key under {@code keys} is
     * {@code key}, or {@code null} if none has that key. The groups are indexed once and, in live validation,
     * kept up to date edit by edit.
     */
    public <T extends Element> T firstWith(KeyGroups<T> keys, String key) {
        return index(keys).first(key);
    }

    /**
     * The elements whose group under {@code keys} changed in the last live flush (an element joined or left it),
     * so whose uniqueness findings may have changed; empty before any flush.
     */
    public Collection<EObject> regrouped(KeyGroups<?> keys) {
        KeyIndex<?> index = keyIndexes.get(keys);
        return index == null ? List.of() : index.regrouped();
    }

    /** Whether the last live flush changed any group under {@code keys}; false before any flush. */
    public boolean changedGroups(KeyGroups<?> keys) {
        KeyIndex<?> index = keyIndexes.get(keys);
        return index != null && index.changedGroups();
    }

    /** How many elements have each key under {@code keys}, by key. */
    public SortedMap<String, Integer> groupSizes(KeyGroups<?> keys) {
        return index(keys).sizes();
    }

    /** How many elements have {@code key} under {@code keys}. */
    public int groupSize(KeyGroups<?> keys, String key) {
        return index(keys).size(key);
    }

    /**
     * Every object of the topology in model order, walked once for all the key indexes a pass builds; kept only
     * until the model changes (the next live flush).
     */
    private List<EObject> contents() {
        if (contents == null) {
            contents = new ArrayList<>();
            topology.eAllContents().forEachRemaining(contents::add);
        }
        return contents;
    }

    @SuppressWarnings("unchecked")
    private <T extends Element> KeyIndex<T> index(KeyGroups<T> keys) {
        return (KeyIndex<T>) keyIndexes.computeIfAbsent(keys, k -> new KeyIndex<>(topology, keys, contents(), live));
    }

    /** Trunks of a peer that are still part of the topology. */
    public static List<Trunk> trunks(TrunkPeer peer) {
        return live(peer.getTrunks());
    }

    /** Trunks of a pool that are still part of the topology. */
    public static List<Trunk> trunks(MediationPool pool) {
        return live(pool.getTrunks());
    }

    /** The site an element belongs to (its nearest containing site). */
    public static Site siteOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Site site) {
                return site;
            }
        }
        return null;
    }

    /** The load of every WAN link (TL-MB-10), kept from one live flush to the next. */
    public List<WanBandwidth.LinkLoad> wanLoads() {
        if (wanLoads == null) {
            wanLoads = new WanLoads(topology);
        }
        return wanLoads.loads(sizing(), this::wanLinks);
    }

    /** Whether {@code pbx} is linked to anything (used by rules on PBXs). */
    public boolean isLinked(Pbx pbx) {
        return !pbxLinks(pbx).isEmpty();
    }

    /** Takes the sizing from {@code live}, which live validation keeps up to date, instead of sizing once. */
    void follow(IncrementalSizing live) {
        liveSizing = live;
    }

    void forgetIndexes() {
        wanLinks = null;
        wanLoads = null;
        pbxLinks = null;
        survivables = null;
        pstnLinks = null;
        keyIndexes.clear();
        contents = null;
    }

    /** Brings the key indexes up to date with the changes of one live flush ({@code null} feature: added or removed). */
    void updateKeyIndexes(Map<EObject, Set<EStructuralFeature>> changes) {
        contents = null;
        keyIndexes.values().forEach(index -> index.update(changes));
    }

    /**
     * Brings up to date or forgets the indexes that a change of {@code features} on {@code changed} can make wrong (a
     * {@code null} feature: the object was added, removed or moved, or a reference to it changed). Rebuilding them
     * is much of the cost of a live edit at 5,000 sites, so a rename, a port count or a site without links keeps
     * them, and a link or box that left the topology is only taken out of its lists: an added or removed site brings
     * every object it contains as a change of its own, and only the links and boxes an index holds make it wrong.
     * One that came or moved forgets its index (its place in model order is not known here), except a WAN link
     * added after all others. An index added here must list what it reads.
     */
    void forgetIndexesReading(EObject changed, Collection<EStructuralFeature> features) {
        for (EStructuralFeature feature : features) {
            if (feature == null) {
                refile(changed);
                continue;
            }
            if (WAN_LINK_ENDS.contains(feature)) {
                forgetWanLinks();
            }
            if (PBX_LINK_ENDS.contains(feature)) {
                pbxLinks = null;
            }
            if (SURVIVABLE_ENDS.contains(feature)) {
                survivables = null;
            }
            if (PSTN_LINK_ENDS.contains(feature)) {
                pstnLinks = null;
            }
        }
    }

    private void refile(EObject object) {
        if (object instanceof WanLink link) {
            if (wanLoads != null) {
                wanLoads.forgetRoutes();
            }
            wanLinks = isAppended(link) ? filed(wanLinks, link, link.getSiteA(), link.getSiteB())
                    : unfiled(wanLinks, link, link.getSiteA(), link.getSiteB());
        } else if (object instanceof PbxLink link) {
            pbxLinks = unfiled(pbxLinks, link, link.getPbx(), link.getGateway());
        } else if (object instanceof SurvivableBranch box) {
            survivables = unfiled(survivables, box, box.getFrontEndPool(), null);
        } else if (object instanceof PstnLink link) {
            pstnLinks = unfiled(pstnLinks, link, link.getGateway(), null);
        }
    }

    /** Whether {@code link} came after every other WAN link: filing it last keeps the lists in model order. */
    private boolean isAppended(WanLink link) {
        List<WanLink> links = topology.getWanLinks();
        return wanLinks != null && !links.isEmpty() && links.get(links.size() - 1) == link
                && (link.getSiteA() == null || !wanLinks(link.getSiteA()).contains(link));
    }

    private static <K, V> Map<K, List<V>> filed(Map<K, List<V>> index, V value, K end, K otherEnd) {
        add(index, end, value);
        if (otherEnd != end) {
            add(index, otherEnd, value);
        }
        return index;
    }

    /**
     * The index with {@code value}, which left the topology, taken out of the lists of its ends; {@code null} (to be
     * built again on use) when it is still in the topology, or not where its ends say.
     */
    private <K, V extends EObject> Map<K, List<V>> unfiled(Map<K, List<V>> index, V value, K end, K otherEnd) {
        if (index == null || EcoreUtil.getRootContainer(value) == topology) {
            return null;
        }
        boolean found = takeOut(index, end, value);
        found &= otherEnd == end || takeOut(index, otherEnd, value);
        return found ? index : null;
    }

    private static <K, V> boolean takeOut(Map<K, List<V>> index, K end, V value) {
        if (end == null) {
            return true; // filed under no end
        }
        List<V> at = index.get(end);
        if (at == null || !at.remove(value)) {
            return false;
        }
        if (at.isEmpty()) {
            index.remove(end);
        }
        return true;
    }

    private void forgetWanLinks() {
        wanLinks = null;
        if (wanLoads != null) {
            wanLoads.forgetRoutes();
        }
    }

    private static List<Trunk> live(List<Trunk> trunks) {
        List<Trunk> result = new ArrayList<>(trunks.size());
        for (Trunk trunk : trunks) {
            // Removed from the topology but not yet unset: EMF keeps the inverse until the reference is cleared.
            if (trunk.eContainer() != null) {
                result.add(trunk);
            }
        }
        return result;
    }

    private static <K, V> void add(Map<K, List<V>> index, K key, V value) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
        }
    }
}
