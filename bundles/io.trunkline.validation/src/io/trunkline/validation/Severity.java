package io.trunkline.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How serious a finding is (domain-catalogue.md §2): an error where the documentation says <i>must</i> or
 * Topology Builder refuses it, a warning where it says <i>recommend</i> or a capacity is exceeded, info for
 * advice.
 */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic} severity. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }
}
