package io.trunkline.planning;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;

/**
 * Whether media of a PSTN call between a site's users and a site's gateways is predicted to bypass the Mediation
 * Server (domain-catalogue.md §2.5, MB-08). With bypass by site and region, "a unique bypass ID is automatically
 * generated for a network region and for all network sites without bandwidth constraints within that region.
 * Sites with bandwidth constraints ... are each assigned their own unique bypass IDs" and "if the two bypass IDs
 * match, media bypass is used for the call" [MB, How Media Bypass Works]. A network site is bandwidth-constrained
 * when it has a bandwidth policy profile [CAC]. Whether the trunks themselves allow bypass is another question
 * (catalogue MB-01, MB-06).
 */
public final class BypassPrediction {

    /** A prediction and the reason for it, in the user's words. */
    public record Verdict(boolean bypass, String reason) {
    }

    private final MediaBypassMode mode;
    private final Map<Site, NetworkSite> networkSites = new IdentityHashMap<>();

    private BypassPrediction(Topology topology) {
        mode = topology.getMediaBypassMode();
        for (NetworkSite networkSite : topology.getNetworkSites()) {
            if (networkSite.getSite() != null) {
                networkSites.putIfAbsent(networkSite.getSite(), networkSite);
            }
        }
    }

    /** The prediction for {@code topology} as it is now. */
    public static BypassPrediction of(Topology topology) {
        return new BypassPrediction(topology);
    }

    /** Whether bypass is decided by network sites and regions, so that a prediction may differ between sites. */
    public boolean byNetworkSites() {
        return mode == MediaBypassMode.USE_SITE_AND_REGION;
    }

    /**
     * The prediction for calls between {@code client}'s users and {@code gatewaySite}'s gateways; empty when bypass
     * goes by site and region and either site is not placed in a region through a network site (no bypass ID).
     */
    public Optional<Verdict> between(Site client, Site gatewaySite) {
        if (mode == MediaBypassMode.OFF) {
            return Optional.of(new Verdict(false, "media bypass is off for the topology"));
        }
        if (mode == MediaBypassMode.ALWAYS_BYPASS) {
            return Optional.of(new Verdict(true, "media bypass is set to Always Bypass"));
        }
        NetworkSite from = networkSites.get(client);
        NetworkSite to = networkSites.get(gatewaySite);
        if (!hasBypassId(from) || !hasBypassId(to)) {
            return Optional.empty();
        }
        if (bypassId(from) == bypassId(to)) {
            return Optional.of(new Verdict(true, from == to || from.getBandwidthPolicy() != null
                    ? "both are network site " + ElementNames.of(from) + ", so they share its bypass ID"
                    : "both are in network region " + ElementNames.of(from.getRegion()) + " without a bandwidth policy, so they share the region's bypass ID"));
        }
        NetworkSite constrained = from.getBandwidthPolicy() != null ? from : to.getBandwidthPolicy() != null ? to : null;
        return Optional.of(new Verdict(false, constrained != null
                ? "network site " + ElementNames.of(constrained) + " has a bandwidth policy, so it has a bypass ID of its own"
                : "they are in different network regions (" + ElementNames.of(from.getRegion()) + ", " + ElementNames.of(to.getRegion()) + "), each with its own bypass ID"));
    }

    /**
     * Whether PSTN calls between {@code client}'s users and {@code gatewaySite}'s gateways are priced as bypassed:
     * {@link #between}'s verdict, bypassed when there is none, without writing its reason (TL-MB-10 asks this for
     * every site after every edit).
     */
    public boolean pricedAsBypass(Site client, Site gatewaySite) {
        if (mode != MediaBypassMode.USE_SITE_AND_REGION) {
            return mode == MediaBypassMode.ALWAYS_BYPASS;
        }
        NetworkSite from = networkSites.get(client);
        NetworkSite to = networkSites.get(gatewaySite);
        return !hasBypassId(from) || !hasBypassId(to) || bypassId(from) == bypassId(to);
    }

    /** Whether a site placed through {@code site} (null: not placed) has a bypass ID: only inside a region. */
    private static boolean hasBypassId(NetworkSite site) {
        return site != null && site.getRegion() != null;
    }

    private static Object bypassId(NetworkSite site) {
        return site.getBandwidthPolicy() != null ? site : site.getRegion();
    }
}
