package io.trunkline.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanCodec;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.PeerQueries;

/**
 * The PSTN calls each WAN link carries at the busy hour and the audio bandwidth they need (catalogue MB-10): a site
 * whose PSTN calls a central telephony site carries ({@code pstnServedBy}, domain.md §2) sends them over the WAN
 * links of the shortest path between the two sites. A link's concurrent calls are the Erlang B ports, at the
 * topology's grade of service, for the traffic of all the sites it carries (Erlang B pools the traffic, so the
 * calls are not the sum of each site's); each call takes the per-call bandwidth of the link's codec, with or
 * without media bypass.
 */
public final class WanBandwidth {

    /**
     * Per-call bandwidth, kbit/s, from the catalogue's MB-10 row (CAC tables "Bandwidth utilization by scenario"
     * and "by codecs"): a bypassed PSTN call 97 (balanced) or 161 (best quality, with FEC); a G.711 call through
     * the Mediation Server 102 without FEC, 166 with it.
     */
    static final int BYPASS_KBPS = 97;
    static final int BYPASS_FEC_KBPS = 161;
    static final int G711_KBPS = 102;
    static final int G711_FEC_KBPS = 166;

    private WanBandwidth() {
    }

    /**
     * The load of one WAN link.
     *
     * @param link           the link
     * @param carries        the sites whose PSTN calls cross it, each with the site that carries its calls
     * @param erlangs        their busy-hour traffic A = Σ users × calls per user × holding time / 3600
     * @param concurrentCalls Erlang B ports for {@code erlangs} at {@code gradeOfService}; empty when the grade of
     *                       service, holding time or traffic cannot be sized
     * @param bypass         whether every carried call is media-bypassed (else priced as through Mediation): its
     *                       carrier's trunks bypass, and with bypass by site and region its bypass ID matches the
     *                       carrier's ({@link BypassPrediction})
     * @param kbpsPerCall    the per-call bandwidth for the link's codec and {@code bypass}
     * @param gradeOfService the topology's grade of service
     */
    public record LinkLoad(WanLink link, Map<Site, Site> carries, double erlangs, Optional<Integer> concurrentCalls,
            boolean bypass, int kbpsPerCall, double gradeOfService) {

        /** Creates a load; the map is copied. */
        public LinkLoad {
            carries = Collections.unmodifiableMap(new LinkedHashMap<>(carries));
        }

        /** Bandwidth the concurrent calls need, kbit/s; empty when the calls cannot be sized. */
        public Optional<Long> neededKbps() {
            return concurrentCalls.map(calls -> (long) calls * kbpsPerCall);
        }

        /** Whether the link's audio bandwidth is given and the calls need more (rule MB-10). */
        public boolean overBandwidth() {
            // Unboxed: live validation asks this of every link after every edit.
            int audio = link.getAudioBandwidthKbps();
            return audio > 0 && concurrentCalls.isPresent() && (long) concurrentCalls.get() * kbpsPerCall > audio;
        }

        /** How the figures were reached, with the numbers filled in and their sources. */
        public List<String> reasoning() {
            List<String> why = new ArrayList<>();
            List<String> sites = new ArrayList<>();
            carries.forEach((site, carrier) -> sites.add(ElementNames.of(site) + " to " + ElementNames.of(carrier)));
            why.add(String.format(Locale.ROOT,
                    "Carries the PSTN calls of %s: A = Σ users x calls per user x holding time / 3600 = %.2f E [DS, UM].",
                    sites.isEmpty() ? "no site" : String.join(", ", sites), erlangs));
            why.add(concurrentCalls.isPresent()
                    ? String.format(Locale.ROOT, "Concurrent calls by Erlang B at %s: %,d [ErlangB].", Percent.of(gradeOfService),
                            concurrentCalls.get())
                    : "Concurrent calls not computed: the grade of service, holding time or traffic cannot be sized.");
            why.add(String.format(Locale.ROOT, "Per call: %d kbit/s (%s, %s) [CAC, catalogue MB-10].", kbpsPerCall,
                    bypass ? "media bypass" : "G.711 through the Mediation Server",
                    link.getCodec() == WanCodec.G711_FEC ? "with FEC" : "without FEC"));
            neededKbps().ifPresent(kbps -> why.add(link.getAudioBandwidthKbps() > 0
                    ? String.format(Locale.ROOT, "Needed: %,d calls x %d kbit/s = %,d kbit/s %s the link's audio bandwidth of %,d kbit/s.",
                            concurrentCalls.get(), kbpsPerCall, kbps, kbps > link.getAudioBandwidthKbps() ? ">" : "<=",
                            link.getAudioBandwidthKbps())
                    : String.format(Locale.ROOT, "Needed: %,d calls x %d kbit/s = %,d kbit/s; the link's audio bandwidth is not given.",
                            concurrentCalls.get(), kbpsPerCall, kbps)));
            return why;
        }
    }

    /** The load of every WAN link of {@code topology}, in the topology's order, given its {@code sizing}. */
    public static List<LinkLoad> size(Topology topology, TopologySizing sizing) {
        // Live validation keeps a WanLoads with its own index of links instead; this sizes one from scratch.
        return new WanLoads(topology).loads(sizing, linksAt(topology));
    }

    /**
     * The load of {@code link} carrying {@code carries} (in the topology's site order), whose traffic sums to
     * {@code erlangs} in that order, all of it bypassed or not.
     */
    static LinkLoad load(WanLink link, Map<Site, Site> carries, double erlangs, boolean bypass, double holdingHours,
            double gos) {
        Optional<Integer> calls = Optional.empty();
        boolean sizable = holdingHours > 0 && gos > 0 && gos < 1 && Double.isFinite(erlangs) && erlangs >= 0;
        if (sizable && erlangs == 0) {
            calls = Optional.of(0);
        } else if (sizable) {
            ErlangB.Sizing erlangB = ErlangB.size(erlangs, gos, 0);
            calls = erlangB.computed() ? Optional.of(erlangB.portsNeeded()) : Optional.empty();
        }
        return new LinkLoad(link, carries, erlangs, calls, bypass, kbpsPerCall(link, bypass), gos);
    }

    static int kbpsPerCall(WanLink link, boolean bypass) {
        boolean fec = link.getCodec() == WanCodec.G711_FEC;
        return bypass ? (fec ? BYPASS_FEC_KBPS : BYPASS_KBPS) : (fec ? G711_FEC_KBPS : G711_KBPS);
    }

    /**
     * Whether calls reaching {@code carrier}'s gateways bypass the Mediation Server: bypass is on globally and on
     * every trunk to those gateways ("In addition to enabling media bypass globally, you must enable media bypass
     * individually on each PSTN trunk" [MB]). A mix is priced as not bypassed, the larger figure.
     */
    static boolean bypassed(Topology topology, Site carrier) {
        if (topology.getMediaBypassMode() == MediaBypassMode.OFF) {
            return false;
        }
        boolean any = false;
        for (TrunkPeer peer : carrier.getTrunkPeers()) {
            if (!PeerQueries.isGateway(peer)) {
                continue;
            }
            for (Trunk trunk : peer.getTrunks()) {
                if (trunk.eContainer() == null) {
                    continue;
                }
                if (!trunk.isMediaBypass()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The WAN links ending at each site of {@code topology} as it is now, in the topology's order. */
    public static Function<Site, List<WanLink>> linksAt(Topology topology) {
        Map<Site, List<WanLink>> adjacent = new IdentityHashMap<>();
        for (WanLink link : topology.getWanLinks()) {
            if (link.getSiteA() != null && link.getSiteB() != null && link.getSiteA() != link.getSiteB()) {
                adjacent.computeIfAbsent(link.getSiteA(), s -> new ArrayList<>()).add(link);
                adjacent.computeIfAbsent(link.getSiteB(), s -> new ArrayList<>()).add(link);
            }
        }
        return site -> adjacent.getOrDefault(site, List.of());
    }

    /** For every site reachable from {@code root}, the link it was first reached by (fewest links from root). */
    static Map<Site, WanLink> shortestPaths(Site root, Function<Site, List<WanLink>> linksAt) {
        Map<Site, WanLink> reachedBy = new IdentityHashMap<>();
        Deque<Site> queue = new ArrayDeque<>();
        reachedBy.put(root, null);
        queue.add(root);
        while (!queue.isEmpty()) {
            Site site = queue.poll();
            for (WanLink link : linksAt.apply(site)) {
                if (link.getSiteA() == null || link.getSiteB() == null || link.getSiteA() == link.getSiteB()) {
                    continue; // joins no two sites
                }
                Site next = link.getSiteA() == site ? link.getSiteB() : link.getSiteA();
                if (!reachedBy.containsKey(next)) {
                    reachedBy.put(next, link);
                    queue.add(next);
                }
            }
        }
        return reachedBy;
    }

    /** The links from {@code from} back to the tree's root {@code to}; empty when no link joins them. */
    static List<WanLink> path(Site from, Site to, Map<Site, WanLink> tree) {
        if (!tree.containsKey(from)) {
            return List.of();
        }
        List<WanLink> links = new ArrayList<>();
        for (Site at = from; at != to;) {
            WanLink link = tree.get(at);
            links.add(link);
            at = link.getSiteA() == at ? link.getSiteB() : link.getSiteA();
        }
        return links;
    }
}
