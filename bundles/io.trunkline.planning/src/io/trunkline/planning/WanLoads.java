package io.trunkline.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.WanLink;
import io.trunkline.planning.WanBandwidth.LinkLoad;

/**
 * The WAN link loads of one topology ({@link WanBandwidth}, catalogue MB-10) kept from one call to the next: each
 * call re-reads every site's carrier, traffic and bypass, but re-routes a site only when its carrier changed or the
 * WAN did ({@link #forgetRoutes()}), and re-sizes only the links whose carried sites or their figures changed.
 * Sizing every link again after every edit was a quarter of a live edit at 5,000 sites. The loads always equal
 * {@link WanBandwidth#size}'s, which is this sized from scratch.
 */
public final class WanLoads {

    /** A site whose PSTN calls a carrier carries, as last read. */
    private static final class Route {
        final Site site;
        Site carrier;
        List<WanLink> path;
        double erlangs;
        boolean bypass;
        int order;
        int seen;

        Route(Site site) {
            this.site = site;
        }
    }

    private final Topology topology;
    private final Map<Site, Route> routes = new IdentityHashMap<>();
    private final Map<Site, Map<Site, WanLink>> trees = new IdentityHashMap<>();
    private final Map<WanLink, Set<Route>> carried = new IdentityHashMap<>();
    private final Map<WanLink, LinkLoad> loads = new IdentityHashMap<>();
    private final Set<WanLink> stale = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean reroute;
    private double holdingHours = Double.NaN;
    private double gos = Double.NaN;
    private int generation;

    /** Loads of {@code topology}, none sized yet. */
    public WanLoads(Topology topology) {
        this.topology = topology;
    }

    /** The WAN links or their ends changed: routes must be found again. */
    public void forgetRoutes() {
        trees.clear();
        reroute = true;
    }

    /**
     * The load of every WAN link, in the topology's order, given its {@code sizing} and the WAN links ending at each
     * site ({@code linksAt}, in the topology's order; the same as at the last call unless {@link #forgetRoutes()}).
     */
    public List<LinkLoad> loads(TopologySizing sizing, Function<Site, List<WanLink>> linksAt) {
        double hours = topology.getMeanHoldingTimeSeconds() / 3600.0;
        double grade = topology.getGradeOfService();
        if (Double.compare(hours, holdingHours) != 0 || Double.compare(grade, gos) != 0) {
            holdingHours = hours;
            gos = grade;
            loads.clear(); // every link's calls depend on both
        }
        readSites(sizing, linksAt);
        reroute = false;
        List<LinkLoad> result = new ArrayList<>(topology.getWanLinks().size());
        for (WanLink link : topology.getWanLinks()) {
            LinkLoad load = loads.get(link);
            if (load == null || !stale.isEmpty() && stale.contains(link) || load.kbpsPerCall() != WanBandwidth.kbpsPerCall(link, load.bypass())) {
                load = size(link);
                loads.put(link, load);
            }
            result.add(load);
        }
        stale.clear();
        if (loads.size() > result.size()) { // links were removed; a set of the links present was half of removing one
            loads.keySet().removeIf(link -> link.eContainer() != topology);
            carried.keySet().removeIf(link -> link.eContainer() != topology);
        }
        return result;
    }

    /** Re-reads every site; marks stale the links of a site whose route, traffic or bypass changed. */
    private void readSites(TopologySizing sizing, Function<Site, List<WanLink>> linksAt) {
        generation++;
        BypassPrediction prediction = null; // built only when some carrier is bypassed: it indexes every network site
        Map<Site, Boolean> bypassAt = new IdentityHashMap<>();
        int order = 0;
        int latest = 0; // the latest place, as last read, of the routes read so far
        // The sizing lists every site in model order with its carrier: looking each site up by id instead was most
        // of removing a gateway at 5,000 sites.
        for (SiteSizing sized : sizing.sites()) {
            order++;
            Site site = sized.site();
            Site carrier = sized.servedBy().orElse(null);
            if (carrier == null || site.getUsers() <= 0 || !site.isNeedsPstn()) {
                continue;
            }
            Route route = routes.computeIfAbsent(site, Route::new);
            route.seen = generation;
            if (route.order < latest && route.path != null) {
                // A site read after it last time comes before it now (a site moved): the links they share list
                // their sites in a new order. Sites that came or went shift the places but keep this order.
                stale.addAll(route.path);
            }
            latest = Math.max(latest, route.order);
            route.order = order;
            double erlangs = PlanningFigures.ownTraffic(site, holdingHours);
            boolean bypass = bypassAt.computeIfAbsent(carrier, c -> WanBandwidth.bypassed(topology, c));
            if (bypass) {
                if (prediction == null) {
                    prediction = BypassPrediction.of(topology);
                }
                bypass = prediction.pricedAsBypass(site, carrier);
            }
            List<WanLink> path = route.path != null && route.carrier == carrier && !reroute ? route.path
                    : WanBandwidth.path(site, carrier, trees.computeIfAbsent(carrier, c -> WanBandwidth.shortestPaths(c, linksAt)));
            if (!path.equals(route.path)) {
                leave(route);
                route.path = path;
                for (WanLink link : path) {
                    carried.computeIfAbsent(link, l -> Collections.newSetFromMap(new IdentityHashMap<>())).add(route);
                    stale.add(link);
                }
            } else if (route.carrier != carrier || Double.compare(erlangs, route.erlangs) != 0 || bypass != route.bypass) {
                stale.addAll(path);
            }
            route.carrier = carrier;
            route.erlangs = erlangs;
            route.bypass = bypass;
        }
        routes.values().removeIf(route -> {
            if (route.seen != generation) {
                leave(route); // removed, or no longer sends PSTN calls anywhere
                return true;
            }
            return false;
        });
    }

    private void leave(Route route) {
        if (route.path == null) {
            return;
        }
        for (WanLink link : route.path) {
            Set<Route> on = carried.get(link);
            if (on != null) {
                on.remove(route);
            }
            stale.add(link);
        }
    }

    /** The link's load from its carried sites in the topology's site order, as a full pass adds them up. */
    private LinkLoad size(WanLink link) {
        List<Route> on = new ArrayList<>(carried.getOrDefault(link, Set.of()));
        on.sort((a, b) -> Integer.compare(a.order, b.order));
        Map<Site, Site> carries = new LinkedHashMap<>();
        double erlangs = 0;
        boolean bypass = !on.isEmpty();
        for (Route route : on) {
            carries.put(route.site, route.carrier);
            erlangs += route.erlangs;
            bypass &= route.bypass;
        }
        return WanBandwidth.load(link, carries, erlangs, bypass, holdingHours, gos);
    }
}
