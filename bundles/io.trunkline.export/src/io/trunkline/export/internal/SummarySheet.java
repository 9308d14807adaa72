package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.BranchSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.planning.OrganisationSizing;
import io.trunkline.validation.Severity;

/** The first sheet: the topology, its planning defaults, totals and open findings. */
final class SummarySheet {

    private SummarySheet() {
    }

    static Sheet build(ExportInput in) {
        Topology t = in.topology();
        OrganisationSizing org = in.sizing().organisation();
        List<List<Cell>> rows = new ArrayList<>();
        add(rows, "Topology", t.getName());
        add(rows, "Organisation", t.getOrganisation());
        add(rows, "SIP domains", String.join(", ", t.getSipDomains()));
        long branches = in.sites().stream().filter(BranchSite.class::isInstance).count();
        add(rows, "Central sites", t.getCentralSites().size());
        add(rows, "Branch sites", branches);
        add(rows, "Enterprise Voice users", org.users());
        add(rows, "Grade of service (Erlang B)", new Cell.Number(t.getGradeOfService(), Column.Type.PERCENT));
        add(rows, "Mean holding time (s)", t.getMeanHoldingTimeSeconds());
        add(rows, "Media bypass", Rows.literal(t.getMediaBypassMode()));
        add(rows, "PSTN ports needed (rule of thumb)", org.ruleOfThumbPorts());
        add(rows, "PSTN ports needed (Erlang B, sum of sites)", org.erlangBPorts());
        add(rows, "PSTN ports drawn", org.drawnPorts());
        add(rows, "PSTN gateways drawn", org.pstnGateways());
        add(rows, "PSTN gateways needed", org.gatewaysNeeded());
        add(rows, "Open errors", in.validation().of(Severity.ERROR).size());
        add(rows, "Open warnings", in.validation().of(Severity.WARNING).size());
        add(rows, "Open infos", in.validation().of(Severity.INFO).size());
        for (Site site : in.sites()) {
            add(rows, "Deployment option: " + Rows.name(site), Rows.literal(site.getDeploymentOption()));
        }
        return Sheet.listed("Summary", List.of(Column.text("Item", 44), Column.text("Value", 46)), rows);
    }

    /** A row; a number shows as a count, a {@link Cell} as it says. */
    private static void add(List<List<Cell>> rows, String item, Object value) {
        Rows row = new Rows().text(item);
        if (value instanceof Cell.Number number) {
            row.number(number.value(), number.format());
        } else if (value instanceof java.lang.Number number) {
            row.number(number.doubleValue(), Column.Type.INTEGER);
        } else {
            row.text(value == null ? "" : value.toString());
        }
        rows.add(row.done());
    }
}
