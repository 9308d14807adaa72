package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationResult;

class ExamplesValidationTest {

    @TestFactory
    Stream<DynamicTest> validExamplesHaveNoErrors() {
        return Examples.names().stream().filter(n -> !n.equals(Examples.FLAWED)).map(name -> DynamicTest.dynamicTest(name, () -> {
            ValidationResult result = Validation.validate(Examples.load(name, TopologyFiles.newResourceSet()));
            assertFalse(result.hasErrors(), name + ": " + result.findings().stream()
                    .map(f -> f.severity() + " " + f.rule().id() + " " + f.message()).toList());
        }));
    }

    @Test
    void theFlawedExampleTripsAtLeastTwentyDistinctRules() throws Exception {
        ValidationResult result = Validation.validate(Examples.load(Examples.FLAWED, TopologyFiles.newResourceSet()));
        Set<String> rules = new TreeSet<>();
        result.findings().stream().map(Finding::rule).forEach(r -> rules.add(r.id()));
        assertTrue(rules.size() >= 20, rules.size() + " rules: " + rules);
        assertTrue(result.hasErrors());
    }
}
