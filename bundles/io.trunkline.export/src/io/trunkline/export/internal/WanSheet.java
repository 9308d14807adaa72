package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.model.WanLink;

/** WAN links with their resiliency, which decides whether a branch needs a local Registrar [DS, BRS]. */
final class WanSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("WAN link", 30), Column.text("Site A", 20),
            Column.text("Site B", 20), Column.text("Resilient", 8), Column.text("Bandwidth constrained", 8),
            Column.integer("Audio bandwidth (kbit/s)"));

    private WanSheet() {
    }

    static Sheet build(ExportInput in) {
        List<WanLink> links = in.topology().getWanLinks();
        return new Sheet("WAN links", COLUMNS, links.size(), i -> {
            WanLink link = links.get(i);
            return new Rows().text(Rows.name(link)).text(Rows.name(link.getSiteA())).text(Rows.name(link.getSiteB()))
                    .yesNo(link.isResilient()).yesNo(link.isBandwidthConstrained()).number(link.getAudioBandwidthKbps())
                    .done();
        });
    }
}
