package io.trunkline.validation.rules;

import static io.trunkline.validation.ElementRule.rule;
import static io.trunkline.validation.Severity.WARNING;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Suppression;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleCatalogue;
import io.trunkline.validation.RuleContext;
import io.trunkline.validation.RuleSource;

/**
 * A suppression records an accepted risk; one that cannot apply (its rule unknown, its element gone, no reason
 * written) suppresses nothing, and this family says so rather than dropping it silently.
 */
public final class SuppressionRules {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;

    private SuppressionRules() {
    }

    /** The rules of this family, by id. */
    public static List<Rule> all() {
        return List.of(rule("TL-SP-01", 1001, WARNING, "A suppression names a rule of the catalogue, an element of the topology and a reason",
                new RuleSource("Trunkline", "issue 15, rules users configure [inferred]",
                        "Suppression of one finding on one element with a written reason, stored in the topology: the way architects record an accepted risk."),
                Suppression.class, P.getSuppression()).alsoWhen(SuppressionRules::namingTheElement).checking((suppression, ctx, out) -> {
                    String rule = suppression.getRuleId() == null ? "" : suppression.getRuleId();
                    if (RuleCatalogue.byId(rule).isEmpty()) {
                        out.report(suppression, "The suppression '" + shown(suppression.getName()) + "' names rule '" + shown(rule)
                                + "', which is not in the catalogue ('trunkline rules' lists them); it suppresses nothing.");
                    }
                    if (suppression.getElement() == null || EcoreUtil.getRootContainer(suppression.getElement()) != ctx.topology()) {
                        out.report(suppression, "The suppression '" + shown(suppression.getName()) + "' of " + shown(rule)
                                + " names an element that is no longer in the topology; it suppresses nothing. Delete it, or suppress the finding again on the element it now concerns.");
                    }
                    if (suppression.getReason() == null || suppression.getReason().isBlank()) {
                        out.report(suppression, "The suppression '" + shown(suppression.getName()) + "' of " + shown(rule)
                                + " has no written reason; an accepted risk needs one, so it suppresses nothing.");
                    }
                }));
    }

    /**
     * An element added or removed (a removal without EMF's delete command leaves the suppression's reference in
     * place, so the suppression itself hears nothing): the suppressions naming it.
     */
    private static void namingTheElement(EObject changed, EStructuralFeature feature, RuleContext context, Collection<EObject> into) {
        if (feature == null) {
            for (Suppression suppression : context.topology().getSuppressions()) {
                if (suppression.getElement() == changed) {
                    into.add(suppression);
                }
            }
        }
    }

    private static String shown(String text) {
        return text == null ? "" : UserText.printable(text, TopologyLimits.MAX_NAME_LENGTH);
    }
}
