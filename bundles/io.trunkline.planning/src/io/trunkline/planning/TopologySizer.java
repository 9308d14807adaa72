package io.trunkline.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Edition;
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
 * Sizes a topology: per site (rules of thumb and Erlang B against what is drawn), per Mediation pool
 * (concurrent non-bypass calls against capacity), per Front End pool (homed users) and per SBA/SBS (user
 * range), plus organisation totals. Every figure comes from {@link PlanningFigures}.
 * <p>
 * Whose calls go where: a site's PSTN calls are carried by its own PSTN gateways, SBA gateways and ITSP SBCs,
 * unless it names a site in {@code pstnServedBy}, whose gateways then carry them too ([DS] §2, central
 * telephony sites). A site's traffic is shared equally by its PSTN peers, and a peer's share equally by the
 * distinct Mediation pools its trunks reach (M:N trunks [MNT]).
 */
public final class TopologySizer {

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /**
     * The attributes and references sizing reads, besides containment: a change to any other feature (a name,
     * an FQDN, a port number) cannot change a sizing result, which lets live validation skip re-sizing.
     */
    public static final Set<EStructuralFeature> INPUTS = Set.of(P.getTopology_MeanHoldingTimeSeconds(),
            P.getTopology_GradeOfService(), P.getTopology_MediaBypassMode(), P.getSite_Users(),
            P.getSite_UsageProfile(), P.getSite_CustomCallsPerUserBusyHour(), P.getSite_NeedsPstn(),
            P.getSite_PstnServedBy(), P.getTrunkPeer_Kind(), P.getTrunkPeer_PstnPorts(), P.getTrunk_MediationPool(),
            P.getTrunk_Peer(), P.getTrunk_MediaBypass(), P.getPool_Servers(), P.getMediationPool_Kind(),
            P.getMediationPool_HyperThreading(), P.getMediationPool_CollocatedWith(), P.getFrontEndPool_Edition(),
            P.getSurvivableBranch_Kind(), P.getSurvivableBranch_FrontEndPool(), P.getMediationPool_Trunks(),
            P.getTrunkPeer_Trunks());

    private TopologySizer() {
    }

    /** Sizes {@code topology}. */
    public static TopologySizing size(Topology topology) {
        return new Run(topology).size();
    }

    /** One sizing pass; holds the indexes built for it. */
    private static final class Run {
        private final Topology topology;
        private final boolean holdingValid;
        private final double holdingHours;
        private final double gradeOfService;
        private final List<Site> sites = new ArrayList<>();
        private final Map<Site, List<Site>> servedBy = new IdentityHashMap<>();
        private final Map<Site, Double> siteErlangs = new IdentityHashMap<>();
        private final Map<Site, Long> siteRuleOfThumb = new IdentityHashMap<>();

        Run(Topology topology) {
            this.topology = topology;
            int holding = topology.getMeanHoldingTimeSeconds();
            // An impossible holding time or grade of service is never replaced by a default: the traffic and
            // Erlang B are then not computed, and validation says why (rules TL-PL-01, TL-PL-02).
            this.holdingValid = holding > 0;
            this.holdingHours = holdingValid ? holding / SECONDS_PER_HOUR : 0;
            this.gradeOfService = topology.getGradeOfService();
            for (CentralSite central : topology.getCentralSites()) {
                sites.add(central);
                sites.addAll(central.getBranchSites());
            }
            for (Site site : sites) {
                Site carrier = carrier(site).orElse(site);
                servedBy.computeIfAbsent(carrier, s -> new ArrayList<>()).add(site);
            }
        }

        /**
         * The site whose gateways carry {@code site}'s PSTN calls: the end of its {@code pstnServedBy} chain. A
         * site on a loop (rule TL-GW-26) carries its own calls, so no user drops out of the sizing.
         */
        private Optional<Site> carrier(Site site) {
            Set<Site> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Site current = site;
            seen.add(current);
            while (current.getPstnServedBy() != null && current.getPstnServedBy() != current) {
                current = current.getPstnServedBy();
                if (!seen.add(current)) {
                    return Optional.empty();
                }
            }
            return current == site ? Optional.empty() : Optional.of(current);
        }

        TopologySizing size() {
            List<SiteSizing> siteSizings = new ArrayList<>(sites.size());
            for (Site site : sites) {
                siteSizings.add(site(site));
            }
            return new TopologySizing(organisation(siteSizings), siteSizings, mediationLoads(), frontEndLoads(),
                    survivableChecks());
        }

        private SiteSizing site(Site site) {
            Optional<Site> carrier = carrier(site);
            List<Site> demand = carrier.isPresent() ? List.of() : servedBy.getOrDefault(site, List.of(site));
            Map<UsageProfile, Long> usersByProfile = new EnumMap<>(UsageProfile.class);
            Map<Double, Long> usersByCallRate = new TreeMap<>();
            long users = 0;
            double erlangs = 0;
            for (Site served : demand) {
                long n = Math.max(0, served.getUsers());
                users += n;
                double calls = PlanningFigures.callsPerUserBusyHour(served.getUsageProfile(),
                        served.getCustomCallsPerUserBusyHour());
                // A negative or non-numeric call rate (rule TL-PL-03) makes the traffic unknown, not zero.
                erlangs += calls >= 0 ? n * calls * holdingHours : Double.NaN;
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
            siteErlangs.put(site, Double.isFinite(erlangs) ? erlangs : 0);
            siteRuleOfThumb.put(site, ruleOfThumb);
            long drawn = drawnPorts(site);
            ErlangB.Sizing erlang = erlangB(erlangs, drawn);
            int gateways = 0;
            for (TrunkPeer peer : site.getTrunkPeers()) {
                gateways += PeerQueries.isGateway(peer) ? 1 : 0;
            }
            long gatewaysNeeded = RuleOfThumb.gatewaysFor(ruleOfThumb);
            SiteVerdict verdict = verdict(site, carrier.isPresent(), users, ruleOfThumb, drawn, gateways, gatewaysNeeded);
            List<Site> alsoCarries = demand.stream().filter(s -> s != site).toList();
            return new SiteSizing(site, users, erlangs, ruleOfThumb, erlang.portsNeeded(), gradeOfService, drawn, gateways,
                    gatewaysNeeded, erlang.drawnBlocking(), erlang.computed(), carrier, verdict, usersByProfile,
                    holdingHours * SECONDS_PER_HOUR, alsoCarries, usersByCallRate);
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

        private OrganisationSizing organisation(List<SiteSizing> siteSizings) {
            long users = 0;
            long ruleOfThumb = 0;
            long erlangB = 0;
            long drawn = 0;
            int gateways = 0;
            long siteGateways = 0;
            for (SiteSizing s : siteSizings) {
                users += Math.max(0, s.site().getUsers());
                ruleOfThumb += s.ruleOfThumbPorts();
                erlangB += s.erlangBPorts();
                drawn += s.drawnPorts();
                gateways += s.drawnGateways();
                siteGateways += s.gatewaysNeeded();
            }
            // Gateways are per site: 1,000 ports at each of two sites need two gateways each, not ⌈2,000 / 960⌉ = 3.
            long needed = Math.max(siteGateways, PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION);
            return new OrganisationSizing(users, ruleOfThumb, erlangB, drawn, gateways, needed, siteGateways);
        }

        private List<PoolLoad> mediationLoads() {
            Map<MediationPool, double[]> load = new IdentityHashMap<>();
            for (Site site : sites) {
                List<TrunkPeer> peers = site.getTrunkPeers().stream().filter(Run::carriesPstnCalls).toList();
                double siteTraffic = siteErlangs.getOrDefault(site, 0.0);
                long sitePorts = siteRuleOfThumb.getOrDefault(site, 0L);
                if (peers.isEmpty() || siteTraffic == 0 && sitePorts == 0) {
                    continue;
                }
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
                        double[] sums = load.computeIfAbsent(reach.getKey(), p -> new double[3]);
                        sums[0] += share;
                        sums[1] += share * kept;
                        sums[2] += ports * kept;
                    }
                }
            }
            List<PoolLoad> result = new ArrayList<>();
            for (Site site : sites) {
                for (MediationPool pool : site.getMediationPools()) {
                    double[] sums = load.getOrDefault(pool, new double[3]);
                    result.add(poolLoad(pool, sums[0], sums[1], sums[2]));
                }
            }
            return result;
        }

        private boolean bypasses(Trunk trunk) {
            return trunk.isMediaBypass() && topology.getMediaBypassMode() != MediaBypassMode.OFF;
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
                return new PoolLoad(pool, erlangs, peak, OptionalInt.of(saturated(calls)),
                        String.format(Locale.ROOT, "Capacity [UMU]: %d stand-alone server(s) x %,d calls (hyper-threading %s) = %,d.",
                                servers, perServer, pool.isHyperThreading() ? "on" : "off", calls),
                        nonBypass, ruleOfThumbCalls, erlangB, gradeOfService);
            }
            if (pool.getKind() == MediationKind.COLLOCATED_FE || pool.getKind() == MediationKind.COLLOCATED_SE) {
                int hosts = pool.getCollocatedWith() instanceof FrontEndPool host ? Math.max(0, host.getServers()) : servers;
                long calls = (long) hosts * PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER;
                return new PoolLoad(pool, erlangs, peak, OptionalInt.of(saturated(calls)), String.format(Locale.ROOT,
                        "Capacity [UMU]: %d Front End server(s) x %d calls (collocated) = %,d.", hosts,
                        PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER, calls), nonBypass, ruleOfThumbCalls, erlangB, gradeOfService);
            }
            return new PoolLoad(pool, erlangs, peak, OptionalInt.empty(),
                    "No call capacity is published for a Mediation Server inside an SBA or SBS; its branch's user range applies [EVR].",
                    nonBypass, ruleOfThumbCalls, erlangB, gradeOfService);
        }

        private List<FrontEndLoad> frontEndLoads() {
            Map<FrontEndPool, Long> homed = new IdentityHashMap<>();
            Map<FrontEndPool, Set<String>> sources = new HashMap<>();
            for (Site site : sites) {
                if (site instanceof CentralSite central && !central.getFrontEndPools().isEmpty()) {
                    List<FrontEndPool> pools = central.getFrontEndPools();
                    long share = Math.max(0, central.getUsers()) / pools.size();
                    for (FrontEndPool pool : pools) {
                        homed.merge(pool, share, Long::sum);
                        sources.computeIfAbsent(pool, p -> new LinkedHashSet<>()).add(label(central));
                    }
                }
                if (site instanceof BranchSite branch) {
                    List<SurvivableBranch> boxes = branch.getSurvivableBranches().stream()
                            .filter(b -> b.getFrontEndPool() != null).toList();
                    for (SurvivableBranch box : boxes) {
                        homed.merge(box.getFrontEndPool(), (long) Math.max(0, branch.getUsers()) / boxes.size(), Long::sum);
                        sources.computeIfAbsent(box.getFrontEndPool(), p -> new LinkedHashSet<>()).add(label(branch));
                    }
                }
            }
            List<FrontEndLoad> result = new ArrayList<>();
            for (Site site : sites) {
                if (site instanceof CentralSite central) {
                    for (FrontEndPool pool : central.getFrontEndPools()) {
                        result.add(frontEndLoad(pool, homed.getOrDefault(pool, 0L), sources.getOrDefault(pool, Set.of())));
                    }
                }
            }
            return result;
        }

        private static FrontEndLoad frontEndLoad(FrontEndPool pool, long users, Set<String> from) {
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

        private List<SurvivableBranchCheck> survivableChecks() {
            List<SurvivableBranchCheck> result = new ArrayList<>();
            for (Site site : sites) {
                if (site instanceof BranchSite branch) {
                    long sbas = branch.getSurvivableBranches().stream().filter(b -> b.getKind() == SurvivableKind.SBA).count();
                    for (SurvivableBranch box : branch.getSurvivableBranches()) {
                        int users = Math.max(0, branch.getUsers());
                        if (box.getKind() == SurvivableKind.SBS) {
                            result.add(new SurvivableBranchCheck(box, users, PlanningFigures.SBS_MIN_USERS,
                                    PlanningFigures.SBS_MAX_USERS));
                        } else {
                            int boxes = (int) Math.min(sbas, PlanningFigures.MAX_SBAS_PER_BRANCH);
                            result.add(new SurvivableBranchCheck(box, users, PlanningFigures.SBA_MIN_USERS,
                                    Math.max(1, boxes) * PlanningFigures.SBA_MAX_USERS));
                        }
                    }
                }
            }
            return result;
        }

        private static boolean carriesPstnCalls(TrunkPeer peer) {
            return PeerQueries.isGateway(peer) || peer.getKind() == PeerKind.ITSP_SBC;
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

    }
}
