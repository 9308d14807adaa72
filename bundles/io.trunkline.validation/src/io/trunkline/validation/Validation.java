package io.trunkline.validation;

import java.util.List;

import io.trunkline.model.Topology;

/** A full validation pass over a topology with every rule of the catalogue. */
public final class Validation {

    private Validation() {
    }

    /** Validates {@code topology}; the result lists findings ordered by rule id, element id and message. */
    public static ValidationResult validate(Topology topology) {
        return validate(topology, RuleSettings.defaults());
    }

    /**
     * Validates {@code topology} with the rules {@code settings} leave on, at the severities they give; the findings
     * its suppressions accept are listed apart.
     */
    public static ValidationResult validate(Topology topology, RuleSettings settings) {
        RuleRunner runner = new RuleRunner(RuleCatalogue.all());
        List<Finding> findings = settings.apply(RuleRunner.ordered(runner.runAll(topology, RuleContext.oneShot(topology)).values()));
        return Suppressions.of(topology).split(findings);
    }
}
