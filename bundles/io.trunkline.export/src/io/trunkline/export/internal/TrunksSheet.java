package io.trunkline.export.internal;

import java.util.List;

import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Trunk;

/**
 * Every trunk with both ends as FQDN:port, root or additional [DGW, MNT], and the trunk configuration the team
 * enters for it (New-CsTrunkConfiguration [PS-TC]; SIP trunk access [SIPT]).
 */
final class TrunksSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Trunk", 30), Column.text("Role", 10),
            Column.text("Mediation side (FQDN:port)", 34), Column.text("Peer side (address:port)", 34),
            Column.text("Transport", 8), Column.text("Media bypass", 8), Column.text("Centralised media", 8),
            Column.text("Refer support", 8), Column.text("RTCP active calls", 8), Column.text("RTCP calls on hold", 8),
            Column.integer("Max simultaneous calls"), Column.integer("Access bandwidth (kbit/s)"),
            Column.text("Connection", 12), Column.text("VPN", 5));

    private TrunksSheet() {
    }

    static Sheet build(ExportInput in) {
        List<Trunk> trunks = in.topology().getTrunks();
        return new Sheet("Trunks", COLUMNS, trunks.size(), i -> {
            Trunk trunk = trunks.get(i);
            String mediation = trunk.getMediationPool() == null ? "" : trunk.getMediationPool().getFqdn() + ":" + trunk.getMediationPort();
            String peer = trunk.getPeer() == null ? "" : trunk.getPeer().getAddress() + ":" + trunk.getPeerPort();
            Rows row = new Rows().text(Rows.name(trunk)).text(trunk.isRoot() ? "root" : "additional").text(mediation)
                    .text(peer).text(trunk.getTransport().getLiteral()).yesNo(trunk.isMediaBypass())
                    .yesNo(trunk.isCentralizedMediaProcessing()).yesNo(trunk.isReferSupport()).yesNo(trunk.isRtcpActiveCalls())
                    .yesNo(trunk.isRtcpCallsOnHold());
            // 0 is "not planned" for both figures [SIPT] (MB-11).
            planned(row, trunk.getMaxSimultaneousCalls());
            planned(row, trunk.getAccessBandwidthKbps());
            return row.text(connection(trunk.getConnectionType())).yesNo(trunk.isVpn()).done();
        });
    }

    /** How the trunk reaches the service provider, in the words of [SIPT] (ST-02). */
    private static String connection(SipTrunkConnection type) {
        return switch (type) {
        case MPLS -> "MPLS";
        case PRIVATE_LINE -> "private line";
        case INTERNET -> "Internet";
        case NOT_PLANNED -> "not planned";
        };
    }

    private static void planned(Rows row, int figure) {
        if (figure > 0) {
            row.number(figure);
        } else {
            row.text("not planned");
        }
    }
}
