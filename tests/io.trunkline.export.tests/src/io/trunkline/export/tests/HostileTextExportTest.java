package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportResult;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/** User text that tries to be a formula, a terminal escape or a flood stays plain, harmless, bounded text. */
class HostileTextExportTest {

    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @TempDir
    Path out;

    private Topology seattle(String siteName) throws Exception {
        Topology topology = Examples.load(Examples.VOIP_ONLY, TopologyFiles.newResourceSet());
        topology.getCentralSites().get(0).setName(siteName);
        return topology;
    }

    private ExportResult export(Topology topology) throws Exception {
        return WorksheetExporter.export(topology, "plan", out, EnumSet.allOf(ExportFormat.class), Optional.empty());
    }

    private List<String> sitesCsvRow(int row) throws Exception {
        String text = Files.readString(out.resolve("plan-sites.csv")).substring(1);
        return WorksheetExportTest.parseCsv(text).get(row);
    }

    @Test
    void aNameStartingWithEqualsIsQuotedTextInTheCsv() throws Exception {
        export(seattle(FORMULA));
        assertEquals("'" + FORMULA, sitesCsvRow(1).get(0));
        assertTrue(Files.readString(out.resolve("plan-sites.csv")).contains("\r\n\"'=cmd|"), "quoted, per RFC 4180");
    }

    @Test
    void namesStartingWithPlusMinusAtTabOrCarriageReturnAreNeutralised() throws Exception {
        for (String name : List.of("+1+2", "-1+2", "@SUM(1)", "\t=1", "\r=1")) {
            export(seattle(name));
            assertEquals("'" + name, sitesCsvRow(1).get(0), "neutralised: " + name.codePointAt(0));
        }
    }

    @Test
    void negativeNumbersStayNumbersInTheCsv() throws Exception {
        Topology topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
        topology.getWanLinks().get(0).setAudioBandwidthKbps(-64);
        WorksheetExporter.export(topology, "plan", out, EnumSet.of(ExportFormat.CSV), Optional.empty());
        String csv = Files.readString(out.resolve("plan-wan-links.csv"));
        assertTrue(csv.contains(",-64\r\n"), csv);
    }

    @Test
    void theWorkbookKeepsAFormulaLikeNameAsAStringCell() throws Exception {
        export(seattle(FORMULA));
        XlsxContent book = new XlsxContent(out.resolve("plan.xlsx"));
        Element cell = book.cell(2, 1, 0);
        assertEquals(0, cell.getElementsByTagName("f").getLength(), "no formula element");
        assertTrue(List.of("s", "inlineStr").contains(cell.getAttribute("t")), "a string cell, not " + cell.getAttribute("t"));
        assertEquals(FORMULA, book.sheet("Sites").get(1).get(0), "the workbook keeps the exact text");
    }

    @Test
    void controlCharactersNeverReachTheCsvOrHtmlRaw() throws Exception {
        export(seattle("Red\u001b[31m alarm\u0007\u009b"));
        for (String file : List.of("plan-sites.csv", "plan.html", "plan-summary.csv")) {
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            for (byte b : bytes) {
                assertFalse(b == 0x1b || b == 0x07, file + " holds a raw control character");
            }
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\u009b"), file + " holds a raw C1 control");
        }
        assertEquals("Red\u241b[31m alarm\u2407\ufffd", sitesCsvRow(1).get(0), "shown as visible pictures");
    }

    @Test
    void textLongerThanAWorkbookCellIsCutWithAMarkerAndAWarning() throws Exception {
        ExportResult result = export(seattle("x".repeat(40_000)));
        String cell = new XlsxContent(out.resolve("plan.xlsx")).sheet("Sites").get(1).get(0);
        assertEquals(32_767, cell.length());
        assertTrue(cell.endsWith("… [cut: 40,000 characters in all]"), cell.substring(32_700));
        assertEquals(cell, sitesCsvRow(1).get(0), "the CSV holds what the workbook holds");
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Sites, row 2, column 'Site': text of 40,000")),
                result.warnings().toString());
    }

    @Test
    void cutsAreListedOnceEachInTheOrderOfTheTables() throws Exception {
        Topology topology = seattle("x".repeat(40_000));
        // The tables are measured on a second thread while the first writes and reports the same cuts again: the
        // list must not depend on which thread reaches a row first.
        List<String> first = export(topology).warnings();
        for (int i = 0; i < 10; i++) {
            assertEquals(first, export(topology).warnings());
        }
        assertEquals(first.size(), first.stream().distinct().count(), first.toString());
        // The site's name shows in its deployment option on Summary, its row on Sites, its gateways and Mediation
        // Server, and where each of its elements stands on Resiliency; no other table of voip-only names it.
        assertEquals(List.of("Summary", "Sites", "Gateways", "Mediation Servers", "Resiliency"),
                first.stream().map(w -> w.substring(0, w.indexOf(", row"))).distinct().toList());
    }

    @Test
    void anOverlongTopologyNameIsCutInTheHtmlTitleToo() throws Exception {
        Topology topology = seattle("Seattle");
        topology.setName("t".repeat(100_000));
        export(topology);
        String html = Files.readString(out.resolve("plan.html"));
        int longest = java.util.regex.Pattern.compile("t{1000,}").matcher(html).results().mapToInt(m -> m.group().length())
                .max().orElse(0);
        assertTrue(longest <= 32_767, "the title, heading and Summary cell hold at most 32,767 characters each: " + longest);
    }
}
