package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.model.Trunk;

/** Every trunk with both ends as FQDN:port, root or additional [DGW, MNT]. */
final class TrunksSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Trunk", 30), Column.text("Role", 10),
            Column.text("Mediation side (FQDN:port)", 34), Column.text("Peer side (address:port)", 34),
            Column.text("Transport", 8), Column.text("Media bypass", 8), Column.text("Centralised media", 8));

    private TrunksSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Trunk> trunks = in.topology().getTrunks();
        return new Sheet("Trunks", COLUMNS, trunks.size(), i -> {
            Trunk trunk = trunks.get(i);
            String mediation = trunk.getMediationPool() == null ? "" : trunk.getMediationPool().getFqdn() + ":" + trunk.getMediationPort();
            String peer = trunk.getPeer() == null ? "" : trunk.getPeer().getAddress() + ":" + trunk.getPeerPort();
            return new Rows().text(Rows.name(trunk)).text(trunk.isRoot() ? "root" : "additional").text(mediation)
                    .text(peer).text(trunk.getTransport().getLiteral()).yesNo(trunk.isMediaBypass())
                    .yesNo(trunk.isCentralizedMediaProcessing()).done();
        });
    }
}
