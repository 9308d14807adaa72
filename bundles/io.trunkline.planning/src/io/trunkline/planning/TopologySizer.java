package io.trunkline.planning;

import java.util.ArrayList;
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
        private final double holdingHours;
        private final double gradeOfService;
        private final List<Site> sites = new ArrayList<>();
        private final Map<Site, List<Site>> servedBy = new IdentityHashMap<>();
        private final Map<Site, Double> siteErlangs = new IdentityHashMap<>();

        Run(Topology topology) {
            this.topology = topology;
            this.holdingHours = Math.max(0, topology.getMeanHoldingTimeSeconds()) / SECONDS_PER_HOUR;
            double gos = topology.getGradeOfService();
            this.gradeOfService = gos > 0 && gos < 1 ? gos : 0.01;
            for (CentralSite central : topology.getCentralSites()) {
                sites.add(central);
                sites.addAll(central.getBranchSites());
            }
            for (Site site : sites) {
                Site carrier = site.getPstnServedBy() != null && site.getPstnServedBy() != site
                        ? site.getPstnServedBy() : site;
                servedBy.computeIfAbsent(carrier, s -> new ArrayList<>()).add(site);
            }
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
            List<String> why = new ArrayList<>();
            Optional<Site> carrier = Optional.ofNullable(site.getPstnServedBy()).filter(s -> s != site);
            List<Site> demand = carrier.isPresent() ? List.of() : servedBy.getOrDefault(site, List.of(site));
            Map<UsageProfile, Integer> usersByProfile = new EnumMap<>(UsageProfile.class);
            int users = 0;
            double erlangs = 0;
            int ruleOfThumb = 0;
            for (Site served : demand) {
                int n = Math.max(0, served.getUsers());
                users += n;
                double calls = PlanningFigures.callsPerUserBusyHour(served.getUsageProfile(),
                        served.getCustomCallsPerUserBusyHour());
                erlangs += n * calls * holdingHours;
                usersByProfile.merge(PlanningFigures.published(served.getUsageProfile(),
                        served.getCustomCallsPerUserBusyHour()), n, Integer::sum);
            }
            for (Map.Entry<UsageProfile, Integer> group : usersByProfile.entrySet()) {
                int ports = RuleOfThumb.ports(group.getValue(), group.getKey(), 0);
                ruleOfThumb += ports;
                why.add(String.format(Locale.ROOT, "Rule of thumb [DS, domain.md §3]: %,d %s users / %d users per port = %,d ports (rounded up).",
                        group.getValue(), group.getKey().getLiteral().toLowerCase(Locale.ROOT),
                        PlanningFigures.usersPerPort(group.getKey(), 0), ports));
            }
            siteErlangs.put(site, erlangs);
            int erlangB = erlangs > 0 ? ErlangB.portsFor(erlangs, gradeOfService) : 0;
            int drawn = site.getDrawnPstnPorts();
            int gateways = (int) site.getTrunkPeers().stream().filter(Run::isPstnGateway).count();
            int gatewaysNeeded = RuleOfThumb.gatewaysFor(ruleOfThumb);
            double blocking = erlangs > 0 ? ErlangB.blocking(drawn, erlangs) : 0;
            if (erlangs > 0) {
                why.add(String.format(Locale.ROOT,
                        "Erlang B [ErlangB, domain.md §3]: A = %,d users x calls per user x %.0f s / 3600 = %.2f E; %,d ports keep blocking at or below %s.",
                        users, holdingHours * SECONDS_PER_HOUR, erlangs, erlangB, percent(gradeOfService)));
                why.add(String.format(Locale.ROOT, "Drawn: %,d ports on %d gateway(s); blocking at %.2f E is %s.",
                        drawn, gateways, erlangs, percent(blocking)));
            }
            if (demand.size() > 1) {
                why.add("Also carries the PSTN calls of " + demand.stream().filter(s -> s != site).map(Site::getName)
                        .toList() + " [DS §2, central telephony site].");
            }
            carrier.ifPresent(c -> why.add("PSTN calls are carried by " + c.getName() + " [DS §2]."));
            SiteVerdict verdict = verdict(site, carrier.isPresent(), users, ruleOfThumb, drawn, gateways, gatewaysNeeded);
            return new SiteSizing(site, users, erlangs, ruleOfThumb, erlangB, gradeOfService, drawn, gateways,
                    gatewaysNeeded, blocking, carrier, verdict, why);
        }

        private static SiteVerdict verdict(Site site, boolean servedElsewhere, int users, int ruleOfThumb, int drawn,
                int gateways, int gatewaysNeeded) {
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
            int users = 0;
            int ruleOfThumb = 0;
            int erlangB = 0;
            int drawn = 0;
            int gateways = 0;
            for (SiteSizing s : siteSizings) {
                users += Math.max(0, s.site().getUsers());
                ruleOfThumb += s.ruleOfThumbPorts();
                erlangB += s.erlangBPorts();
                drawn += s.drawnPorts();
                gateways += s.drawnGateways();
            }
            int needed = Math.max(RuleOfThumb.gatewaysFor(ruleOfThumb), PlanningFigures.MIN_GATEWAYS_PER_ORGANISATION);
            return new OrganisationSizing(users, ruleOfThumb, erlangB, drawn, gateways, needed);
        }

        private List<PoolLoad> mediationLoads() {
            Map<MediationPool, double[]> load = new IdentityHashMap<>();
            for (Site site : sites) {
                List<TrunkPeer> peers = site.getTrunkPeers().stream().filter(Run::carriesPstnCalls).toList();
                double siteTraffic = siteErlangs.getOrDefault(site, 0.0);
                if (peers.isEmpty() || siteTraffic == 0) {
                    continue;
                }
                double perPeer = siteTraffic / peers.size();
                for (TrunkPeer peer : peers) {
                    Map<MediationPool, Boolean> bypass = new IdentityHashMap<>();
                    for (Trunk trunk : peer.getTrunks()) {
                        // A trunk taken out of the topology may still point at its peer until it is unset.
                        if (trunk.eContainer() != null && trunk.getMediationPool() != null) {
                            bypass.merge(trunk.getMediationPool(), bypasses(trunk), Boolean::logicalAnd);
                        }
                    }
                    for (Map.Entry<MediationPool, Boolean> reach : bypass.entrySet()) {
                        double share = perPeer / bypass.size();
                        double[] sums = load.computeIfAbsent(reach.getKey(), p -> new double[2]);
                        sums[0] += share;
                        sums[1] += reach.getValue() ? share * (1 - PlanningFigures.MEDIA_BYPASS_SHARE) : share;
                    }
                }
            }
            List<PoolLoad> result = new ArrayList<>();
            for (Site site : sites) {
                for (MediationPool pool : site.getMediationPools()) {
                    double[] sums = load.getOrDefault(pool, new double[2]);
                    result.add(poolLoad(pool, sums[0], sums[1]));
                }
            }
            return result;
        }

        private boolean bypasses(Trunk trunk) {
            return trunk.isMediaBypass() && topology.getMediaBypassMode() != MediaBypassMode.OFF;
        }

        private static PoolLoad poolLoad(MediationPool pool, double erlangs, double nonBypass) {
            List<String> why = new ArrayList<>();
            why.add(String.format(Locale.ROOT,
                    "Busy-hour PSTN traffic through the pool's trunks: %.1f E; without media bypass: %.1f concurrent calls (bypassing trunks keep %.0f %% [UM]).",
                    erlangs, nonBypass, (1 - PlanningFigures.MEDIA_BYPASS_SHARE) * 100));
            OptionalInt capacity = capacity(pool, why);
            return new PoolLoad(pool, erlangs, nonBypass, capacity, why);
        }

        private static OptionalInt capacity(MediationPool pool, List<String> why) {
            int servers = Math.max(0, pool.getServers());
            if (pool.getKind() == MediationKind.STANDALONE) {
                int perServer = pool.isHyperThreading() ? PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_ON
                        : PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF;
                why.add(String.format(Locale.ROOT, "Capacity [UMU]: %d stand-alone server(s) x %,d calls (hyper-threading %s) = %,d.",
                        servers, perServer, pool.isHyperThreading() ? "on" : "off", servers * perServer));
                return OptionalInt.of(servers * perServer);
            }
            if (pool.getKind() == MediationKind.COLLOCATED_FE || pool.getKind() == MediationKind.COLLOCATED_SE) {
                int hosts = pool.getCollocatedWith() instanceof FrontEndPool host ? Math.max(0, host.getServers()) : servers;
                int calls = hosts * PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER;
                why.add(String.format(Locale.ROOT, "Capacity [UMU]: %d Front End server(s) x %d calls (collocated) = %,d.",
                        hosts, PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER, calls));
                return OptionalInt.of(calls);
            }
            why.add("No call capacity is published for a Mediation Server inside an SBA or SBS; its branch's user range applies [EVR].");
            return OptionalInt.empty();
        }

        private List<FrontEndLoad> frontEndLoads() {
            Map<FrontEndPool, Integer> homed = new IdentityHashMap<>();
            Map<FrontEndPool, Set<String>> sources = new HashMap<>();
            for (Site site : sites) {
                if (site instanceof CentralSite central && !central.getFrontEndPools().isEmpty()) {
                    List<FrontEndPool> pools = central.getFrontEndPools();
                    int share = Math.max(0, central.getUsers()) / pools.size();
                    for (FrontEndPool pool : pools) {
                        homed.merge(pool, share, Integer::sum);
                        sources.computeIfAbsent(pool, p -> new LinkedHashSet<>()).add(central.getName());
                    }
                }
                if (site instanceof BranchSite branch) {
                    List<SurvivableBranch> boxes = branch.getSurvivableBranches().stream()
                            .filter(b -> b.getFrontEndPool() != null).toList();
                    for (SurvivableBranch box : boxes) {
                        homed.merge(box.getFrontEndPool(), Math.max(0, branch.getUsers()) / boxes.size(), Integer::sum);
                        sources.computeIfAbsent(box.getFrontEndPool(), p -> new LinkedHashSet<>()).add(branch.getName());
                    }
                }
            }
            List<FrontEndLoad> result = new ArrayList<>();
            for (Site site : sites) {
                if (site instanceof CentralSite central) {
                    for (FrontEndPool pool : central.getFrontEndPools()) {
                        result.add(frontEndLoad(pool, homed.getOrDefault(pool, 0), sources.getOrDefault(pool, Set.of())));
                    }
                }
            }
            return result;
        }

        private static FrontEndLoad frontEndLoad(FrontEndPool pool, int users, Set<String> from) {
            int servers = Math.max(0, pool.getServers());
            List<String> why = new ArrayList<>();
            int max;
            int recommended;
            if (pool.getEdition() == Edition.STANDARD) {
                max = servers * PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER;
                recommended = Math.max(1, ceilDiv(users, PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER));
                why.add(String.format(Locale.ROOT, "Standard Edition [UMU]: %d server(s) x %,d users = %,d.", servers,
                        PlanningFigures.USERS_PER_STANDARD_EDITION_SERVER, max));
            } else {
                max = Math.min(PlanningFigures.FRONT_END_POOL_MAX_USERS, servers * PlanningFigures.USERS_PER_FRONT_END_SERVER);
                recommended = Math.max(1, ceilDiv(users, PlanningFigures.USERS_PER_FRONT_END_SERVER));
                why.add(String.format(Locale.ROOT, "Enterprise pool [UMU]: min(%,d, %d server(s) x %,d users) = %,d.",
                        PlanningFigures.FRONT_END_POOL_MAX_USERS, servers, PlanningFigures.USERS_PER_FRONT_END_SERVER, max));
            }
            why.add(String.format(Locale.ROOT, "Homed users %,d from %s, including branch users of associated SBAs/SBSs [UMU].",
                    users, from));
            return new FrontEndLoad(pool, users, max, recommended, why);
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

        private static boolean isPstnGateway(TrunkPeer peer) {
            return peer.getKind() == PeerKind.PSTN_GATEWAY || peer.getKind() == PeerKind.SBA_GATEWAY;
        }

        private static boolean carriesPstnCalls(TrunkPeer peer) {
            return isPstnGateway(peer) || peer.getKind() == PeerKind.ITSP_SBC;
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }

        private static String percent(double fraction) {
            return String.format(Locale.ROOT, "%.3g %%", fraction * 100);
        }
    }
}
