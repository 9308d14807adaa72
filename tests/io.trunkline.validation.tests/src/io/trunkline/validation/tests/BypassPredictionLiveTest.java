package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Site;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * TL-MB-08 in the editor: HQ and the branch share region EMEA's bypass ID and HQ's first gateway bypasses; an edit
 * that changes a bypass ID, or whether the trunks bypass, is re-checked at once, as a full pass would.
 */
class BypassPredictionLiveTest {

    private final Base base = new Base();
    private final NetworkSite branchNet;
    private final LiveValidation live;

    BypassPredictionLiveTest() {
        base.topology.setMediaBypassMode(MediaBypassMode.USE_SITE_AND_REGION);
        base.gw1.setSupportsMediaBypass(true);
        base.root1.setMediaBypass(true);
        NetworkRegion emea = Base.F.createNetworkRegion();
        emea.setId("region-00000001");
        emea.setName("EMEA");
        emea.setCentralSite(base.hq);
        base.topology.getNetworkRegions().add(emea);
        networkSite("netsite-00000001", base.hq, emea);
        branchNet = networkSite("netsite-00000002", base.branch, emea);
        live = new LiveValidation(base.topology);
    }

    private NetworkSite networkSite(String id, Site site, NetworkRegion region) {
        NetworkSite networkSite = Base.F.createNetworkSite();
        networkSite.setId(id);
        networkSite.setSite(site);
        networkSite.setRegion(region);
        base.topology.getNetworkSites().add(networkSite);
        return networkSite;
    }

    private List<String> hairpins() {
        return targets("TL-MB-08");
    }

    private List<String> targets(String rule) {
        assertEquals(keys(Validation.validate(base.topology).findings()), keys(live.findings()), "live equals a full pass");
        return live.findings().stream().filter(f -> f.rule().id().equals(rule)).map(f -> f.target().getId()).toList();
    }

    private void constrainBranch() {
        BandwidthPolicyProfile policy = Base.F.createBandwidthPolicyProfile();
        policy.setId("bwpolicy-00000001");
        base.topology.getBandwidthPolicyProfiles().add(policy);
        branchNet.setBandwidthPolicy(policy);
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void aBandwidthPolicyOnTheBranchsNetworkSiteReportsItsHairpinningCalls() {
        constrainBranch();

        assertEquals(List.of("branch-00000001"), hairpins());
    }

    @Test
    void turningBypassOffOnTheTrunksLeavesNothingToReport() {
        constrainBranch();
        hairpins();

        base.root1.setMediaBypass(false);

        assertEquals(List.of(), hairpins());
    }

    @Test
    void aBandwidthPolicyOnTheBranchPricesItsWanCallsAtG711() {
        // The branch's 40 light users: 2 E, 7 calls by Erlang B at 1 %; bypassed 7 x 97 = 679 kbit/s fit 700, at
        // G.711 7 x 102 = 714 do not. Both HQ gateways' trunks bypass, so only the bypass IDs decide.
        base.gw2.setSupportsMediaBypass(true);
        base.root2.setMediaBypass(true);
        base.wan.setAudioBandwidthKbps(700);
        assertEquals(List.of(), targets("TL-MB-10"));

        constrainBranch();

        assertEquals(List.of(base.wan.getId()), targets("TL-MB-10"));
    }
}
