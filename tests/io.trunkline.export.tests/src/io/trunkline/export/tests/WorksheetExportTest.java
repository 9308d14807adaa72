package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportResult;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Golden tests on the examples. Expected values are worked out by hand from domain.md §3 (e.g. VoIP-only:
 * 1,800 moderate users / 10 per port = 180 ports; 120 + 120 + 4 = 244 ports drawn) — never copied from output.
 */
class WorksheetExportTest {

    private static final List<String> SHEETS = List.of("Summary", "Sites", "Gateways", "Mediation Servers", "Trunks",
            "SBA-SBS", "WAN links", "WAN bandwidth", "Voice routing", "Call admission control", "Resiliency", "Validation");

    @TempDir
    Path out;

    private ExportResult export(String example, Path folder) throws Exception {
        Topology topology = Examples.load(example, TopologyFiles.newResourceSet());
        return WorksheetExporter.export(topology, example, folder, EnumSet.allOf(ExportFormat.class),
                Optional.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
    }

    @Test
    void allFormatsAreWrittenWithOneCsvPerSheet() throws Exception {
        ExportResult result = export(Examples.VOIP_ONLY, out);
        assertEquals(1 + SHEETS.size() + 1, result.files().size());
        assertTrue(Files.exists(out.resolve("voip-only.xlsx")));
        assertTrue(Files.exists(out.resolve("voip-only-mediation-servers.csv")));
        assertTrue(Files.exists(out.resolve("voip-only.html")));
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".writing")), "nothing left half written");
        }
    }

    @Test
    void workbookHasEverySheetInOrderWithTypedCellsAndFormulas() throws Exception {
        export(Examples.VOIP_ONLY, out);
        XlsxContent book = new XlsxContent(out.resolve("voip-only.xlsx"));
        assertEquals(SHEETS, List.copyOf(book.sheets.keySet()));
        List<List<String>> sites = book.sheet("Sites");
        assertEquals("Site", sites.get(0).get(0));
        List<String> seattle = sites.get(1);
        assertEquals("Seattle", seattle.get(0));
        assertEquals("1800", seattle.get(5), "users carried, a number");
        assertEquals("moderate", seattle.get(6));
        assertEquals("10", seattle.get(7), "users per port for moderate usage [DS]");
        assertEquals("=ROUNDUP(F2/H2,0)", seattle.get(8), "the requirement stays live when a planner edits users");
        assertEquals("180", seattle.get(9), "1,800 users x 2 calls x 180 s / 3600 = 180 E");
        assertEquals("244", seattle.get(11), "120 + 120 + 4 ports drawn");
        assertEquals("=MAX(0,I2-L2)", seattle.get(12));
        // 244 ports for 180 E block far less than 1 in 10,000 calls (Erlang B needs about 200 at 1 %).
        assertEquals("covered by the rule of thumb; blocking < 0.01 % within 1.00 %", seattle.get(15));
    }

    @Test
    void headerRowIsFrozenAndFiltered() throws Exception {
        export(Examples.VOIP_ONLY, out);
        XlsxContent book = new XlsxContent(out.resolve("voip-only.xlsx"));
        String sites = new String(book.entries.get("xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8);
        assertTrue(sites.contains("state=\"frozen\""), "frozen pane");
        assertTrue(sites.contains("<autoFilter ref=\"A1:P2\""), sites.substring(0, Math.min(400, sites.length())));
    }

    @Test
    void trunksAndGatewaysShowBothEndsAndTheirPools() throws Exception {
        export(Examples.VOIP_ONLY, out);
        XlsxContent book = new XlsxContent(out.resolve("voip-only.xlsx"));
        List<List<String>> trunks = book.sheet("Trunks");
        assertEquals(4, trunks.size(), "header and three root trunks");
        assertTrue(trunks.stream().anyMatch(r -> r.equals(List.of("gw1.sea.fabrikam.example", "root",
                "med.sea.fabrikam.example:5067", "gw1.sea.fabrikam.example:5067", "TLS", "no", "yes",
                // Refer support and RTCP at New-CsTrunkConfiguration's defaults (True [PS-TC]); no SIP trunk access planned.
                "yes", "yes", "yes", "not planned", "not planned", "not planned", "no"))), trunks.toString());
        List<List<String>> gateways = book.sheet("Gateways");
        assertEquals(List.of("Seattle", "Fax gateway", "pstn gateway", "fax.sea.fabrikam.example", "TLS:5067", "4", "1",
                "Seattle Mediation", "US", "yes", "yes", "no"), gateways.get(3));
    }

    @Test
    void mediationCapacityIsServersTimesElevenHundredWithALiveUtilisation() throws Exception {
        export(Examples.VOIP_ONLY, out);
        List<String> pool = new XlsxContent(out.resolve("voip-only.xlsx")).sheet("Mediation Servers").get(1);
        assertEquals("Seattle Mediation", pool.get(1));
        assertEquals("2200", pool.get(9), "2 stand-alone servers x 1,100 calls [UMU]");
        assertEquals("=IF(J2>0,I2/J2,0)", pool.get(10));
    }

    @Test
    void multiSiteSheetsCoverEverySiteSbaAndWanLink() throws Exception {
        export(Examples.MULTI_SITE_ENTERPRISE, out);
        XlsxContent book = new XlsxContent(out.resolve("multi-site-enterprise.xlsx"));
        assertEquals(1 + 6, book.sheet("Sites").size(), "2 central and 4 branch sites");
        List<String> edinburgh = book.sheet("Sites").stream().filter(r -> r.get(0).equals("Edinburgh")).findFirst().orElseThrow();
        assertEquals("London", edinburgh.get(14), "served by London");
        assertEquals("served elsewhere, by London", edinburgh.get(15));
        assertEquals(1 + 3, book.sheet("SBA-SBS").size(), "two SBAs and one SBS");
        assertEquals(1 + 5, book.sheet("WAN links").size());
        assertEquals(1 + 10, book.sheet("Trunks").size());
    }

    @Test
    void aSiteCoveredByTheRuleOfThumbButBlockingTooMuchSaysSo() throws Exception {
        export(Examples.MULTI_SITE_ENTERPRISE, out);
        XlsxContent book = new XlsxContent(out.resolve("multi-site-enterprise.xlsx"));
        List<String> boston = book.sheet("Sites").stream().filter(r -> r.get(0).equals("Boston")).findFirst().orElseThrow();
        // 900 moderate users: 90 ports by the rule of thumb, 96 drawn; 90 E need 107 ports at 1 % by Erlang B.
        assertTrue(boston.get(15).startsWith("covered by the rule of thumb; but blocking "), boston.get(15));
        assertTrue(boston.get(15).endsWith("is above 1.00 %: Erlang B needs 107 ports"), boston.get(15));
    }

    @Test
    void theFlawedExampleListsItsFindingsOnTheValidationSheet() throws Exception {
        ExportResult result = export(Examples.FLAWED, out);
        List<List<String>> validation = new XlsxContent(out.resolve("flawed.xlsx")).sheet("Validation");
        assertEquals(result.findings() + 1, validation.size());
        assertTrue(validation.stream().anyMatch(r -> r.get(1).equals("TL-GW-09") && r.get(0).equals("error")));
    }

    @Test
    void csvIsRfc4180WithByteOrderMarkAndCrlf() throws Exception {
        export(Examples.MULTI_SITE_ENTERPRISE, out);
        byte[] bytes = Files.readAllBytes(out.resolve("multi-site-enterprise-summary.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("Item,Value\r\n"), text);
        List<List<String>> rows = parseCsv(text);
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("Topology", "Woodgrove Bank (multi-site enterprise)"))), rows.toString());
        List<List<String>> sites = parseCsv(Files.readString(out.resolve("multi-site-enterprise-sites.csv")).substring(1));
        List<String> london = sites.stream().filter(r -> r.get(0).equals("London")).findFirst().orElseThrow();
        assertEquals("306", london.get(8), "London carries its 3,000 moderate users (300 ports) and Edinburgh's 80 light (6)");
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        export(Examples.FLAWED, out);
        String text = Files.readString(out.resolve("flawed-validation.csv")).substring(1);
        List<List<String>> rows = parseCsv(text);
        assertTrue(rows.size() > 20);
        rows.forEach(r -> assertEquals(7, r.size(), r.toString()));
    }

    @Test
    void htmlReportIsWellFormedWithEveryTableAndTheDiagram() throws Exception {
        export(Examples.MULTI_SITE_ENTERPRISE, out);
        byte[] html = Files.readAllBytes(out.resolve("multi-site-enterprise.html"));
        Document document = XlsxContent.parse(html);
        assertEquals(SHEETS.size(), document.getElementsByTagName("table").getLength());
        assertEquals("Woodgrove Bank (multi-site enterprise)", document.getElementsByTagName("title").item(0).getTextContent());
        String text = new String(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("src=\"data:image/png;base64,iVBORw"), "diagram embedded");
        assertTrue(text.contains("@media print"), "printable");
        assertTrue(!text.contains("http://") && !text.contains("https://"), "self-contained");
    }

    @Test
    void repeatedExportsHaveTheSameContent(@TempDir Path second) throws Exception {
        export(Examples.MULTI_SITE_ENTERPRISE, out);
        export(Examples.MULTI_SITE_ENTERPRISE, second);
        assertArrayEquals(Files.readAllBytes(out.resolve("multi-site-enterprise.html")),
                Files.readAllBytes(second.resolve("multi-site-enterprise.html")));
        assertArrayEquals(Files.readAllBytes(out.resolve("multi-site-enterprise-sites.csv")),
                Files.readAllBytes(second.resolve("multi-site-enterprise-sites.csv")));
        assertArrayEquals(Files.readAllBytes(out.resolve("multi-site-enterprise.xlsx")),
                Files.readAllBytes(second.resolve("multi-site-enterprise.xlsx")), "no creation time, fixed entry times");
    }

    @Test
    void unknownFormatIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx,pdf"));
        assertTrue(e.getMessage().contains("'pdf'") && e.getMessage().contains("xlsx, csv or html"));
    }

    /** A small RFC 4180 reader, independent of the writer. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
