package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;
import static io.trunkline.validation.Severity.WARNING;

import java.util.List;
import java.util.Locale;

import io.trunkline.model.CentralSite;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.Pool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.WanLink;
import io.trunkline.planning.FrontEndLoad;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/** Central sites and Front End pools: domain-catalogue.md §2.4 (CS family), domain.md §4 item 13. */
public final class CentralSiteRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /** "One Edge Server for every 12,000 remote users ... At a minimum we recommend two Edge Servers" [UMU]. */
    private static final int REMOTE_USERS_PER_EDGE_SERVER = 12_000;
    private static final int EDGE_MIN_SERVERS = 2;

    private CentralSiteRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-CS-01", 401, ERROR, "The topology has at least one central site",
                        new RuleSource("TB", "domain.md §4.13, catalogue CS-01", "Your deployment will have at least one central site."),
                        Topology.class, P.getTopology()).checking((topology, ctx, out) -> {
                            if (topology.getCentralSites().isEmpty()) {
                                out.report(topology, "The topology has no central site.");
                            }
                        }),
                rule("TL-CS-02", 402, ERROR, "Each central site has a Front End pool or Standard Edition server",
                        new RuleSource("TB, EVR", "domain.md §4.13, catalogue CS-02",
                                "Each central site must contain a Registrar pool consisting of one or more Registrars."),
                        CentralSite.class, P.getCentralSite()).checking((site, ctx, out) -> {
                            if (site.getFrontEndPools().isEmpty()) {
                                out.report(site, Labels.of(site) + " has no Front End pool or Standard Edition server, so no Registrar.");
                            }
                        }),
                rule("TL-CS-03", 403, ERROR, "A Front End pool has 1 to 12 servers",
                        new RuleSource("TB", "domain.md §4.13, catalogue CS-03",
                                "One or more Front End Servers (Ideally at least three, for scalability), with a maximum of twelve."),
                        FrontEndPool.class, P.getFrontEndPool()).checking((pool, ctx, out) -> {
                            if (pool.getServers() < 1 || pool.getServers() > PlanningFigures.FRONT_END_MAX_SERVERS) {
                                out.report(pool, Labels.of(pool) + " has " + pool.getServers() + " servers; a pool has 1 to "
                                        + PlanningFigures.FRONT_END_MAX_SERVERS + ".");
                            }
                        }),
                rule("TL-CS-12", 412, INFO, "An Enterprise Front End pool ideally has at least three servers",
                        new RuleSource("TB", "catalogue CS-03 (info part)",
                                "One or more Front End Servers (Ideally at least three, for scalability), with a maximum of twelve."),
                        FrontEndPool.class, P.getFrontEndPool()).checking((pool, ctx, out) -> {
                            if (pool.getEdition() == Edition.ENTERPRISE && pool.getServers() >= 1
                                    && pool.getServers() < PlanningFigures.FRONT_END_RECOMMENDED_SERVERS) {
                                out.report(pool, Labels.of(pool) + " has " + pool.getServers() + " server(s); at least "
                                        + PlanningFigures.FRONT_END_RECOMMENDED_SERVERS + " keep it scalable.");
                            }
                        }),
                rule("TL-CS-04", 404, WARNING, "Users homed on a Front End pool stay within its limits",
                        new RuleSource("UMU", "domain.md §4.13, catalogue CS-04, CS-05, BR-13",
                                "You should have one Front End Server for every 6,660 users homed in your pool ... The maximum number of users in a Front End pool is 80,000."),
                        FrontEndPool.class, P.getFrontEndPool()).usingSizing().checking((pool, ctx, out) -> {
                            FrontEndLoad load = ctx.sizing().frontEndPool(pool.getId()).orElse(null);
                            if (load != null && load.overCapacity()) {
                                out.report(pool, String.format(Locale.ROOT,
                                        "%s homes %,d users (branch SBAs included); %d server(s) support %,d, %d recommended.",
                                        Labels.of(pool), load.homedUsers(), pool.getServers(), load.maxUsers(),
                                        load.recommendedServers()));
                            }
                        }),
                rule("TL-CS-06", 406, WARNING, "With several central sites, each Front End pool has a backup Registrar in another central site",
                        new RuleSource("EVR", "catalogue CS-06",
                                "The primary Registrar pool must have a single backup Registrar pool located in a different central site."),
                        FrontEndPool.class, P.getFrontEndPool())
                        .alsoWhen(Neighbourhoods.everyInstanceWhenTopologyChanges(P.getTopology_CentralSites(), P.getFrontEndPool()))
                        .checking((pool, ctx, out) -> {
                            if (ctx.topology().getCentralSites().size() < 2) {
                                return;
                            }
                            FrontEndPool backup = pool.getBackupRegistrar();
                            if (backup == null) {
                                out.report(pool, Labels.of(pool) + " has no backup Registrar pool in another central site.");
                            } else if (backup.eContainer() == pool.eContainer()) {
                                out.report(pool, Labels.of(pool) + " backs up to " + Labels.of(backup)
                                        + " in the same central site.", backup);
                            }
                        }),
                rule("TL-CS-07", 407, WARNING, "A Front End pool and its backup Registrar are joined by a resilient WAN link",
                        new RuleSource("EVR", "catalogue CS-07",
                                "The sites in which the primary and backup Registrar pools reside should be connected by a resilient WAN link."),
                        FrontEndPool.class, P.getFrontEndPool()).alsoWhen(Neighbourhoods.FRONT_ENDS_OF_WAN_ENDS)
                        .checking((pool, ctx, out) -> {
                            FrontEndPool backup = pool.getBackupRegistrar();
                            Site home = RuleContext.siteOf(pool);
                            Site backupHome = backup == null ? null : RuleContext.siteOf(backup);
                            if (home == null || backupHome == null || home == backupHome) {
                                return;
                            }
                            List<WanLink> links = ctx.wanLinks(home).stream()
                                    .filter(link -> link.getSiteA() == backupHome || link.getSiteB() == backupHome).toList();
                            if (links.isEmpty()) {
                                out.report(pool, Labels.of(pool) + " backs up to " + Labels.of(backup)
                                        + ", but no WAN link joins their sites; draw a resilient WAN link between the two sites.",
                                        backup, home, backupHome);
                            } else if (links.stream().noneMatch(WanLink::isResilient)) {
                                out.report(pool, Labels.of(pool) + " backs up to " + Labels.of(backup) + " over " + Labels.of(links.get(0))
                                        + ", which is not resilient; make that WAN link resilient so failover survives a link outage.",
                                        backup, links.get(0));
                            }
                        }),
                rule("TL-CS-09", 409, WARNING, "A Front End or Edge pool of several servers is load balanced",
                        new RuleSource("LB", "catalogue CS-09 (Mediation pools: TL-MS-10)",
                                "If you have Front End pools, Mediation Server pools, or Edge Server pools, you need to deploy load balancing for these pools."),
                        Pool.class, P.getFrontEndPool(), P.getEdgePool()).checking((pool, ctx, out) -> {
                            boolean balanced = pool instanceof FrontEndPool fe ? fe.isDnsLoadBalancing() || fe.isHardwareLoadBalancing()
                                    : pool instanceof EdgePool edge && (edge.isDnsLoadBalancing() || edge.isHardwareLoadBalancing());
                            if (pool.getServers() > 1 && !balanced) {
                                out.report(pool, Labels.of(pool) + " has " + pool.getServers()
                                        + " servers and no load balancing; turn on DNS load balancing or put a hardware load balancer in front of it.");
                            }
                        }),
                rule("TL-CS-10", 410, WARNING, "An Edge pool has one server per 12,000 remote users, and at least two",
                        new RuleSource("UMU", "catalogue CS-10",
                                "One Edge Server for every 12,000 remote users who will access a site concurrently. At a minimum we recommend two Edge Servers for high availability."),
                        EdgePool.class, P.getEdgePool()).checking((edge, ctx, out) -> {
                            long needed = Math.max(EDGE_MIN_SERVERS,
                                    (edge.getConcurrentRemoteUsers() + REMOTE_USERS_PER_EDGE_SERVER - 1L) / REMOTE_USERS_PER_EDGE_SERVER);
                            if (edge.getServers() < needed) {
                                out.report(edge, String.format(Locale.ROOT,
                                        "%s has %d server(s) for %,d concurrent remote users; it needs max(2, ⌈%,d / 12,000⌉) = %d: add %d.",
                                        Labels.of(edge), edge.getServers(), edge.getConcurrentRemoteUsers(),
                                        edge.getConcurrentRemoteUsers(), needed, needed - edge.getServers()));
                            }
                        }),
                rule("TL-CS-11", 411, ERROR, "A Director pool has at most 10 servers",
                        new RuleSource("TB", "catalogue CS-11", "A maximum of 10 per pool is supported."),
                        DirectorPool.class, P.getDirectorPool()).checking((pool, ctx, out) -> {
                            if (pool.getServers() > PlanningFigures.DIRECTOR_MAX_SERVERS) {
                                out.report(pool, Labels.of(pool) + " has " + pool.getServers() + " servers; at most "
                                        + PlanningFigures.DIRECTOR_MAX_SERVERS + ".");
                            }
                        }));
    }
}
