package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.Element;
import io.trunkline.model.Suppression;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationResult;

/**
 * Suppression of one finding on one element with a written reason: the finding leaves the counts but stays listed
 * with the reason; a suppression that cannot apply suppresses nothing and TL-SP-01 says why.
 */
class SuppressionTest {

    private static final String REASON = "Vendor confirmed 1,200 ports per chassis in writing (ticket 4711)";

    /** The base topology with gw1 at 1,200 ports: TL-GW-05 (at most 960 ports) on gw1 and nothing else. */
    private static Base overPorted() {
        Base base = new Base();
        base.gw1.setPstnPorts(1200);
        return base;
    }

    private static Suppression suppress(Base base, String rule, Element element, String reason) {
        Suppression suppression = Base.F.createSuppression();
        suppression.setId("supp-0000000" + (base.topology.getSuppressions().size() + 1));
        suppression.setName(rule + " on " + (element == null ? "nothing" : element.getName()));
        suppression.setRuleId(rule);
        suppression.setElement(element);
        suppression.setReason(reason);
        base.topology.getSuppressions().add(suppression);
        return suppression;
    }

    @Test
    void aSuppressedFindingLeavesTheCountsWithItsReason() {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw1, REASON);
        ValidationResult result = Validation.validate(base.topology);
        assertEquals(List.of(), ids(result.findings()));
        assertEquals(1, result.suppressed().size());
        assertEquals("TL-GW-05", result.suppressed().get(0).finding().rule().id());
        assertEquals(base.gw1, result.suppressed().get(0).finding().target());
        assertEquals(REASON, result.suppressed().get(0).reason());
    }

    @Test
    void aSuppressionOfAnotherRuleLeavesTheFinding() {
        Base base = overPorted();
        suppress(base, "TL-GW-04", base.gw1, REASON);
        assertEquals(List.of("TL-GW-05"), ids(Validation.validate(base.topology).findings()));
    }

    @Test
    void aSuppressionOnAnotherElementLeavesTheFinding() {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw2, REASON);
        assertEquals(List.of("TL-GW-05"), ids(Validation.validate(base.topology).findings()));
    }

    @Test
    void aSuppressionOfAnUnknownRuleIsReported() {
        Base base = new Base();
        Suppression suppression = suppress(base, "TL-GW-99", base.gw1, REASON);
        List<Finding> findings = Validation.validate(base.topology).findings();
        assertEquals(List.of("TL-SP-01"), ids(findings));
        assertEquals(suppression, findings.get(0).target());
        assertTrue(findings.get(0).message().contains("names rule 'TL-GW-99', which is not in the catalogue"), findings.get(0).message());
    }

    @Test
    void aSuppressionWhoseElementWasRemovedIsReportedAndSuppressesNothing() {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw1, REASON);
        base.hq.getTrunkPeers().remove(base.gw1);
        List<Finding> findings = Validation.validate(base.topology).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals("TL-SP-01") && f.message().contains("no longer in the topology")),
                findings.toString());
    }

    @Test
    void aSuppressionWithoutReasonSuppressesNothingAndIsReported() {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw1, "  ");
        assertEquals(List.of("TL-GW-05", "TL-SP-01"), ids(Validation.validate(base.topology).findings()));
    }

    @Test
    void aRuleSwitchedOffHasNothingToSuppress() throws RuleSettingsException {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw1, REASON);
        ValidationResult result = Validation.validate(base.topology, RuleSettings.parse("r", "TL-GW-05 = off"));
        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.suppressed());
    }

    @Test
    void liveValidationReportsTheSuppressionWhenItsElementIsRemoved() {
        Base base = overPorted();
        suppress(base, "TL-GW-05", base.gw1, REASON);
        LiveValidation live = new LiveValidation(base.topology);
        assertTrue(live.findings().stream().noneMatch(f -> f.rule().id().equals("TL-SP-01")));
        base.hq.getTrunkPeers().remove(base.gw1); // a plain removal: the suppression's reference stays, unnotified
        assertEquals(keys(Validation.validate(base.topology).findings()), keys(live.findings()), "live equals a full pass");
        assertTrue(live.findings().stream().anyMatch(f -> f.rule().id().equals("TL-SP-01")));
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id()).toList();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }
}
