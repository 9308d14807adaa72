package io.trunkline.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;

/**
 * One rule violated by one element.
 *
 * @param rule     the rule
 * @param target   the element the finding is reported on (markers and badges attach here)
 * @param message  what is wrong, naming the elements and numbers involved
 * @param involved every element the message depends on, the target first
 * @param severity the rule's severity, or the one the user's {@link RuleSettings} give it
 */
public record Finding(Rule rule, Element target, String message, List<EObject> involved, Severity severity) {

    /** Source of the diagnostics this bundle produces. */
    public static final String DIAGNOSTIC_SOURCE = "io.trunkline.validation";

    /** Creates a finding; the involved list is copied. */
    public Finding {
        involved = List.copyOf(involved);
    }

    /** A finding at the severity of its rule. */
    public Finding(Rule rule, Element target, String message, List<EObject> involved) {
        this(rule, target, message, involved, rule.severity());
    }

    /** The same finding at another severity (the key stays the same). */
    public Finding withSeverity(Severity other) {
        return other == severity ? this : new Finding(rule, target, message, involved, other);
    }

    /** Identity for comparing result sets: rule, element id and message. */
    public String key() {
        return rule.id() + "|" + target.getId() + "|" + message;
    }

    /** The finding as an EMF diagnostic whose data are the involved elements. */
    public Diagnostic toDiagnostic() {
        return new BasicDiagnostic(severity.diagnosticSeverity(), DIAGNOSTIC_SOURCE, rule.code(),
                rule.id() + " " + message, involved.toArray());
    }
}
