package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.validation.Finding;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleCatalogue;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationReport;
import io.trunkline.validation.tests.RuleScenarios.Scenario;

/** The catalogue as a whole, and one violating and one satisfying model for every rule. */
class RuleCatalogueTest {

    @Test
    void thereAreAtLeastThirtyRulesWithUniqueIdsAndSources() {
        List<Rule> rules = RuleCatalogue.all();
        assertTrue(rules.size() >= 30, "rules: " + rules.size());
        Set<String> ids = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (Rule rule : rules) {
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(codes.add(rule.code()), "duplicate code " + rule.code());
            assertTrue(rule.id().matches("TL-[A-Z]{2}-\\d{2}"), rule.id());
            assertFalse(rule.source().key().isBlank(), rule.id());
            assertFalse(rule.source().sentence().isBlank(), rule.id());
        }
    }

    @Test
    void everyRuleHasAScenario() {
        Set<String> covered = new HashSet<>();
        RuleScenarios.all().forEach(s -> covered.add(s.rule()));
        RuleCatalogue.all().forEach(rule -> assertTrue(covered.contains(rule.id()), "no scenario for " + rule.id()));
    }

    @Test
    void theBaseTopologyBreaksNoRule() {
        List<Finding> findings = Validation.validate(new Base().topology).findings();
        assertEquals(List.of(), findings.stream().map(f -> f.rule().id() + " " + f.message()).toList());
    }

    @TestFactory
    Stream<DynamicContainer> eachRuleFiresOnItsViolationAndNotOnItsNearMiss() {
        return RuleScenarios.all().stream().map(scenario -> DynamicContainer.dynamicContainer(scenario.rule(), Stream.of(
                DynamicTest.dynamicTest("violated", () -> assertFires(scenario, true)),
                DynamicTest.dynamicTest("satisfied", () -> assertFires(scenario, false)))));
    }

    private static void assertFires(Scenario scenario, boolean violated) {
        Base base = new Base();
        (violated ? scenario.violate() : scenario.satisfy()).accept(base);
        List<Finding> findings = Validation.validate(base.topology).findings();
        boolean fired = findings.stream().anyMatch(f -> f.rule().id().equals(scenario.rule()));
        assertEquals(violated, fired, scenario.rule() + (violated ? " did not fire" : " fired") + ": "
                + findings.stream().map(f -> f.rule().id() + " " + f.message()).toList());
    }

    @Test
    void theDiagnosticianReportsStructuralAndPlanningProblemsTogether() {
        io.trunkline.validation.TrunklineValidator.register();
        Base base = new Base();
        base.gw1.setPstnPorts(1200);
        base.root2.setPeer(null);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(base.topology);
        List<String> messages = diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("TL-GW-05")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("peer")), "EMF's own multiplicity check: " + messages);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
    }

    @Test
    void docsRulesMdIsTheGeneratedCatalogue() throws Exception {
        Path doc = Path.of("..", "..", "docs", "rules.md");
        String expected = ValidationReport.catalogueMarkdown();
        if (!Files.exists(doc) || !Files.readString(doc, StandardCharsets.UTF_8).equals(expected)) {
            Files.writeString(Path.of("target", "rules.md"), expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(doc), "docs/rules.md is missing; copy tests/io.trunkline.validation.tests/target/rules.md");
        assertEquals(expected, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/rules.md is out of date; copy tests/io.trunkline.validation.tests/target/rules.md over it");
    }
}
