package io.trunkline.resiliency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.trunkline.model.Element;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.query.PeerQueries;

/**
 * Decides what one site's users can do in one failure scenario.
 * <p>
 * Registration: users register with their primary Registrar if it is up and reachable, else with its backup after
 * the failover interval [EVR]; users of an SBA/SBS cut off from its central Front End pool stay registered on it
 * with voice only (survivable mode [EVR]), which counts as degraded. PSTN: a call goes from the user's Registrar to a Mediation pool and on through a
 * trunk to a peer [MNT], so a peer carries the site's calls when it is up, reachable, and has a trunk to a Mediation
 * pool that is up and reachable; calls from the PSTN also need the pool's next hop [DMS]. The route is the
 * assumption {@link ResiliencyAnalysis#assumption} states.
 */
final class SiteEvaluator {

    private final CompiledTopology compiled;

    SiteEvaluator(CompiledTopology compiled) {
        this.compiled = compiled;
    }

    SiteResult evaluate(SitePlan plan, Failures failures) {
        int s = plan.index();
        long users = plan.users();
        if (failures.siteDown(s) || failures.isDown(plan.site())) {
            return new SiteResult(plan.site(), users, Outcome.NO_SERVICE, Outcome.NO_SERVICE, Outcome.NO_SERVICE, users, 0,
                    OptionalInt.empty(), List.of(), users, List.of(), Optional.empty(), false, 0, OptionalInt.empty(),
                    List.of("the site itself is down"));
        }
        List<String> reasons = new ArrayList<>(3);
        List<Element> registrars = new ArrayList<>(2);
        long unregistered = 0;
        long onBackup = 0;
        int failover = -1;
        Element cutOffFrom = null;
        for (SitePlan.Group group : plan.groups()) {
            if (usable(group.primary(), s, failures)) {
                addOnce(registrars, group.primary());
                if (group.central() != null && !usable(group.central(), s, failures)) {
                    cutOffFrom = group.central();
                }
            } else if (usable(group.backup(), s, failures)) {
                addOnce(registrars, group.backup());
                onBackup += group.users();
                failover = Math.max(failover, group.failoverSeconds());
            } else {
                unregistered += group.users();
            }
        }
        if (plan.groups().isEmpty()) {
            unregistered = users;
        }
        Outcome registration = users == 0 ? Outcome.SURVIVES
                : unregistered == users ? Outcome.NO_SERVICE
                : unregistered > 0 || onBackup > 0 || cutOffFrom != null ? Outcome.DEGRADED : Outcome.SURVIVES;
        reasons.add(registrationReason(plan, registrars, unregistered, onBackup, failover, cutOffFrom));

        Pstn pstn = pstn(plan, failures, unregistered);
        reasons.add(pstn.reason);
        return new SiteResult(plan.site(), users, registration, pstn.outcome, registration.worst(pstn.outcome), unregistered,
                onBackup, failover >= 0 ? OptionalInt.of(failover) : OptionalInt.empty(), List.copyOf(registrars),
                pstn.usersWithout, pstn.peers, pstn.at, pstn.receives, pstn.portsLeft, pstn.needed, reasons);
    }

    /** Adds {@code registrar} unless present; a site has a handful, so a list in order of first use beats a set. */
    private static void addOnce(List<Element> registrars, Element registrar) {
        if (!registrars.contains(registrar)) {
            registrars.add(registrar);
        }
    }

    private String registrationReason(SitePlan plan, List<Element> registrars, long unregistered, long onBackup,
            int failover, Element cutOffFrom) {
        if (plan.users() == 0) {
            return "no users to register";
        }
        if (plan.groups().isEmpty()) {
            return "no registration: no Front End pool or SBA/SBS registers its users";
        }
        if (registrars.isEmpty()) {
            return "no registration: " + whyNoRegistrar(plan);
        }
        StringBuilder why = new StringBuilder("registration via ");
        why.append(names(registrars));
        if (onBackup > 0) {
            why.append(" (").append(Text.number(onBackup)).append(" users on the backup Registrar after ").append(failover)
                    .append(" s failover [EVR])");
        }
        if (unregistered > 0) {
            why.append(", ").append(Text.number(unregistered)).append(" users cannot register (").append(whyNoRegistrar(plan))
                    .append(')');
        }
        if (cutOffFrom != null) {
            why.append(", cut off from ").append(Text.label(cutOffFrom))
                    .append(": voice only on the SBA/SBS (survivable mode [EVR])");
        }
        return why.toString();
    }

    private static String whyNoRegistrar(SitePlan plan) {
        boolean anyBackup = plan.groups().stream().anyMatch(g -> g.backup() != null);
        return "Registrar " + names(plan.groups().stream().map(SitePlan.Group::primary).filter(p -> p != null).toList())
                + " down or unreachable" + (anyBackup ? " and so is the backup" : ", no backup Registrar");
    }

    private boolean usable(Element registrar, int s, Failures failures) {
        return registrar != null && !failures.isDown(registrar) && failures.connected(s, compiled.siteOf(registrar));
    }

    /** The PSTN side of a site's result. */
    private static final class Pstn {
        Outcome outcome = Outcome.SURVIVES;
        long usersWithout;
        List<TrunkPeer> peers = List.of();
        Optional<Site> at = Optional.empty();
        boolean receives;
        long portsLeft;
        OptionalInt needed = OptionalInt.empty();
        String reason;
    }

    private Pstn pstn(SitePlan plan, Failures failures, long unregistered) {
        Pstn pstn = new Pstn();
        long users = plan.users();
        if (users == 0) {
            pstn.reason = "no users to call";
            return pstn;
        }
        if (!plan.site().isNeedsPstn()) {
            pstn.reason = "needs no PSTN";
            return pstn;
        }
        if (unregistered == users) {
            pstn.outcome = Outcome.NO_SERVICE;
            pstn.usersWithout = users;
            pstn.reason = "no PSTN: nobody can register";
            return pstn;
        }
        if (plan.tiers().isEmpty()) {
            pstn.outcome = Outcome.NO_SERVICE;
            pstn.usersWithout = users;
            pstn.reason = "no PSTN: no gateway of its own and no site serving its PSTN";
            return pstn;
        }
        int s = plan.index();
        for (int t = 0; t < plan.tiers().size(); t++) {
            SitePlan.Tier tier = plan.tiers().get(t);
            List<TrunkPeer> placing = new ArrayList<>(tier.peers().size());
            boolean receives = false;
            boolean unmetered = false;
            long ports = 0;
            for (TrunkPeer peer : tier.peers()) {
                int reach = reach(peer, s, failures);
                if (reach > 0) {
                    placing.add(peer);
                    receives |= reach > 1;
                    if (PeerQueries.isGateway(peer)) {
                        ports += Math.max(0, peer.getPstnPorts());
                    } else {
                        unmetered = true;
                    }
                }
            }
            if (placing.isEmpty()) {
                continue;
            }
            pstn.peers = List.copyOf(placing);
            pstn.at = Optional.of(tier.site());
            pstn.receives = receives;
            pstn.portsLeft = ports;
            pstn.needed = unmetered ? OptionalInt.empty() : tier.portsNeeded();
            pstn.usersWithout = unregistered;
            int lost = tier.peers().size() - placing.size();
            boolean short_ = pstn.needed.isPresent() && ports < pstn.needed.getAsInt();
            pstn.outcome = unregistered > 0 || !receives || t > 0 || lost > 0 || short_ ? Outcome.DEGRADED : Outcome.SURVIVES;
            pstn.reason = pstnReason(plan, tier, t, placing, lost, receives, ports, pstn.needed, unmetered);
            return pstn;
        }
        pstn.outcome = Outcome.NO_SERVICE;
        pstn.usersWithout = users;
        List<TrunkPeer> all = new ArrayList<>();
        plan.tiers().forEach(t -> all.addAll(t.peers()));
        pstn.reason = "no PSTN: " + peerNames(all) + " down, unreachable or without a working trunk to a Mediation pool";
        return pstn;
    }

    private static String pstnReason(SitePlan plan, SitePlan.Tier tier, int t, List<TrunkPeer> placing, int lost,
            boolean receives, long ports, OptionalInt needed, boolean unmetered) {
        StringBuilder why = new StringBuilder("PSTN via ").append(peerNames(placing));
        if (tier.site() != plan.site()) {
            why.append(" at ").append(Text.label(tier.site()));
        }
        if (needed.isPresent()) {
            why.append(" \u2014 ").append(Text.number(ports)).append(" of ").append(Text.number(needed.getAsInt()))
                    .append(" ports needed");
        } else if (unmetered) {
            why.append(" \u2014 ").append(Text.number(ports)).append(" gateway ports; an ITSP trunk's channels are not modelled");
        } else {
            why.append(" \u2014 ").append(Text.number(ports)).append(" ports; the Erlang B need could not be computed");
        }
        if (t > 0) {
            why.append(", its own peers being down or unreachable");
        }
        if (lost > 0) {
            why.append(", ").append(lost).append(" of ").append(tier.peers().size()).append(" peers out of service");
        }
        if (!receives) {
            why.append(", calls from the PSTN cannot reach its users (no Mediation next hop up)");
        }
        return why.toString();
    }

    /**
     * How far {@code peer} still serves site {@code s}: 0 not at all, 1 for calls out only, 2 for calls both ways.
     */
    int reach(TrunkPeer peer, int s, Failures failures) {
        if (failures.isDown(peer) || !failures.connected(s, compiled.siteOf(peer))) {
            return 0;
        }
        int best = 0;
        for (Trunk trunk : compiled.trunksOf.getOrDefault(peer, List.of())) {
            MediationPool pool = trunk.getMediationPool();
            if (failures.isDown(trunk) || pool == null || failures.isDown(pool)
                    || !failures.connected(s, compiled.siteOf(pool))) {
                continue;
            }
            Pool next = CompiledTopology.receiver(pool);
            if (next == null || !failures.isDown(next) && failures.connected(s, compiled.siteOf(next))) {
                return 2;
            }
            best = 1;
        }
        return best;
    }

    private static String names(Iterable<? extends Element> elements) {
        StringBuilder out = new StringBuilder();
        for (Element element : elements) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(Text.label(element));
        }
        return out.toString();
    }

    private static String peerNames(List<TrunkPeer> peers) {
        StringBuilder out = new StringBuilder();
        for (TrunkPeer peer : peers) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(Text.peer(peer));
        }
        return out.toString();
    }
}
