package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.planning.SurvivableBranchCheck;
import io.trunkline.validation.RuleContext;

/** SBAs and SBSs with their branch users against the supported range [EVR]. */
final class SurvivableSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Site", 20), Column.text("Name", 24),
            Column.text("Kind", 6), Column.text("FQDN", 28), Column.integer("Users"), Column.integer("Recommended from"),
            Column.integer("Supported up to"), Column.text("Central Front End pool", 24), Column.text("Gateway", 24),
            Column.text("Verdict", 14));

    private SurvivableSheet() {
    }

    static Sheet build(ExportInput in) {
        List<SurvivableBranchCheck> checks = in.sizing().survivables();
        return new Sheet("SBA-SBS", COLUMNS, checks.size(), i -> {
            SurvivableBranchCheck check = checks.get(i);
            var box = check.survivable();
            return new Rows().text(Rows.name(RuleContext.siteOf(box))).text(Rows.name(box)).text(box.getKind().getLiteral())
                    .text(box.getFqdn()).number(check.users()).number(check.minUsers()).number(check.maxUsers())
                    .text(Rows.name(box.getFrontEndPool())).text(Rows.name(box.getGateway()))
                    .text(check.overLimit() ? "over limit" : check.belowRecommendedRange() ? "below range" : "within range")
                    .done();
        });
    }
}
