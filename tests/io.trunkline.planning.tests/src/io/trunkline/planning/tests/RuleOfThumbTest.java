package io.trunkline.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.trunkline.model.UsageProfile;
import io.trunkline.planning.RuleOfThumb;

/** The worked examples of domain.md §3 ([DS], [EVT]) and edge cases of the rules of thumb. */
class RuleOfThumbTest {

    @Test
    void twentyLightUsersNeedTwoPorts() {
        assertEquals(2, RuleOfThumb.ports(20, UsageProfile.LIGHT, 0));
    }

    @Test
    void hundredModerateUsersNeedTenPorts() {
        assertEquals(10, RuleOfThumb.ports(100, UsageProfile.MODERATE, 0));
    }

    @Test
    void fortySevenThousandHeavyUsersNeed9400PortsOnAtLeastTenGateways() {
        long ports = RuleOfThumb.ports(47_000, UsageProfile.HEAVY, 0);
        assertEquals(9_400, ports);
        assertEquals(10, RuleOfThumb.gatewaysFor(ports));
    }

    @Test
    void tenThousandModerateUsersNeedAThousandPorts() {
        assertEquals(1_000, RuleOfThumb.ports(10_000, UsageProfile.MODERATE, 0));
    }

    @Test
    void noUsersNeedNoPortsAndNoGateways() {
        assertEquals(0, RuleOfThumb.ports(0, UsageProfile.HEAVY, 0));
        assertEquals(0, RuleOfThumb.gatewaysFor(0));
    }

    @Test
    void portsRoundUp() {
        assertEquals(1, RuleOfThumb.ports(1, UsageProfile.LIGHT, 0));
        assertEquals(2, RuleOfThumb.ports(16, UsageProfile.LIGHT, 0));
        assertEquals(2, RuleOfThumb.gatewaysFor(961));
    }

    @Test
    void customRatesUseThePublishedProfileTheyFallIn() {
        assertEquals(RuleOfThumb.ports(150, UsageProfile.LIGHT, 0), RuleOfThumb.ports(150, UsageProfile.CUSTOM, 0.5));
        assertEquals(RuleOfThumb.ports(150, UsageProfile.MODERATE, 0), RuleOfThumb.ports(150, UsageProfile.CUSTOM, 1.5));
        assertEquals(RuleOfThumb.ports(150, UsageProfile.HEAVY, 0), RuleOfThumb.ports(150, UsageProfile.CUSTOM, 4));
    }

    @Test
    void aHugeSiteDoesNotOverflow() {
        assertEquals(400_000_000, RuleOfThumb.ports(2_000_000_000, UsageProfile.HEAVY, 0));
    }
}
