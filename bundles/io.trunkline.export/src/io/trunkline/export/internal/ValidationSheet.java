package io.trunkline.export.internal;

import java.util.List;
import java.util.Locale;

import io.trunkline.validation.Finding;
import io.trunkline.validation.SuppressedFinding;

/**
 * Every finding with its rule, element and source, so the deployment team sees what is still open; accepted risks
 * follow as suppressed rows with the architect's reason.
 */
final class ValidationSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Severity", 9), Column.text("Rule", 10),
            Column.text("Element", 26), Column.text("Element id", 18), Column.text("Message", 60),
            Column.text("Source", 10), Column.text("Where", 24));

    private ValidationSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Finding> findings = in.validation().findings();
        List<SuppressedFinding> suppressed = in.validation().suppressed();
        return new Sheet("Validation", COLUMNS, findings.size() + suppressed.size(), i -> {
            if (i < findings.size()) {
                Finding f = findings.get(i);
                return row(f, severity(f), f.message());
            }
            SuppressedFinding s = suppressed.get(i - findings.size());
            return row(s.finding(), "suppressed " + severity(s.finding()), s.finding().message() + " Suppressed: " + s.reason());
        });
    }

    private static String severity(Finding f) {
        return f.severity().name().toLowerCase(Locale.ROOT);
    }

    private static List<Cell> row(Finding f, String severity, String message) {
        return new Rows().text(severity).text(f.rule().id()).text(Rows.name(f.target())).text(f.target().getId())
                .text(message).text(f.rule().source().key()).text(f.rule().source().section()).done();
    }
}
