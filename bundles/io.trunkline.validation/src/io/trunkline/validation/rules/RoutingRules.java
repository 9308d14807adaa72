package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.WARNING;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/**
 * Voice routing: routes, PSTN usages and voice policies (domain-catalogue.md §1.2 Voice routing; catalogue GW-23,
 * CS-08, BR-14). Each rule looks at the topology's routes in one pass, since a route, a trunk or a gateway
 * anywhere can change its result.
 */
public final class RoutingRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    private RoutingRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(
                rule("TL-GW-23", 123, WARNING, "A voice route uses only routable gateways",
                        new RuleSource("PS-GW", "catalogue GW-23",
                                "Routable — If set to True, the gateway can be used in outbound routing routes."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getTrunkPeer_Routable(), P.getVoiceRoute_Trunks(),
                                P.getTrunk_Peer(), P.getElement_Name(), P.getTrunkPeer_Address()), P.getVoiceRoute(), P.getTrunkPeer(), P.getTrunk(), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            for (VoiceRoute route : topology.getVoiceRoutes()) {
                                route.getTrunks().stream().map(Trunk::getPeer).filter(Objects::nonNull).distinct()
                                        .filter(peer -> !peer.isRoutable())
                                        .forEach(peer -> out.report(route, Labels.of(route) + " sends calls to " + Labels.of(peer)
                                                + ", which is not routable, so the route never uses it; make the gateway routable or take its trunk off the route.",
                                                peer));
                            }
                        }),
                rule("TL-CS-08", 408, WARNING, "A failover route uses gateways at other sites than its primary route's",
                        new RuleSource("EVR", "catalogue CS-08",
                                "When configuring the route, specify a gateway that is located at a different site from the gateway specified in the primary route."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getVoiceRoute_Trunks(), P.getVoiceRoute_FailoverFor(),
                                P.getTrunk_Peer(), P.getElement_Name(), P.getTrunkPeer_Address()), P.getVoiceRoute(), P.getTrunkPeer(), P.getTrunk(), P.getSite()))
                        .checking((topology, ctx, out) -> {
                            for (VoiceRoute route : topology.getVoiceRoutes()) {
                                VoiceRoute primary = route.getFailoverFor();
                                if (primary == null) {
                                    continue;
                                }
                                Set<Site> primarySites = gatewaySites(primary);
                                gatewaySites(route).stream().filter(primarySites::contains).findFirst()
                                        .ifPresent(shared -> out.report(route, Labels.of(route) + " backs up " + Labels.of(primary)
                                                + " through a gateway at " + Labels.of(shared)
                                                + ", where the primary route's gateway is too; a failure there takes both. Use a gateway at another site.",
                                                primary, shared));
                            }
                        }),
                rule("TL-BR-14", 314, WARNING, "Users of a survivable branch have a backup route through a central-site gateway",
                        new RuleSource("EVR", "catalogue BR-14",
                                "We recommend that you add two PSTN phone usage records to the branch office user policy and assign separate routes to each one."),
                        Topology.class, P.getTopology())
                        .alsoWhen(Neighbourhoods.topologyWhen(Set.of(P.getVoiceRoute_Trunks(), P.getVoiceRoute_PstnUsages(),
                                P.getVoicePolicy_PstnUsages(), P.getVoicePolicy_Scope(), P.getVoicePolicy_Site(),
                                P.getVoicePolicy_GrantedTo(), P.getTrunk_Peer(), P.getElement_Name()), P.getVoiceRoute(), P.getVoicePolicy(),
                                P.getPstnUsage(), P.getTrunkPeer(), P.getTrunk(), P.getSite(), P.getSurvivableBranch()))
                        .checking((topology, ctx, out) -> {
                            if (topology.getVoicePolicies().isEmpty()) {
                                return; // voice routing not planned in this topology
                            }
                            for (Site site : SiteQueries.sites(topology)) {
                                if (!(site instanceof BranchSite branch) || branch.getSurvivableBranches().isEmpty()
                                        || branch.getUsers() <= 0 || !branch.isNeedsPstn()) {
                                    continue;
                                }
                                VoicePolicy policy = policyOf(topology, branch);
                                if (policy == null) {
                                    out.report(branch, Labels.of(branch) + " has an SBA/SBS but no voice policy applies to its users; "
                                            + "grant them a policy with two PSTN usages: the branch gateway's route first, a central-site gateway's second.");
                                } else if (!backsUpCentrally(topology, policy)) {
                                    out.report(branch, Labels.of(branch) + "'s users get " + Labels.of(policy) + " with "
                                            + policy.getPstnUsages().size() + " PSTN usage(s) and no later usage routes through a central-site gateway; "
                                            + "add a second PSTN usage with a route through a gateway at the central site.", policy);
                                }
                            }
                        }));
    }

    private static Set<Site> gatewaySites(VoiceRoute route) {
        Set<Site> sites = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Trunk trunk : route.getTrunks()) {
            Site site = trunk.getPeer() == null ? null : RuleContext.siteOf(trunk.getPeer());
            if (site != null) {
                sites.add(site);
            }
        }
        return sites;
    }

    /** The policy that applies to a site's users: one granted to them, else the site's, else the global one [OVR]. */
    private static VoicePolicy policyOf(Topology topology, Site site) {
        VoicePolicy sitePolicy = null;
        VoicePolicy global = null;
        for (VoicePolicy policy : topology.getVoicePolicies()) {
            if (policy.getScope() == VoicePolicyScope.USER && policy.getGrantedTo().contains(site)) {
                return policy;
            }
            if (policy.getScope() == VoicePolicyScope.SITE && policy.getSite() == site && sitePolicy == null) {
                sitePolicy = policy;
            }
            if (policy.getScope() == VoicePolicyScope.GLOBAL && global == null) {
                global = policy;
            }
        }
        return sitePolicy != null ? sitePolicy : global;
    }

    /** Whether a usage after the policy's first has a route through a gateway at a central site. */
    private static boolean backsUpCentrally(Topology topology, VoicePolicy policy) {
        List<PstnUsage> usages = policy.getPstnUsages();
        for (PstnUsage usage : usages.subList(Math.min(1, usages.size()), usages.size())) {
            for (VoiceRoute route : topology.getVoiceRoutes()) {
                if (route.getPstnUsages().contains(usage) && route.getTrunks().stream().map(Trunk::getPeer)
                        .filter(Objects::nonNull).map(RuleContext::siteOf).anyMatch(CentralSite.class::isInstance)) {
                    return true;
                }
            }
        }
        return false;
    }
}
