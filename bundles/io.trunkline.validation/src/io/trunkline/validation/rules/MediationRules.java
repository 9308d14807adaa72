package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;
import static io.trunkline.validation.Severity.WARNING;

import java.util.List;
import java.util.Locale;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.LineType;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PeerKind;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.planning.Percent;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.planning.PoolLoad;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/** Mediation Servers: domain-catalogue.md §2.2 (MS family), domain.md §4 items 11–12. */
public final class MediationRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    private MediationRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-MS-01", 201, ERROR, "A topology with Enterprise Voice users has a Mediation pool",
                        new RuleSource("MED", "catalogue MS-01",
                                "To deploy Enterprise Voice, you must deploy one or more Mediation Servers."),
                        Topology.class, P.getTopology()).usingSizing()
                        .checking((topology, ctx, out) -> {
                            long users = ctx.sizing().organisation().users();
                            if (users > 0 && ctx.sizing().mediationLoad().isEmpty()) {
                                out.report(topology, String.format(Locale.ROOT,
                                        "The topology has %,d Enterprise Voice users but no Mediation pool.", users));
                            }
                        }),
                rule("TL-MS-02", 202, ERROR, "A collocated Mediation pool has at most 12 servers",
                        new RuleSource("MNT", "domain.md §4.11, catalogue MS-02",
                                "When a Mediation Server is collocated with a Front End pool, the pool size can be at most 12 (the limit of the Registrar pool size)."),
                        MediationPool.class, P.getMediationPool()).checking((pool, ctx, out) -> {
                            if (pool.getKind() != MediationKind.STANDALONE
                                    && pool.getServers() > PlanningFigures.COLLOCATED_MEDIATION_MAX_SERVERS) {
                                out.report(pool, Labels.of(pool) + " is collocated with " + pool.getServers()
                                        + " servers; at most " + PlanningFigures.COLLOCATED_MEDIATION_MAX_SERVERS + ".");
                            }
                        }),
                rule("TL-MS-03", 203, WARNING, "A stand-alone Mediation pool carries no more non-bypass calls than it can",
                        new RuleSource("UMU", "domain.md §4.11, catalogue MS-03",
                                "Stand-alone Mediation Server capacity: 1100 (hyper-threading disabled) / 1500 (enabled) maximum calls."),
                        MediationPool.class, P.getMediationPool()).usingSizing().checking((pool, ctx, out) -> {
                            if (pool.getKind() == MediationKind.STANDALONE) {
                                overload(pool, ctx, out);
                            }
                        }),
                rule("TL-MS-04", 204, WARNING, "A collocated Mediation pool stays within 150 calls per Front End server",
                        new RuleSource("UMU, MED", "domain.md §4.11, catalogue MS-04",
                                "If your environment cannot meet these requirements, then you must deploy a stand-alone Mediation Server pool."),
                        MediationPool.class, P.getMediationPool()).usingSizing().checking((pool, ctx, out) -> {
                            if (pool.getKind() == MediationKind.COLLOCATED_FE || pool.getKind() == MediationKind.COLLOCATED_SE) {
                                overload(pool, ctx, out);
                            }
                        }),
                rule("TL-MS-05", 205, WARNING, "T1/E1 lines on the gateways behind a stand-alone Mediation pool stay within its servers' limit",
                        new RuleSource("UMU", "domain.md §1 (Mediation pool), catalogue MS-05 and §4.6",
                                "Stand-alone Mediation Server capacity: maximum number of T1 lines 46 / E1 lines 35 (hyper-threading disabled), 63 / 47 (enabled)."),
                        MediationPool.class, P.getMediationPool())
                        .alsoWhen(Neighbourhoods.TRUNK_ENDS, Neighbourhoods.POOLS_OF_LINE, Neighbourhoods.POOLS_OF_PEER)
                        .checking((pool, ctx, out) -> {
                            if (pool.getKind() != MediationKind.STANDALONE) {
                                return;
                            }
                            long t1 = 0;
                            long e1 = 0;
                            for (TrunkPeer gateway : RuleContext.trunks(pool).stream().map(Trunk::getPeer).filter(p -> p != null)
                                    .distinct().toList()) {
                                for (PstnLink line : ctx.pstnLinks(gateway)) {
                                    if (line.getLineType() == LineType.T1) {
                                        t1 += Math.max(0, line.getLines());
                                    } else if (line.getLineType() == LineType.E1) {
                                        e1 += Math.max(0, line.getLines());
                                    }
                                }
                            }
                            int maxT1 = pool.isHyperThreading() ? PlanningFigures.T1_LINES_PER_MEDIATION_SERVER_HT_ON
                                    : PlanningFigures.T1_LINES_PER_MEDIATION_SERVER_HT_OFF;
                            int maxE1 = pool.isHyperThreading() ? PlanningFigures.E1_LINES_PER_MEDIATION_SERVER_HT_ON
                                    : PlanningFigures.E1_LINES_PER_MEDIATION_SERVER_HT_OFF;
                            // A server's share is measured in servers: T1 lines / T1 limit + E1 lines / E1 limit.
                            double serversNeeded = (double) t1 / maxT1 + (double) e1 / maxE1;
                            if (serversNeeded > Math.max(0, pool.getServers()) + 1e-9) {
                                out.report(pool, String.format(Locale.ROOT,
                                        "%s has %,d T1 and %,d E1 lines on its gateways; one server (hyper-threading %s) takes %d T1 or %d E1 lines, "
                                                + "so %d server(s) are needed where %d are drawn: add servers%s or move gateways to another pool.",
                                        Labels.of(pool), t1, e1, pool.isHyperThreading() ? "on" : "off", maxT1, maxE1,
                                        (long) Math.ceil(serversNeeded - 1e-9), pool.getServers(),
                                        pool.isHyperThreading() ? "" : ", turn hyper-threading on"));
                            }
                        }),
                rule("TL-MS-06", 206, INFO, "A stand-alone Mediation pool still carries its calls with one server down",
                        new RuleSource("TB, UMU", "catalogue MS-06 [inferred]",
                                "If a server running a certain server role fails, the other servers in the pool running the same role take the load."),
                        MediationPool.class, P.getMediationPool()).usingSizing().checking((pool, ctx, out) -> {
                            PoolLoad load = ctx.sizing().mediationPool(pool.getId()).orElse(null);
                            if (pool.getKind() != MediationKind.STANDALONE || load == null || load.overCapacity() || pool.getServers() < 2) {
                                return;
                            }
                            int perServer = pool.isHyperThreading() ? PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_ON
                                    : PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF;
                            long remaining = (long) (pool.getServers() - 1) * perServer;
                            if (load.nonBypassCalls() > remaining) {
                                out.report(pool, String.format(Locale.ROOT,
                                        "%s carries up to %,d non-bypass calls; with one of its %d servers down the rest take %d x %,d = %,d; add a server to ride out a failure.",
                                        Labels.of(pool), (long) load.nonBypassCalls(), pool.getServers(), pool.getServers() - 1,
                                        perServer, remaining));
                            }
                        }),
                rule("TL-MS-13", 213, INFO, "A Mediation pool near remote Enterprise Voice users is associated with an Edge pool",
                        new RuleSource("DMS", "catalogue MS-13",
                                "If you want to provide PSTN connectivity to external users enabled for Enterprise Voice, click the FQDN of the Edge Server pool."),
                        MediationPool.class, P.getMediationPool()).alsoWhen(Neighbourhoods.MEDIATION_NEAR_EDGE)
                        .checking((pool, ctx, out) -> {
                            Site site = RuleContext.siteOf(pool);
                            CentralSite central = site instanceof CentralSite c ? c
                                    : site != null && site.eContainer() instanceof CentralSite c ? c : null;
                            if (central == null || pool.getEdgePool() != null) {
                                return;
                            }
                            central.getEdgePools().stream().filter(edge -> edge.getConcurrentRemoteUsers() > 0).findFirst()
                                    .ifPresent(edge -> out.report(pool, String.format(Locale.ROOT,
                                            "%s has no Edge pool, so the %,d remote users of %s cannot make PSTN calls through it; associate it with %s.",
                                            Labels.of(pool), edge.getConcurrentRemoteUsers(), Labels.of(edge), Labels.of(edge)), edge));
                        }),
                rule("TL-MS-14", 214, WARNING, "A central Mediation pool's trunk to a branch gateway or IP-PBX uses media bypass",
                        new RuleSource("MSDG", "catalogue MS-11",
                                "Having a Mediation Server at the central site route calls for an IP-PBX or PSTN gateway at a branch site doesn't require the use of media bypass, but a media bypass is recommended."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS).checking((trunk, ctx, out) -> {
                            MediationPool pool = trunk.getMediationPool();
                            TrunkPeer peer = trunk.getPeer();
                            if (pool == null || peer == null || peer.getKind() == PeerKind.ITSP_SBC || trunk.isMediaBypass()) {
                                return;
                            }
                            Site poolSite = RuleContext.siteOf(pool);
                            Site peerSite = RuleContext.siteOf(peer);
                            if (poolSite instanceof CentralSite && peerSite instanceof BranchSite) {
                                // Names only the trunk's ends: a renamed site does not re-check its trunks.
                                out.report(trunk, Labels.of(trunk) + " lets central-site " + Labels.of(pool) + " control branch "
                                        + Labels.of(peer) + " without media bypass, so every call's media crosses the WAN twice; enable media bypass on the trunk.",
                                        pool, peer, poolSite, peerSite);
                            }
                        }),
                rule("TL-MS-07", 207, WARNING, "SIP trunks to an ITSP end on a stand-alone Mediation pool",
                        new RuleSource("DMS, SIPT, MED", "domain.md §4.12, catalogue MS-07",
                                "For SIP trunking, we strongly recommend that you deploy stand-alone Mediation Servers."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS).checking((trunk, ctx, out) -> {
                            MediationPool pool = trunk.getMediationPool();
                            if (isSipTrunk(trunk) && pool != null && pool.getKind() != MediationKind.STANDALONE) {
                                out.report(trunk, Labels.of(trunk) + " to " + Labels.of(trunk.getPeer()) + " ends on "
                                        + Labels.of(pool) + ", which is collocated; SIP trunks want a stand-alone pool.",
                                        trunk.getPeer(), pool);
                            }
                        }),
                rule("TL-MS-08", 208, ERROR, "A SIP trunk's Mediation pool is at the site where the trunk terminates",
                        new RuleSource("MED, MSDG", "domain.md §4.12, catalogue MS-08",
                                "If you deploy SIP trunks, however, you must deploy a Mediation Server at the site where each trunk terminates."),
                        Trunk.class, P.getTrunk()).alsoWhen(Neighbourhoods.TRUNKS_OF_ENDS).checking((trunk, ctx, out) -> {
                            MediationPool pool = trunk.getMediationPool();
                            if (!isSipTrunk(trunk) || pool == null) {
                                return;
                            }
                            Site peerSite = RuleContext.siteOf(trunk.getPeer());
                            Site poolSite = RuleContext.siteOf(pool);
                            if (peerSite != null && peerSite != poolSite) {
                                out.report(trunk, Labels.of(trunk) + " terminates at " + Labels.of(peerSite) + " but its "
                                        + Labels.of(pool) + " is at " + Labels.of(poolSite) + ".", trunk.getPeer(), pool,
                                        peerSite, poolSite);
                            }
                        }),
                rule("TL-MS-09", 209, ERROR, "A Mediation pool's next hop is a Front End pool, never a Director",
                        new RuleSource("TBH-MS", "domain.md §4.11, catalogue MS-09",
                                "A Director or Director pool is not a valid selection for a Mediation Server pool or Mediation Server next hop."),
                        MediationPool.class, P.getMediationPool()).checking((pool, ctx, out) -> {
                            if (pool.getNextHop() instanceof DirectorPool director) {
                                out.report(pool, Labels.of(pool) + " uses " + Labels.of(director)
                                        + " as its next hop; choose a Front End pool or Standard Edition server.", director);
                            }
                        }),
                rule("TL-MS-11", 211, ERROR, "A Mediation pool's next hop is a Front End pool or Standard Edition server, not itself or another Mediation, Edge or SBA pool",
                        new RuleSource("DMS, TBH-MS", "catalogue §1.3 (MediationPool → next hop: exactly 1 FE pool/SE)",
                                "Select the next hop ... Next hop pool: a Front End pool or Standard Edition server."),
                        MediationPool.class, P.getMediationPool()).checking((pool, ctx, out) -> {
                            Pool hop = pool.getNextHop();
                            if (hop == pool) {
                                out.report(pool, Labels.of(pool) + " is its own next hop; calls need a Front End pool or Standard Edition server to reach.");
                            } else if (hop != null && !(hop instanceof FrontEndPool) && !(hop instanceof DirectorPool)) {
                                out.report(pool, Labels.of(pool) + " uses " + Labels.of(hop)
                                        + " as its next hop; choose a Front End pool or Standard Edition server.", hop);
                            }
                        }),
                rule("TL-MS-10", 210, ERROR, "A stand-alone Mediation pool of several servers uses DNS load balancing",
                        new RuleSource("DMS, LB", "catalogue MS-10",
                                "If you have ... Mediation Server pools ... you need to deploy load balancing for these pools."),
                        MediationPool.class, P.getMediationPool()).checking((pool, ctx, out) -> {
                            if (pool.getKind() == MediationKind.STANDALONE && pool.getServers() > 1 && !pool.isDnsLoadBalancing()) {
                                out.report(pool, Labels.of(pool) + " has " + pool.getServers()
                                        + " servers but no DNS load balancing.");
                            }
                        }));
    }

    private static boolean isSipTrunk(Trunk trunk) {
        return trunk.getPeer() != null && trunk.getPeer().getKind() == PeerKind.ITSP_SBC;
    }

    private static void overload(MediationPool pool, RuleContext ctx, io.trunkline.validation.Findings out) {
        PoolLoad load = ctx.sizing().mediationPool(pool.getId()).orElse(null);
        if (load != null && load.overCapacity()) {
            String erlangB = load.erlangBCalls().isPresent()
                    ? String.format(Locale.ROOT, "Erlang B %,d at %s", load.erlangBCalls().getAsInt(), Percent.of(load.gradeOfService()))
                    : "Erlang B not computed";
            out.report(pool, String.format(Locale.ROOT,
                    "%s carries up to %,d concurrent non-bypass calls at the busy hour's peak (rule of thumb %,d, %s); its capacity is %,d. %s",
                    Labels.of(pool), (long) load.nonBypassCalls(), (long) Math.ceil(load.ruleOfThumbCalls() - 1e-9), erlangB,
                    load.capacity().getAsInt(), load.advice()));
        }
    }
}
