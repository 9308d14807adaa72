package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.model.BranchSite;
import io.trunkline.model.Site;
import io.trunkline.planning.PlanningFigures;
import io.trunkline.planning.SiteSizing;

/**
 * Per-site sizing. "Ports (rule of thumb)" and "Shortfall" are formulas over the users, users-per-port and
 * drawn-ports cells, so a planner who changes a number in the sheet sees the requirement follow.
 */
final class SitesSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Site", 24), Column.text("Type", 8),
            Column.text("Central site", 20), Column.text("City", 14), Column.text("Country", 8),
            Column.integer("Users carried"), Column.text("Usage profile", 12), Column.integer("Users per port"),
            Column.integer("Ports (rule of thumb)"), Column.decimal("Traffic (erlangs)"),
            Column.integer("Ports (Erlang B)"), Column.integer("Ports drawn"), Column.integer("Shortfall"),
            Column.percent("Blocking of drawn ports"), Column.text("PSTN served by", 16), Column.text("Verdict", 40));

    private SitesSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Site> sites = in.sites();
        // A table too long to hold is made three times (to measure the columns and write the CSV, for the workbook,
        // for the report); its verdicts, sentences of several formatted numbers, only once: they were 7 % of a large
        // export's time. The first thread reads a verdict only after the second has measured the table, so it sees
        // the one made.
        String[] verdicts = new String[sites.size()];
        return new Sheet("Sites", COLUMNS, sites.size(), i -> {
            Site site = sites.get(i);
            SiteSizing s = in.sizing().site(site.getId()).orElseThrow();
            if (verdicts[i] == null) {
                verdicts[i] = s.verdictText();
            }
            int excelRow = i + 2;
            boolean ownUsersOnly = s.users() == Math.max(0, site.getUsers()) && s.servedBy().isEmpty();
            int usersPerPort = PlanningFigures.usersPerPort(site.getUsageProfile(), site.getCustomCallsPerUserBusyHour());
            Rows row = new Rows().text(Rows.name(site)).text(site instanceof BranchSite ? "branch" : "central")
                    .text(site instanceof BranchSite ? Rows.name((Site) site.eContainer()) : "").text(site.getCity())
                    .text(site.getCountryRegion()).number(s.users()).text(Rows.literal(site.getUsageProfile()))
                    .number(usersPerPort);
            if (ownUsersOnly) {
                row.formula("ROUNDUP(F" + excelRow + "/H" + excelRow + ",0)", s.ruleOfThumbPorts());
            } else {
                row.number(s.ruleOfThumbPorts());
            }
            row.number(s.erlangs()).number(s.erlangBPorts()).number(s.drawnPorts())
                    .formula("MAX(0,I" + excelRow + "-L" + excelRow + ")", s.portShortfall())
                    .number(s.drawnBlocking()).text(s.servedBy().map(Rows::name).orElse(""))
                    .text(verdicts[i]);
            return row.done();
        });
    }
}
