package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.validation.Validation;

/** Each scenario that names the elements a violation is reported on gets its finding on exactly those elements. */
class RuleTargetsTest {

    @TestFactory
    Stream<DynamicTest> eachViolationIsReportedOnTheElementAtFault() {
        return RuleScenarios.all().stream().filter(s -> s.firesOn() != null).map(scenario -> DynamicTest.dynamicTest(
                scenario.rule(), () -> {
                    Base base = new Base();
                    scenario.violate().accept(base);
                    Set<String> reportedOn = Validation.validate(base.topology).findings().stream()
                            .filter(f -> f.rule().id().equals(scenario.rule())).map(f -> f.target().getId())
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(new TreeSet<>(scenario.firesOn()), reportedOn, scenario.rule());
                }));
    }
}
