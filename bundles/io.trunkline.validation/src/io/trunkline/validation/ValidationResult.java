package io.trunkline.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * What a validation found.
 *
 * @param findings every finding, ordered by rule id, element id and message
 */
public record ValidationResult(List<Finding> findings) {

    /** Creates a result; the list is copied. */
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** Findings of one severity. */
    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The findings as one EMF diagnostic with a child per finding. */
    public Diagnostic toDiagnostic() {
        BasicDiagnostic root = new BasicDiagnostic(Finding.DIAGNOSTIC_SOURCE, 0, "Trunkline planning rules", null);
        findings.forEach(f -> root.add(f.toDiagnostic()));
        return root;
    }
}
