package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.Site;
import io.trunkline.model.WanCodec;
import io.trunkline.planning.WanBandwidth;
import io.trunkline.planning.WanBandwidth.LinkLoad;

/**
 * The PSTN calls each WAN link carries and the audio bandwidth they need (catalogue MB-10,
 * {@link WanBandwidth}); the bandwidth needed is a formula of the calls and the per-call figure.
 */
final class WanBandwidthSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("WAN link", 30), Column.text("Carries PSTN calls of", 40),
            Column.decimal("Traffic (erlangs)"), Column.integer("Concurrent calls"), Column.text("Codec", 14),
            Column.text("Media bypass", 8), Column.integer("Per call (kbit/s)"), Column.integer("Needed (kbit/s)"),
            Column.integer("Audio bandwidth (kbit/s)"), Column.text("Verdict", 30));

    private WanBandwidthSheet() {
    }

    static Sheet build(ExportInput in) {
        List<LinkLoad> loads = WanBandwidth.size(in.topology(), in.sizing());
        return new Sheet("WAN bandwidth", COLUMNS, loads.size(), i -> {
            LinkLoad load = loads.get(i);
            int excelRow = i + 2;
            List<String> carried = new ArrayList<>();
            for (Site site : load.carries().keySet()) {
                carried.add(Rows.name(site));
            }
            Rows row = new Rows().text(Rows.name(load.link())).text(String.join(", ", carried)).number(load.erlangs());
            if (load.concurrentCalls().isPresent()) {
                row.number(load.concurrentCalls().get());
            } else {
                row.text("not computed");
            }
            row.text(load.link().getCodec() == WanCodec.G711_FEC ? "G.711 with FEC" : "G.711").yesNo(load.bypass())
                    .number(load.kbpsPerCall());
            if (load.neededKbps().isPresent()) {
                row.formula("D" + excelRow + "*G" + excelRow, load.neededKbps().get());
            } else {
                row.text("");
            }
            int audio = load.link().getAudioBandwidthKbps();
            if (audio > 0) {
                row.number(audio);
            } else {
                row.text("not given");
            }
            return row.text(verdict(load)).done();
        });
    }

    private static String verdict(LinkLoad load) {
        int audio = load.link().getAudioBandwidthKbps();
        if (load.neededKbps().isEmpty()) {
            return "calls not computed";
        }
        long needed = load.neededKbps().get();
        if (audio <= 0) {
            return "no audio bandwidth to compare";
        }
        return needed > audio ? String.format(java.util.Locale.ROOT, "short by %,d kbit/s", needed - audio) : "covered";
    }
}
