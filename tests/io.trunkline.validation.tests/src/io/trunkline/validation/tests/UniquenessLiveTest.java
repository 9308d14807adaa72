package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Validation;

/**
 * Issue 18 item 1: the uniqueness rules (TL-GW-12/13/14, TL-ID-01/02/03) look each element's group up in a key
 * index that live validation keeps up to date; an edit that makes, moves or breaks a duplicate changes the
 * findings of every member of the groups it touched, and nothing else. Expected findings are written out by hand
 * from {@link Base}: one central site HQ (peers gw1, gw2 in that order; Mediation pool med.hq.example), the
 * root trunks trunk-00000001 (med to gw1) and trunk-00000002 (med to gw2), both with the default ports 5067/5067,
 * and the branch "Branch".
 */
class UniquenessLiveTest {

    /** Each finding of {@code rule} as "element id: message", in the live result, after checking it equals a full pass. */
    private static List<String> findings(LiveValidation live, Base base, String rule) {
        List<String> full = Validation.validate(base.topology).findings().stream().filter(f -> f.rule().id().equals(rule))
                .map(UniquenessLiveTest::line).toList();
        List<String> incremental = live.findings().stream().filter(f -> f.rule().id().equals(rule))
                .map(UniquenessLiveTest::line).toList();
        assertEquals(full, incremental, "live findings of " + rule + " equal a full pass");
        return incremental;
    }

    private static String line(Finding finding) {
        return finding.target().getId() + ": " + finding.message();
    }

    @Test
    void removingOneOfTwoGatewaysWithTheSameFqdnClearsTheFindingOnTheOther() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        base.gw2.setAddress("GW1.hq.example");
        // gw1 comes first in HQ's peers, so gw2 repeats it (FQDNs compare case-insensitively).
        assertEquals(List.of("peer-00000002: PSTN gateway 'gw2.hq.example' has the FQDN GW1.hq.example that PSTN gateway "
                + "'gw1.hq.example' already uses."), findings(live, base, "TL-ID-01"));

        EcoreUtil.remove(base.gw1);

        assertEquals(List.of(), findings(live, base, "TL-ID-01"));
    }

    @Test
    void renamingASiteToAnotherSitesNameRaisesTheFindingOnTheLaterSiteNamingTheFirst() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);

        base.branch.setName("hq");

        // HQ comes before its branch; names compare case-insensitively.
        assertEquals(List.of("branch-00000001: Site name 'hq' is used by central site 'HQ' too."),
                findings(live, base, "TL-ID-03"));
    }

    @Test
    void renamingTheFirstOfTwoSameNamedSitesAwayClearsTheFindingOnTheOther() {
        Base base = new Base();
        base.branch.setName("HQ");
        LiveValidation live = new LiveValidation(base.topology);

        base.hq.setName("Head office");

        assertEquals(List.of(), findings(live, base, "TL-ID-03"));
    }

    @Test
    void renamingASiteBackFromAClashClearsTheFinding() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        base.branch.setName("HQ");
        base.branch.setName("Branch");

        assertEquals(List.of(), findings(live, base, "TL-ID-03"));
    }

    @Test
    void removingTheFirstOfTwoSameNamedTrunksClearsTheFindingOnTheSecond() {
        Base base = new Base();
        base.root2.setName("GW1.hq.example");
        LiveValidation live = new LiveValidation(base.topology);
        assertEquals(List.of("trunk-00000002: Trunk name 'GW1.hq.example' is used twice (trunk-00000002 and trunk-00000001)."),
                findings(live, base, "TL-GW-14"));

        EcoreUtil.remove(base.root1);
        base.root1.setPeer(null);
        base.root1.setMediationPool(null);

        assertEquals(List.of(), findings(live, base, "TL-GW-14"));
    }

    @Test
    void movingTheSecondOfTwoSameNamedTrunksFirstReportsTheOtherOne() {
        Base base = new Base();
        base.root2.setName("gw1.hq.example");
        LiveValidation live = new LiveValidation(base.topology);

        base.topology.getTrunks().move(0, base.root2);

        // trunk-00000002 now comes first, so trunk-00000001 is the one that repeats its name.
        assertEquals(List.of("trunk-00000001: Trunk name 'gw1.hq.example' is used twice (trunk-00000001 and trunk-00000002)."),
                findings(live, base, "TL-GW-14"));
    }

    @Test
    void movingATrunkToTheOtherTrunksPeerRepeatsItsPortPair() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);

        base.root2.setPeer(base.gw1);

        // Both trunks now run med to gw1 on the default ports 5067 and 5067.
        assertEquals(List.of("trunk-00000002: trunk 'gw2.hq.example' uses Mediation port 5067 and peer port 5067 like "
                + "trunk 'gw1.hq.example' between the same pool and peer."), findings(live, base, "TL-GW-13"));
    }

    @Test
    void movingTheTrunkBackToItsOwnPeerClearsTheRepeatedPortPair() {
        Base base = new Base();
        LiveValidation live = new LiveValidation(base.topology);
        base.root2.setPeer(base.gw1);

        base.root2.setPeer(base.gw2);

        assertEquals(List.of(), findings(live, base, "TL-GW-13"));
    }

    @Test
    void changingTheCaseOfAPoolsFqdnRewritesTheRepeatedIdentityMessage() {
        Base base = new Base();
        base.root2.setPeer(base.gw1);
        LiveValidation live = new LiveValidation(base.topology);

        base.med.setFqdn("MED.hq.example");

        // The identity is compared case-insensitively, so it is still repeated; the message shows the FQDN as typed.
        assertEquals(List.of("trunk-00000002: trunk 'gw2.hq.example' repeats the identity of trunk 'gw1.hq.example' "
                + "(MED.hq.example:5067 to gw1.hq.example:5067)."), findings(live, base, "TL-GW-12"));
    }

    @Test
    void changingTheAddressAGatewaySharedClearsTheFindingOnTheOther() {
        Base base = new Base();
        base.gw1.setAddress("192.0.2.10");
        base.gw2.setAddress("192.0.2.10");
        LiveValidation live = new LiveValidation(base.topology);
        assertEquals(List.of("peer-00000002: PSTN gateway 'gw2.hq.example' uses the IP address 192.0.2.10 that PSTN gateway "
                + "'gw1.hq.example' already uses; give each its own address."), findings(live, base, "TL-ID-02"));

        base.gw1.setAddress("192.0.2.11");

        assertEquals(List.of(), findings(live, base, "TL-ID-02"));
    }

    @Test
    void aCollocatedMediationPoolStartsToClashWhenItsHostsFqdnChanges() {
        Base base = new Base();
        base.med.setFqdn("pool.hq.example");
        base.med.setCollocatedWith(base.fe);
        LiveValidation live = new LiveValidation(base.topology);
        assertEquals(List.of(), findings(live, base, "TL-ID-01"));

        base.fe.setFqdn("fe.hq.example");
        base.gw1.setAddress("pool.hq.example");

        // The Mediation pool no longer shares its host's FQDN, so it is an FQDN of its own; HQ's peers come before
        // its Mediation pools, so the pool repeats gw1's.
        assertEquals(List.of("med-00000001: Mediation pool 'HQ Mediation' has the FQDN pool.hq.example that PSTN gateway "
                + "'gw1.hq.example' already uses."), findings(live, base, "TL-ID-01"));
    }
}
