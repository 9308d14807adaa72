package io.trunkline.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * What a validation found.
 *
 * @param findings   every finding that counts, ordered by rule id, element id and message
 * @param suppressed the findings the topology's suppressions accept, in the same order; they count for nothing
 */
public record ValidationResult(List<Finding> findings, List<SuppressedFinding> suppressed) {

    /** Creates a result; the lists are copied. */
    public ValidationResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** A result with nothing suppressed. */
    public ValidationResult(List<Finding> findings) {
        this(findings, List.of());
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
