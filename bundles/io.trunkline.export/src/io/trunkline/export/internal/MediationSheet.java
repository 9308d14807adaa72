package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.planning.PoolLoad;
import io.trunkline.validation.RuleContext;

/** Mediation pools with their concurrent-call load against capacity; utilisation is a formula. */
final class MediationSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Site", 20), Column.text("Pool", 28),
            Column.text("FQDN", 28), Column.text("Collocation", 14), Column.integer("Servers"),
            Column.text("Hyper-threading", 8), Column.integer("Trunks"), Column.decimal("Traffic (erlangs)"),
            Column.decimal("Non-bypass calls"), Column.integer("Capacity (calls)"), Column.percent("Utilisation"),
            Column.text("Verdict", 14));

    private MediationSheet() {
    }

    static Sheet build(ExportInput in) {
        List<PoolLoad> loads = in.sizing().mediationLoad();
        return new Sheet("Mediation Servers", COLUMNS, loads.size(), i -> {
            PoolLoad load = loads.get(i);
            int excelRow = i + 2;
            Rows row = new Rows().text(Rows.name(RuleContext.siteOf(load.pool()))).text(Rows.name(load.pool()))
                    .text(load.pool().getFqdn()).text(Rows.literal(load.pool().getKind()))
                    .number(load.pool().getServers()).yesNo(load.pool().isHyperThreading())
                    .number(RuleContext.trunks(load.pool()).size()).number(load.erlangs()).number(load.nonBypassCalls());
            if (load.capacity().isPresent()) {
                row.number(load.capacity().getAsInt())
                        .formula("IF(J" + excelRow + ">0,I" + excelRow + "/J" + excelRow + ",0)", load.utilisation())
                        .text(load.overCapacity() ? "over capacity" : "within capacity");
            } else {
                row.text("not published").text("").text("by branch user range");
            }
            return row.done();
        });
    }
}
