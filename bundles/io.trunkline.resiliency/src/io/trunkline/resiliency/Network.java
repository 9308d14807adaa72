package io.trunkline.resiliency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.WanLink;

/**
 * The sites and the WAN links between them as a graph, with which failures cut it: bridges and cut vertices are
 * found once (Tarjan's low-link, iteratively so that a long chain of sites cannot overflow the stack), so a
 * failure that cuts nothing needs no new reachability at all.
 * <p>
 * A resilient WAN link stands for redundant paths: one failure does not cut it (a resilient WAN link is why a
 * branch needs no Registrar of its own [DS, BRS], domain-catalogue.md §2.3 BR-04). Where the topology draws no
 * WAN link for a site, its network is not modelled and it is taken to reach its central site (a branch) or every
 * other central site (a central site), over a link no single failure cuts.
 */
final class Network {

    private final int sites;
    private final int[] edgeA;
    private final int[] edgeB;
    /** The WAN link behind each edge, or null for an assumed link. */
    private final WanLink[] edgeLink;
    private final int[][] adjacency;
    private final boolean[] bridge;
    private final boolean[] cutVertex;
    /** Depth-first preorder number, low-link, subtree size and tree edge to the parent of each site (-1 for a root). */
    private final int[] order;
    private final int[] low;
    private final int[] size;
    private final int[] parentEdge;
    /** The site with each preorder number: a subtree is a contiguous range of it. */
    private final int[] byOrder;
    private final Map<WanLink, Integer> edgeOf = new IdentityHashMap<>();
    private final int[] baseline;

    /**
     * The graph of {@code siteList}'s sites ({@code index} gives each its position) and {@code links}. As in
     * {@link CompiledTopology}, each loop here has a method of its own and calls a method per link or site: this
     * runs once per export, so a loop of it is compiled only on-stack-replaced, and one constructor holding every
     * loop was compiled again from each loop's header, export after export (issue 19).
     */
    Network(List<Site> siteList, Map<Site, Integer> index, List<WanLink> links) {
        this.sites = siteList.size();
        List<int[]> edges = new ArrayList<>();
        List<WanLink> behind = new ArrayList<>();
        boolean[] drawn = new boolean[sites];
        for (WanLink link : links) {
            addDrawn(link, index, edges, behind, drawn);
        }
        addAssumed(siteList, index, drawn, edges, behind);
        int m = edges.size();
        edgeA = new int[m];
        edgeB = new int[m];
        edgeLink = behind.toArray(new WanLink[0]);
        adjacency = adjacency(edges);
        bridge = new boolean[m];
        cutVertex = new boolean[sites];
        order = new int[sites];
        low = new int[sites];
        size = new int[sites];
        parentEdge = new int[sites];
        byOrder = new int[sites];
        findBridgesAndCutVertices();
        baseline = components(Set.of(), new boolean[sites]);
    }

    /** The edge of a drawn WAN link between two different known sites. */
    private void addDrawn(WanLink link, Map<Site, Integer> index, List<int[]> edges, List<WanLink> behind,
            boolean[] drawn) {
        Integer a = link.getSiteA() == null ? null : index.get(link.getSiteA());
        Integer b = link.getSiteB() == null ? null : index.get(link.getSiteB());
        if (a != null && b != null && !a.equals(b)) {
            edgeOf.put(link, edges.size());
            edges.add(new int[] { a, b });
            behind.add(link);
            drawn[a] = true;
            drawn[b] = true;
        }
    }

    /** The assumed links of the sites no WAN link is drawn for. */
    private static void addAssumed(List<Site> siteList, Map<Site, Integer> index, boolean[] drawn, List<int[]> edges,
            List<WanLink> behind) {
        List<Integer> undrawnCentrals = new ArrayList<>();
        List<Integer> centrals = new ArrayList<>();
        for (int s = 0; s < siteList.size(); s++) {
            Site site = siteList.get(s);
            if (site instanceof CentralSite) {
                centrals.add(s);
                if (!drawn[s]) {
                    undrawnCentrals.add(s);
                }
            } else if (!drawn[s]) {
                addToParent(site, s, index, edges, behind);
            }
        }
        for (int c : undrawnCentrals) {
            addToOtherCentrals(c, centrals, edges, behind);
        }
    }

    /** A branch without a drawn link reaches its central site. */
    private static void addToParent(Site site, int s, Map<Site, Integer> index, List<int[]> edges,
            List<WanLink> behind) {
        if (site instanceof BranchSite branch && branch.eContainer() instanceof CentralSite parent
                && index.containsKey(parent)) {
            edges.add(new int[] { s, index.get(parent) });
            behind.add(null);
        }
    }

    /** A central site without a drawn link reaches every other central site. */
    private static void addToOtherCentrals(int c, List<Integer> centrals, List<int[]> edges, List<WanLink> behind) {
        for (int other : centrals) {
            if (other != c) {
                edges.add(new int[] { c, other });
                behind.add(null);
            }
        }
    }

    /** Fills the edge ends from {@code edges} and returns each site's edges, in the order of the edges. */
    private int[][] adjacency(List<int[]> edges) {
        int[] degree = new int[sites];
        for (int e = 0; e < edges.size(); e++) {
            edgeA[e] = edges.get(e)[0];
            edgeB[e] = edges.get(e)[1];
            degree[edgeA[e]]++;
            degree[edgeB[e]]++;
        }
        int[][] bySite = new int[sites][];
        for (int s = 0; s < sites; s++) {
            bySite[s] = new int[degree[s]];
        }
        int[] fill = new int[sites];
        for (int e = 0; e < edges.size(); e++) {
            bySite[edgeA[e]][fill[edgeA[e]]++] = e;
            bySite[edgeB[e]][fill[edgeB[e]]++] = e;
        }
        return bySite;
    }

    /** Component labels with nothing failed. */
    int[] baseline() {
        return baseline;
    }

    /** Whether losing {@code link} (alone) can split the network: a non-resilient bridge. */
    boolean cuts(WanLink link) {
        Integer e = edgeOf.get(link);
        return e != null && !link.isResilient() && bridge[e];
    }

    /**
     * Component labels (the same label means reachable) without the {@code cut} WAN links (resilient ones stay)
     * and without the {@code down} sites, which get -1.
     */
    int[] components(Set<WanLink> cut, boolean[] down) {
        int[] label = new int[sites];
        Arrays.fill(label, -1);
        int[] queue = new int[sites];
        for (int start = 0; start < sites; start++) {
            if (label[start] >= 0 || down[start]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = start;
            while (head < tail) {
                int s = queue[head++];
                for (int e : adjacency[s]) {
                    WanLink link = edgeLink[e];
                    if (link != null && !link.isResilient() && cut.contains(link)) {
                        continue;
                    }
                    int t = edgeA[e] == s ? edgeB[e] : edgeA[e];
                    if (label[t] < 0 && !down[t]) {
                        label[t] = start;
                        queue[tail++] = t;
                    }
                }
            }
        }
        return label;
    }

    /**
     * The labels when {@code link} alone is cut, or null when that splits nothing; {@code moved} receives the sites
     * that were cut off (the depth-first subtree below the bridge, a contiguous range of the preorder).
     */
    int[] without(WanLink link, List<Integer> moved) {
        if (!cuts(link)) {
            return null;
        }
        int e = edgeOf.get(link);
        int child = parentEdge[edgeA[e]] == e ? edgeA[e] : edgeB[e];
        int[] label = baseline.clone();
        relabel(child, label, moved);
        return label;
    }

    /**
     * The labels when site {@code s} is gone (-1 for it): each child subtree that no back edge ties above {@code s}
     * becomes a component of its own; {@code moved} receives their sites.
     */
    int[] without(int s, List<Integer> moved) {
        int[] label = baseline.clone();
        label[s] = -1;
        if (cutVertex[s]) {
            for (int e : adjacency[s]) {
                int t = edgeA[e] == s ? edgeB[e] : edgeA[e];
                if (parentEdge[t] == e && (parentEdge[s] < 0 || low[t] >= order[s])) {
                    relabel(t, label, moved);
                }
            }
        }
        return label;
    }

    /** Gives the subtree of {@code root} a label of its own (one no baseline component uses). */
    private void relabel(int root, int[] label, List<Integer> moved) {
        for (int i = order[root]; i < order[root] + size[root]; i++) {
            label[byOrder[i]] = sites + root;
            moved.add(byOrder[i]);
        }
    }

    private void findBridgesAndCutVertices() {
        Arrays.fill(order, -1);
        Arrays.fill(parentEdge, -1);
        int[] stackSite = new int[sites];
        int[] next = new int[sites];
        int counter = 0;
        for (int root = 0; root < sites; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            stackSite[0] = root;
            byOrder[counter] = root;
            order[root] = low[root] = counter++;
            size[root] = 1;
            int rootChildren = 0;
            while (depth >= 0) {
                int s = stackSite[depth];
                if (next[s] < adjacency[s].length) {
                    int e = adjacency[s][next[s]++];
                    if (e == parentEdge[s]) {
                        continue;
                    }
                    int t = edgeA[e] == s ? edgeB[e] : edgeA[e];
                    if (order[t] < 0) {
                        byOrder[counter] = t;
                        order[t] = low[t] = counter++;
                        size[t] = 1;
                        parentEdge[t] = e;
                        stackSite[++depth] = t;
                        if (s == root) {
                            rootChildren++;
                        }
                    } else {
                        low[s] = Math.min(low[s], order[t]);
                    }
                } else {
                    depth--;
                    if (depth >= 0) {
                        int parent = stackSite[depth];
                        low[parent] = Math.min(low[parent], low[s]);
                        size[parent] += size[s];
                        if (low[s] > order[parent]) {
                            bridge[parentEdge[s]] = true;
                        }
                        if (parent != root && low[s] >= order[parent]) {
                            cutVertex[parent] = true;
                        }
                    }
                }
            }
            cutVertex[root] = rootChildren > 1;
        }
    }
}
