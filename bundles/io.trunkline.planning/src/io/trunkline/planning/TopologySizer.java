package io.trunkline.planning;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;

/**
 * Sizes a topology: per site (rules of thumb and Erlang B against what is drawn), per Mediation pool
 * (concurrent non-bypass calls against capacity), per Front End pool (homed users) and per SBA/SBS (user
 * range), plus organisation totals. The computation lives in {@link IncrementalSizing}, which this builds from
 * scratch.
 */
public final class TopologySizer {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    /**
     * The attributes and references sizing reads, besides containment, ids and site names (a Front End pool's
     * load names the sites homed on it): a change to any other feature (a gateway's name, an FQDN, a port number)
     * cannot change a sizing result.
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

    /** Sizes {@code topology} from scratch; {@link IncrementalSizing} keeps a sizing up to date as it is edited. */
    public static TopologySizing size(Topology topology) {
        return new IncrementalSizing(topology).sizing();
    }
}
