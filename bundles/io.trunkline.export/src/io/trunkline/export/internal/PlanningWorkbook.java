package io.trunkline.export.internal;

import java.util.List;

/** The worksheet tables, in the order a deployment team reads them. */
public final class PlanningWorkbook {

    private PlanningWorkbook() {
    }

    /** Builds every table from {@code input}. */
    public static List<Sheet> sheets(ExportInput input) {
        return List.of(SummarySheet.build(input), SitesSheet.build(input), GatewaysSheet.build(input),
                MediationSheet.build(input), TrunksSheet.build(input), SurvivableSheet.build(input),
                WanSheet.build(input), WanBandwidthSheet.build(input), VoiceRoutingSheet.build(input),
                CallAdmissionControlSheet.build(input), ResiliencySheet.build(input), ValidationSheet.build(input));
    }
}
