package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.MediationKind;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/** Findings from sizing say every shortfall and what to do about it (issue 15, defects 1, 2 and 6). */
class SizingFindingsTest {

    private static List<String> messages(Base base, String rule, String elementId) {
        return Validation.validate(base.topology).findings().stream()
                .filter(f -> f.rule().id().equals(rule) && f.target().getId().equals(elementId)).map(Finding::message)
                .toList();
    }

    @Test
    void aPortShortfallDoesNotHideTooFewGateways() {
        Base base = new Base();
        base.hq.setUsers(47_000);
        base.hq.setUsageProfile(UsageProfile.HEAVY);
        base.gw1.setPstnPorts(960);
        base.gw2.setPstnPorts(960);
        for (int i = 3; i <= 9; i++) {
            TrunkPeer gateway = Base.gateway(base.hq, "peer-0000000" + i, "gw" + i + ".hq.example", 960);
            base.trunk("trunk-0000000" + i, base.med, gateway, true);
        }
        // HQ carries 47,000 heavy (9,400 ports) + the branch's 40 light (⌈40 / 15⌉ = 3) = 9,403 ports;
        // 9 x 960 = 8,640 drawn (763 short) and ⌈9,403 / 960⌉ = 10 gateways needed, 9 drawn.
        List<String> ports = messages(base, "TL-GW-06", "site-00000001");
        List<String> gateways = messages(base, "TL-GW-07", "site-00000001");
        assertEquals(1, ports.size(), ports.toString());
        assertTrue(ports.get(0).contains("763 short"), ports.get(0));
        assertEquals(1, gateways.size(), gateways.toString());
        assertTrue(gateways.get(0).contains("at least 10 gateways"), gateways.get(0));
        assertTrue(gateways.get(0).contains("9 drawn"), gateways.get(0));
    }

    private static Base collocatedOnTwoFrontEndServers(int heavyUsers) {
        Base base = new Base();
        base.hq.setUsers(heavyUsers);
        base.hq.setUsageProfile(UsageProfile.HEAVY);
        base.gw1.setPstnPorts(240);
        base.gw2.setPstnPorts(240);
        base.med.setKind(MediationKind.COLLOCATED_FE);
        base.med.setCollocatedWith(base.fe);
        base.med.setServers(2);
        base.fe.setServers(2);
        return base;
    }

    @Test
    void collocatedMediationOverItsPeakOfConcurrentCallsIsReported() {
        // 1,900 heavy + 40 light: 380 + 3 = 383 concurrent calls by the rule of thumb; A = 285 + 2 = 287 E, whose
        // Erlang B at 1 % is 311 ports (exact rational recurrence); either is above 2 x 150 = 300. The busy-hour
        // average, 287, is not.
        List<String> found = messages(collocatedOnTwoFrontEndServers(1_900), "TL-MS-04", "med-00000001");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("up to 383 concurrent non-bypass calls"), found.get(0));
        assertTrue(found.get(0).contains("its capacity is 300"), found.get(0));
    }

    @Test
    void theMediationFindingSaysHowManyServersToAddOrToDeployStandAlone() {
        String message = messages(collocatedOnTwoFrontEndServers(1_900), "TL-MS-04", "med-00000001").get(0);
        // ⌈383 / 150⌉ = 3 Front End servers, one more than drawn; or ⌈383 / 1,100⌉ = 1 stand-alone server.
        assertTrue(message.contains("Add 1 Front End server(s) (3 x 150 = 450 calls)"), message);
        assertTrue(message.contains("deploy a stand-alone Mediation pool of 1 server(s)"), message);
    }

    @Test
    void aBranchWithoutRegistrarAndMediationNamesBothMissingRoles() {
        Base base = new Base();
        base.branch.setPstnServedBy(null);
        TrunkPeer gateway = Base.gateway(base.branch, "peer-00000003", "gw.branch.example", 8);
        base.trunk("trunk-00000003", base.med, gateway, true);
        base.wan.setResilient(false);
        List<String> found = messages(base, "TL-BR-01", "branch-00000001");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("no Registrar and no Mediation Server on site"), found.get(0));
    }
}
