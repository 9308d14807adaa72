package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.WanCodec;
import io.trunkline.model.WanLink;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * The WAN bandwidth sheet on the multi-site example. Edinburgh (80 light users) is served by London over the
 * "London - Edinburgh" link (third of five, so row 4): A = 80 x 1 x 180 / 3600 = 4 E; Erlang B at 1 %:
 * B(9, 4) = 0.0133, B(10, 4) = 0.0053, so 10 calls; bypass is on (site and region, every London gateway trunk
 * bypasses), so 97 kbit/s a call: 10 x 97 = 970 kbit/s against the link's 1,000.
 */
class WanBandwidthSheetTest {

    @TempDir
    Path out;

    private List<String> edinburghRow(Topology topology) throws Exception {
        WorksheetExporter.export(topology, "multi", out, EnumSet.of(ExportFormat.XLSX), Optional.empty());
        List<List<String>> sheet = new XlsxContent(out.resolve("multi.xlsx")).sheet("WAN bandwidth");
        assertEquals(1 + 5, sheet.size(), "a row per WAN link");
        List<String> row = sheet.get(3);
        assertEquals("London - Edinburgh", row.get(0));
        return row;
    }

    private static Topology example() throws java.io.IOException {
        return Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
    }

    @Test
    void aServedBranchsCallsAreSizedOnItsLink() throws Exception {
        List<String> row = edinburghRow(example());
        assertEquals("Edinburgh", row.get(1));
        assertEquals(4.0, Double.parseDouble(row.get(2)), 1e-9);
        assertEquals("10", row.get(3));
        assertEquals(List.of("G.711", "yes", "97"), row.subList(4, 7));
        assertEquals("=D4*G4", row.get(7), "needed = calls x per call, live in the workbook");
        assertEquals(List.of("1000", "covered"), row.subList(8, 10));
    }

    @Test
    void withForwardErrorCorrectionTheLinkIsShort() throws Exception {
        Topology topology = example();
        WanLink link = topology.getWanLinks().stream().filter(l -> l.getName().equals("London - Edinburgh")).findFirst().orElseThrow();
        link.setCodec(WanCodec.G711_FEC);
        // 10 x 161 = 1,610 kbit/s, 610 more than the link's 1,000.
        List<String> row = edinburghRow(topology);
        assertEquals(List.of("G.711 with FEC", "yes", "161"), row.subList(4, 7));
        assertEquals("short by 610 kbit/s", row.get(9));
    }
}
