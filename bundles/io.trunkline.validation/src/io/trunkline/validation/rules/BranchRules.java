package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.ERROR;
import static io.trunkline.validation.Severity.INFO;
import static io.trunkline.validation.Severity.WARNING;

import java.util.List;
import java.util.Locale;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.PeerKind;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.PeerQueries;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.planning.SurvivableBranchCheck;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/** Branch sites and their resiliency: domain-catalogue.md §2.3 (BR family), domain.md §4 items 6–7. */
public final class BranchRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    private BranchRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-BR-01", 301, ERROR, "A branch with a gateway behind a non-resilient WAN link has a Registrar and a Mediation Server on site",
                        new RuleSource("DS", "domain.md §4.6, catalogue BR-01",
                                "If branch sites use a gateway, both a Registrar and Mediation Server are required on site, unless the WAN link is resilient."),
                        BranchSite.class, P.getBranchSite())
                        .alsoWhen(Neighbourhoods.CONTAINING_SITE, Neighbourhoods.WAN_ENDS).checking((branch, ctx, out) -> {
                            if (needsLocalResiliency(branch, ctx) && !(hasRegistrar(branch) && hasMediation(branch))) {
                                // A Registrar here is an SBA or SBS, which always brings its Mediation Server.
                                String missing = hasMediation(branch) ? "Registrar" : "Registrar and no Mediation Server";
                                out.report(branch, Labels.of(branch) + " has a PSTN gateway and no resilient WAN link, but no "
                                        + missing + " on site; a WAN outage cuts its PSTN calls.");
                            }
                        }),
                rule("TL-BR-02", 302, WARNING, "That Registrar, Mediation Server and gateway are a Survivable Branch Appliance",
                        new RuleSource("DS", "domain.md §4.6, catalogue BR-02",
                                "We recommend that the Registrar, Mediation Server, and gateway required on site are deployed as a Survivable Branch Appliance."),
                        BranchSite.class, P.getBranchSite())
                        .alsoWhen(Neighbourhoods.CONTAINING_SITE, Neighbourhoods.WAN_ENDS).checking((branch, ctx, out) -> {
                            boolean hasSba = branch.getSurvivableBranches().stream().anyMatch(b -> b.getKind() == SurvivableKind.SBA);
                            if (needsLocalResiliency(branch, ctx) && !hasSba) {
                                out.report(branch, Labels.of(branch) + " needs a local Registrar and Mediation Server; a Survivable Branch Appliance is the recommended way.");
                            }
                        }),
                rule("TL-BR-03", 303, WARNING, "A branch with a SIP trunk behind a non-resilient WAN link has an SBA, or an SBS with that trunk",
                        new RuleSource("BRS", "catalogue BR-03 (the gateway case is TL-BR-01 and TL-BR-02)",
                                "If the link between your branch site and central site is not resilient, deploy a Survivable Branch Appliance, or deploy a Survivable Branch Server with either a gateway or SIP trunk at the branch site."),
                        BranchSite.class, P.getBranchSite())
                        .alsoWhen(Neighbourhoods.CONTAINING_SITE, Neighbourhoods.WAN_ENDS).checking((branch, ctx, out) -> {
                            boolean sipTrunk = branch.getTrunkPeers().stream().anyMatch(peer -> peer.getKind() == PeerKind.ITSP_SBC);
                            boolean resilient = ctx.wanLinks(branch).stream().anyMatch(WanLink::isResilient);
                            boolean survivable = branch.getSurvivableBranches().stream()
                                    .anyMatch(box -> box.getKind() == SurvivableKind.SBA || box.getGateway() != null);
                            if (sipTrunk && !resilient && !survivable) {
                                out.report(branch, Labels.of(branch) + " has a SIP trunk and no resilient WAN link; deploy a Survivable Branch Appliance, or a Survivable Branch Server connected to the SIP trunk, so calls survive a WAN outage.");
                            }
                        }),
                rule("TL-BR-04", 304, INFO, "A branch behind a resilient WAN link needs no SBA or SBS",
                        new RuleSource("BRS", "catalogue BR-04",
                                "If the link between your branch site and central site is resilient and has sufficient bandwidth, you can deploy a SIP trunk or a gateway. You do not need to deploy a Survivable Branch Appliance at the branch site."),
                        BranchSite.class, P.getBranchSite())
                        .alsoWhen(Neighbourhoods.CONTAINING_SITE, Neighbourhoods.WAN_ENDS).checking((branch, ctx, out) -> {
                            WanLink resilient = ctx.wanLinks(branch).stream().filter(WanLink::isResilient).findFirst().orElse(null);
                            if (resilient != null && !branch.getSurvivableBranches().isEmpty()) {
                                out.report(branch, Labels.of(branch) + " reaches the central site over resilient " + Labels.of(resilient)
                                        + "; a gateway or SIP trunk is enough there, so its SBA/SBS is optional if the link has the bandwidth.",
                                        resilient);
                            }
                        }),
                rule("TL-BR-05", 305, ERROR, "A branch has at most two SBAs",
                        new RuleSource("EVR", "domain.md §4.7, catalogue BR-05",
                                "Skype for Business Server supports up to two Survivable Branch Appliance at a branch site."),
                        BranchSite.class, P.getBranchSite()).alsoWhen(Neighbourhoods.CONTAINING_SITE).checking((branch, ctx, out) -> {
                            long sbas = branch.getSurvivableBranches().stream().filter(b -> b.getKind() == SurvivableKind.SBA).count();
                            if (sbas > PlanningFigures.MAX_SBAS_PER_BRANCH) {
                                out.report(branch, Labels.of(branch) + " has " + sbas + " SBAs; at most "
                                        + PlanningFigures.MAX_SBAS_PER_BRANCH + " are supported.");
                            }
                        }),
                rule("TL-BR-06", 306, WARNING, "An SBA or SBS serves no more users than it supports",
                        new RuleSource("EVR", "domain.md §4.7, catalogue BR-06",
                                "Host between 25 and 1000 users at your branch site ... Survivable Branch Appliance; between 1000 and 2000 users ... Survivable Branch Server or two Survivable Branch Appliances."),
                        SurvivableBranch.class, P.getSurvivableBranch()).usingSizing().checking((box, ctx, out) -> {
                            SurvivableBranchCheck check = ctx.sizing().survivable(box.getId()).orElse(null);
                            if (check != null && check.overLimit()) {
                                out.report(box, String.format(Locale.ROOT, "%s serves %,d users; it supports up to %,d.",
                                        Labels.of(box), check.users(), check.maxUsers()));
                            }
                        }),
                rule("TL-BR-08", 308, INFO, "A resiliency box for fewer than 25 users rarely pays back",
                        new RuleSource("EVR", "catalogue BR-08",
                                "For sites with fewer than 25 users, a resiliency solution may not provide a sufficient return on investment."),
                        SurvivableBranch.class, P.getSurvivableBranch()).usingSizing().checking((box, ctx, out) -> {
                            SurvivableBranchCheck check = ctx.sizing().survivable(box.getId()).orElse(null);
                            if (check != null && box.getKind() == SurvivableKind.SBA && check.belowRecommendedRange()) {
                                out.report(box, String.format(Locale.ROOT, "%s serves only %,d users (SBAs are meant for %d to %,d).",
                                        Labels.of(box), check.users(), check.minUsers(), PlanningFigures.SBA_MAX_USERS));
                            }
                        }),
                rule("TL-BR-07", 307, INFO, "A branch of more than 2,000 users is better planned as a central site",
                        new RuleSource("EVR", "catalogue BR-07",
                                "If you require presence and conferencing features in addition to voice features for up to 5000 users ... Deploy as a central site with a Standard Edition server rather than as a branch site."),
                        BranchSite.class, P.getBranchSite()).checking((branch, ctx, out) -> {
                            if (branch.getUsers() > PlanningFigures.SBS_MAX_USERS) {
                                out.report(branch, String.format(Locale.ROOT,
                                        "%s has %,d users, more than an SBS or two SBAs serve (%,d); plan it as a central site with a Standard Edition server (up to 5,000 users) or a Front End pool.",
                                        Labels.of(branch), branch.getUsers(), PlanningFigures.SBS_MAX_USERS));
                            }
                        }),
                rule("TL-BR-09", 309, ERROR, "Every SBA or SBS is associated with a central-site Front End pool",
                        new RuleSource("L13-SBA", "domain.md §4.7, catalogue BR-09",
                                "Click Front End pool, click the Front End Server (User Services pool) at the central site that this Survivable Branch Appliance or Survivable Branch Server will connect to."),
                        SurvivableBranch.class, P.getSurvivableBranch()).alsoWhen(Neighbourhoods.SURVIVABLES_OF_FRONT_END)
                        .checking((box, ctx, out) -> {
                            if (box.getFrontEndPool() == null) {
                                out.report(box, Labels.of(box) + " is not associated with a Front End pool.");
                            } else if (!(box.getFrontEndPool().eContainer() instanceof CentralSite)) {
                                out.report(box, Labels.of(box) + " is associated with " + Labels.of(box.getFrontEndPool())
                                        + ", which is not at a central site.", box.getFrontEndPool());
                            }
                        }),
                rule("TL-BR-11", 311, WARNING, "An SBA has a gateway",
                        new RuleSource("TBH-SBAPSTN", "catalogue BR-11",
                                "If you want to add a PSTN gateway, you can set it up later, but full functionality will be limited until the PSTN gateway is defined and configured."),
                        SurvivableBranch.class, P.getSurvivableBranch()).checking((box, ctx, out) -> {
                            if (box.getKind() == SurvivableKind.SBA && box.getGateway() == null) {
                                out.report(box, Labels.of(box) + " has no gateway; branch users lose PSTN calls when the WAN fails.");
                            }
                        }),
                rule("TL-BR-12", 312, ERROR, "An SBS connects to a PSTN gateway or a SIP trunk",
                        new RuleSource("EVR", "catalogue BR-12",
                                "It must connect to either a PSTN gateway or a SIP trunk to a telephone service provider."),
                        SurvivableBranch.class, P.getSurvivableBranch()).checking((box, ctx, out) -> {
                            if (box.getKind() == SurvivableKind.SBS && box.getGateway() == null) {
                                out.report(box, Labels.of(box) + " connects to no PSTN gateway or SIP trunk.");
                            }
                        }),
                rule("TL-BR-15", 315, INFO, "SBA failover and fallback intervals are not shorter than the defaults",
                        new RuleSource("TBH-SBA", "catalogue BR-15",
                                "Be careful not to enter an interval that will cause the failover and fallback to occur if the Registrar fails to respond for a short period of time ... 120 seconds for failover and 240 seconds for fallback."),
                        SurvivableBranch.class, P.getSurvivableBranch()).checking((box, ctx, out) -> {
                            if (box.getFailoverSeconds() < 120 || box.getFallbackSeconds() < 240) {
                                out.report(box, Labels.of(box) + " fails over after " + box.getFailoverSeconds()
                                        + " s and falls back after " + box.getFallbackSeconds()
                                        + " s; shorter than 120 s / 240 s flaps on brief Registrar hiccups.");
                            }
                        }));
    }

    private static boolean needsLocalResiliency(BranchSite branch, RuleContext ctx) {
        boolean hasGateway = branch.getTrunkPeers().stream()
                .anyMatch(PeerQueries::isGateway);
        boolean resilient = ctx.wanLinks(branch).stream().anyMatch(WanLink::isResilient);
        return hasGateway && !resilient;
    }

    private static boolean hasRegistrar(BranchSite branch) {
        return !branch.getSurvivableBranches().isEmpty();
    }

    private static boolean hasMediation(BranchSite branch) {
        // An SBA or SBS always carries its own Mediation Server [TBH-SBA].
        return !branch.getMediationPools().isEmpty() || !branch.getSurvivableBranches().isEmpty();
    }
}
