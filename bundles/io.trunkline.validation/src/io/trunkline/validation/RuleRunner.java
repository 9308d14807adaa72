package io.trunkline.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Topology;

/** Runs rules against targets; shared by the full pass and live validation. */
final class RuleRunner {

    /** One rule applied to one target. */
    record Check(Rule rule, EObject target) {
    }

    private final List<Rule> rules;
    private final Map<EClass, List<Rule>> rulesByClass = new HashMap<>();

    RuleRunner(List<Rule> rules) {
        this.rules = rules;
    }

    List<Rule> rules() {
        return rules;
    }

    List<Rule> rulesFor(EClass type) {
        return rulesByClass.computeIfAbsent(type, t -> rules.stream()
                .filter(r -> r.targets().stream().anyMatch(target -> target.isSuperTypeOf(t))).toList());
    }

    List<Finding> run(Check check, RuleContext context) {
        Findings findings = new Findings(check.rule());
        check.rule().check(check.target(), context, findings);
        return findings.list();
    }

    /** Every check of every rule on the topology, with the findings of those that found something. */
    Map<Check, List<Finding>> runAll(Topology topology, RuleContext context) {
        Map<Check, List<Finding>> results = new HashMap<>();
        visit(topology, context, results);
        for (Iterator<EObject> all = topology.eAllContents(); all.hasNext();) {
            visit(all.next(), context, results);
        }
        return results;
    }

    private void visit(EObject object, RuleContext context, Map<Check, List<Finding>> results) {
        for (Rule rule : rulesFor(object.eClass())) {
            Check check = new Check(rule, object);
            List<Finding> found = run(check, context);
            if (!found.isEmpty()) {
                results.put(check, found);
            }
        }
    }

    static List<Finding> ordered(Iterable<List<Finding>> groups) {
        List<Finding> all = new ArrayList<>();
        groups.forEach(all::addAll);
        all.sort(FINDING_ORDER);
        return all;
    }

    static final java.util.Comparator<Finding> FINDING_ORDER = java.util.Comparator
            .comparing((Finding f) -> f.rule().id()).thenComparing(f -> String.valueOf(f.target().getId()))
            .thenComparing(Finding::message);
}
