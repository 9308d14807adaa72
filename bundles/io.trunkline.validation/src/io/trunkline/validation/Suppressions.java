package io.trunkline.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Element;
import io.trunkline.model.Suppression;
import io.trunkline.model.Topology;

/**
 * The findings a topology's suppressions accept: a suppression names one rule and one element, with the
 * architect's reason, and takes every finding of that rule on that element out of the counts into the suppressed
 * list. A suppression that names no rule of the catalogue, no element of the topology or no reason suppresses
 * nothing; rule TL-SP-01 reports it.
 */
public final class Suppressions {

    private final Map<String, String> reasons;

    private Suppressions(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    /** The suppressions written in {@code topology}. */
    public static Suppressions of(Topology topology) {
        Map<String, String> reasons = new HashMap<>();
        for (Suppression suppression : topology.getSuppressions()) {
            Element element = suppression.getElement();
            // the conditions TL-SP-01 checks: what it reports must suppress nothing
            if (element != null && EcoreUtil.getRootContainer(element) == topology && suppression.getReason() != null
                    && !suppression.getReason().isBlank() && RuleCatalogue.byId(String.valueOf(suppression.getRuleId())).isPresent()) {
                reasons.putIfAbsent(key(suppression.getRuleId(), element.getId()), suppression.getReason());
            }
        }
        return new Suppressions(reasons);
    }

    /** The reason the finding of {@code ruleId} on the element {@code elementId} is suppressed, if it is. */
    public Optional<String> reason(String ruleId, String elementId) {
        return Optional.ofNullable(reasons.get(key(ruleId, elementId)));
    }

    /** {@code findings} split into those that count and those suppressed, each list in the order given. */
    public ValidationResult split(List<Finding> findings) {
        if (reasons.isEmpty()) {
            return new ValidationResult(findings);
        }
        List<Finding> counted = new ArrayList<>(findings.size());
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            String reason = reasons.get(key(finding.rule().id(), finding.target().getId()));
            if (reason == null) {
                counted.add(finding);
            } else {
                suppressed.add(new SuppressedFinding(finding, reason));
            }
        }
        return new ValidationResult(counted, suppressed);
    }

    private static String key(String ruleId, String elementId) {
        return ruleId + "|" + elementId;
    }
}
