package io.trunkline.export.internal;

import java.util.List;
import java.util.Locale;

import io.trunkline.validation.Finding;

/** Every finding with its rule, element and source, so the deployment team sees what is still open. */
final class ValidationSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Severity", 9), Column.text("Rule", 10),
            Column.text("Element", 26), Column.text("Element id", 18), Column.text("Message", 60),
            Column.text("Source", 10), Column.text("Where", 24));

    private ValidationSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Finding> findings = in.validation().findings();
        return new Sheet("Validation", COLUMNS, findings.size(), i -> {
            Finding f = findings.get(i);
            return new Rows().text(f.severity().name().toLowerCase(Locale.ROOT)).text(f.rule().id())
                    .text(Rows.name(f.target())).text(f.target().getId()).text(f.message())
                    .text(f.rule().source().key()).text(f.rule().source().section()).done();
        });
    }
}
