package io.trunkline.validation.rules;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.EdgePool;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationPool;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.WanLink;
import io.trunkline.validation.ElementRule.Neighbours;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.KeyGroups;

/**
 * The usual ways a change reaches a rule's targets. Old ends of a changed reference need no entry here: live
 * validation marks a reference's old and new values as changed too.
 */
final class Neighbourhoods {

    private Neighbourhoods() {
    }

    /** A changed trunk affects its peer and its pool. */
    static final Neighbours TRUNK_ENDS = (changed, feature, context, into) -> {
        if (changed instanceof Trunk trunk) {
            addIfPresent(into, trunk.getPeer());
            addIfPresent(into, trunk.getMediationPool());
        }
    };

    /** A changed peer or pool affects its trunks. */
    static final Neighbours TRUNKS_OF_ENDS = (changed, feature, context, into) -> {
        if (changed instanceof TrunkPeer peer) {
            into.addAll(RuleContext.trunks(peer));
        } else if (changed instanceof MediationPool pool) {
            into.addAll(RuleContext.trunks(pool));
        }
    };

    /** A changed pool (its server count) affects the peers trunked to it. */
    static final Neighbours PEERS_OF_POOL = (changed, feature, context, into) -> {
        if (changed instanceof MediationPool pool) {
            RuleContext.trunks(pool).forEach(trunk -> addIfPresent(into, trunk.getPeer()));
        }
    };

    /** A changed PSTN link (its lines) affects the pools its gateway trunks to. */
    static final Neighbours POOLS_OF_LINE = (changed, feature, context, into) -> {
        if (changed instanceof PstnLink link && link.getGateway() != null) {
            RuleContext.trunks(link.getGateway()).forEach(trunk -> addIfPresent(into, trunk.getMediationPool()));
        }
    };

    /** A changed peer affects the pools it trunks to. */
    static final Neighbours POOLS_OF_PEER = (changed, feature, context, into) -> {
        if (changed instanceof TrunkPeer peer) {
            RuleContext.trunks(peer).forEach(trunk -> addIfPresent(into, trunk.getMediationPool()));
        }
    };

    /** A changed Edge pool affects the Mediation pools of its central site and of that site's branches. */
    static final Neighbours MEDIATION_NEAR_EDGE = (changed, feature, context, into) -> {
        if (changed instanceof EdgePool edge && edge.eContainer() instanceof CentralSite central) {
            into.addAll(central.getMediationPools());
            central.getBranchSites().forEach(branch -> into.addAll(branch.getMediationPools()));
        }
    };

    /** A changed site (its country) affects its E9-1-1 locations. */
    static final Neighbours LOCATIONS_OF_SITE = (changed, feature, context, into) -> {
        if (changed instanceof Site site) {
            into.addAll(site.getEmergencyLocations());
        }
    };

    /** A changed element affects the site that contains it. */
    static final Neighbours CONTAINING_SITE = (changed, feature, context, into) -> {
        if (!(changed instanceof Site)) {
            addIfPresent(into, RuleContext.siteOf(changed));
        }
    };

    /** A changed WAN link affects the sites it joins. */
    static final Neighbours WAN_ENDS = (changed, feature, context, into) -> {
        if (changed instanceof WanLink link) {
            addIfPresent(into, link.getSiteA());
            addIfPresent(into, link.getSiteB());
        }
    };

    /** A changed WAN link affects the Front End pools of the sites it joins (their backup Registrar's path). */
    static final Neighbours FRONT_ENDS_OF_WAN_ENDS = (changed, feature, context, into) -> {
        if (changed instanceof WanLink link) {
            for (Site end : new Site[] { link.getSiteA(), link.getSiteB() }) {
                if (end instanceof CentralSite central) {
                    into.addAll(central.getFrontEndPools());
                }
            }
        }
    };

    /** A changed branch affects its SBAs and SBSs. */
    static final Neighbours SURVIVABLES_OF_BRANCH = (changed, feature, context, into) -> {
        if (changed instanceof BranchSite branch) {
            into.addAll(branch.getSurvivableBranches());
        } else if (changed instanceof SurvivableBranch box && box.eContainer() instanceof BranchSite branch) {
            into.addAll(branch.getSurvivableBranches());
        }
    };

    /** A changed PBX link affects its PBX; a changed gateway affects the PBXs linked to it. */
    static final Neighbours PBX_OF_LINK = (changed, feature, context, into) -> {
        if (changed instanceof PbxLink link) {
            addIfPresent(into, link.getPbx());
        } else if (changed instanceof TrunkPeer peer) {
            context.pbxLinks(peer).forEach(link -> addIfPresent(into, link.getPbx()));
        }
    };

    /** A changed Front End pool (or its site) affects the SBAs and SBSs associated with it. */
    static final Neighbours SURVIVABLES_OF_FRONT_END = (changed, feature, context, into) -> {
        if (changed instanceof FrontEndPool pool) {
            into.addAll(context.survivables(pool));
        } else if (changed instanceof CentralSite site) {
            site.getFrontEndPools().forEach(pool -> into.addAll(context.survivables(pool)));
        }
    };

    /** A change to one of {@code features} (or adding/removing an instance of {@code classes}) affects the topology. */
    static Neighbours topologyWhen(Set<EStructuralFeature> features, EClass... classes) {
        return (changed, feature, context, into) -> {
            boolean relevantClass = changed instanceof Topology;
            for (EClass type : classes) {
                relevantClass |= type.isInstance(changed);
            }
            if (relevantClass && (feature == null || features.contains(feature)
                    || feature instanceof org.eclipse.emf.ecore.EReference ref && ref.isContainment())) {
                into.add(context.topology());
            }
        };
    }

    /** The elements whose group of shared keys the last flush changed (see {@link RuleContext#regrouped}). */
    static Neighbours regrouped(KeyGroups<?> keys) {
        return (changed, feature, context, into) -> into.addAll(context.regrouped(keys));
    }

    /** Any change to the groups under {@code keys} (an element joined or left one) affects the topology. */
    static Neighbours topologyWhenGroupsChange(KeyGroups<?> keys) {
        return (changed, feature, context, into) -> {
            if (context.changedGroups(keys)) {
                into.add(context.topology());
            }
        };
    }

    /** {@code neighbours}, for changes of {@code features} only. */
    static Neighbours when(Set<EStructuralFeature> features, Neighbours neighbours) {
        return (changed, feature, context, into) -> {
            if (feature != null && features.contains(feature)) {
                neighbours.collect(changed, feature, context, into);
            }
        };
    }

    /** A change to the topology's {@code feature} affects every instance of {@code type}. */
    static Neighbours everyInstanceWhenTopologyChanges(EStructuralFeature topologyFeature, EClass type) {
        return (changed, feature, context, into) -> {
            if (changed instanceof Topology topology && feature == topologyFeature) {
                topology.eAllContents().forEachRemaining(o -> {
                    if (type.isInstance(o)) {
                        into.add(o);
                    }
                });
            }
        };
    }

    private static void addIfPresent(java.util.Collection<EObject> into, EObject object) {
        if (object != null) {
            into.add(object);
        }
    }
}
