package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.Paper;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Every sheet of the workbook carries its own page setup, so it prints as a deployment team reads it: fitted
 * to one page wide, the header row on every page, a header and footer naming the topology, the sheet and the
 * page, the paper asked for and no gridlines.
 */
class PageSetupTest {

    private static final List<String> SHEETS = List.of("Summary", "Sites", "Gateways", "Mediation Servers", "Trunks",
            "SBA-SBS", "WAN links", "WAN bandwidth", "Voice routing", "Call admission control", "Resiliency", "Validation");

    @TempDir
    Path out;

    private XlsxContent export(Topology topology, ExportOptions options) throws Exception {
        WorksheetExporter.export(topology, "plan", out, EnumSet.of(ExportFormat.XLSX, ExportFormat.HTML), Optional.empty(),
                options);
        return new XlsxContent(out.resolve("plan.xlsx"));
    }

    private XlsxContent export(Paper paper) throws Exception {
        return export(multiSite(), new ExportOptions(paper, Optional.empty()));
    }

    private static Topology multiSite() throws Exception {
        return Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
    }

    private static Element only(XlsxContent book, int sheet, String tag) throws Exception {
        NodeList nodes = XlsxContent.parse(book.entries.get("xl/worksheets/sheet" + sheet + ".xml")).getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), "one <" + tag + "> in sheet " + sheet);
        return (Element) nodes.item(0);
    }

    @Test
    void everySheetIsFittedToOnePageWideAndAsManyPagesLongAsItNeeds() throws Exception {
        XlsxContent book = export(Paper.A4);
        for (int s = 1; s <= SHEETS.size(); s++) {
            assertEquals("true", only(book, s, "pageSetUpPr").getAttribute("fitToPage"), SHEETS.get(s - 1));
            Element setup = only(book, s, "pageSetup");
            assertEquals("1", setup.getAttribute("fitToWidth"), SHEETS.get(s - 1));
            assertEquals("0", setup.getAttribute("fitToHeight"), SHEETS.get(s - 1) + ": 0 = no limit on pages down");
        }
    }

    @Test
    void theHeaderRowIsRepeatedOnEveryPrintedPageOfEverySheet() throws Exception {
        XlsxContent book = export(Paper.A4);
        NodeList names = XlsxContent.parse(book.entries.get("xl/workbook.xml")).getElementsByTagName("definedName");
        for (int s = 0; s < SHEETS.size(); s++) {
            String expected = "'" + SHEETS.get(s) + "'!$1:$1";
            boolean found = false;
            for (int i = 0; i < names.getLength(); i++) {
                Element name = (Element) names.item(i);
                found |= name.getAttribute("name").equals("_xlnm.Print_Titles")
                        && name.getAttribute("localSheetId").equals(Integer.toString(s)) && name.getTextContent().equals(expected);
            }
            assertTrue(found, "print titles of " + SHEETS.get(s));
        }
    }

    @Test
    void theHeaderFrozenOnScreenStaysFrozen() throws Exception {
        XlsxContent book = export(Paper.A4);
        for (int s = 1; s <= SHEETS.size(); s++) {
            Element pane = only(book, s, "pane");
            assertEquals("frozen", pane.getAttribute("state"));
            assertEquals("1", pane.getAttribute("ySplit"));
        }
    }

    @Test
    void pagesHeadTheTopologyAndSheetAndFootThePageOfPages() throws Exception {
        XlsxContent book = export(Paper.A4);
        for (int s = 1; s <= SHEETS.size(); s++) {
            String header = only(book, s, "oddHeader").getTextContent();
            String footer = only(book, s, "oddFooter").getTextContent();
            assertTrue(header.contains("Woodgrove Bank (multi-site enterprise)"), header);
            assertTrue(header.contains("&A"), "the sheet's name: " + header);
            assertTrue(footer.contains("Page &P of &N"), footer);
        }
    }

    @Test
    void anAmpersandInTheTopologyNameIsPrintedNotTakenForACode() throws Exception {
        Topology topology = multiSite();
        topology.setName("Smith & Jones &P");
        XlsxContent book = export(topology, new ExportOptions(Paper.A4, Optional.empty()));
        String header = only(book, 1, "oddHeader").getTextContent();
        assertTrue(header.contains("Smith && Jones &&P"), header);
    }

    @Test
    void aLongTopologyNameIsCutSoTheHeaderStaysWithinExcelsLimit() throws Exception {
        Topology topology = multiSite();
        topology.setName("&".repeat(256));
        XlsxContent book = export(topology, new ExportOptions(Paper.A4, Optional.empty()));
        for (int s = 1; s <= SHEETS.size(); s++) {
            // Excel refuses a header or footer longer than 255 characters, codes included.
            assertTrue(only(book, s, "oddHeader").getTextContent().length() <= 255);
            assertTrue(only(book, s, "oddFooter").getTextContent().length() <= 255);
        }
        assertTrue(only(book, 1, "oddHeader").getTextContent().contains("&&&&…"));
    }

    @Test
    void a4PaperIsPaperSizeNine() throws Exception {
        XlsxContent book = export(Paper.A4);
        for (int s = 1; s <= SHEETS.size(); s++) {
            assertEquals("9", only(book, s, "pageSetup").getAttribute("paperSize"), "ECMA-376 §18.3.1.64: 9 = A4");
        }
    }

    @Test
    void letterPaperIsPaperSizeOne() throws Exception {
        XlsxContent book = export(Paper.LETTER);
        for (int s = 1; s <= SHEETS.size(); s++) {
            assertEquals("1", only(book, s, "pageSetup").getAttribute("paperSize"), "ECMA-376 §18.3.1.64: 1 = Letter");
        }
    }

    @Test
    void wideSheetsPrintLandscapeAndTheTwoColumnSummaryPortrait() throws Exception {
        XlsxContent book = export(Paper.A4);
        assertEquals("portrait", only(book, 1, "pageSetup").getAttribute("orientation"), "Summary: Item and Value");
        assertEquals("landscape", only(book, 2, "pageSetup").getAttribute("orientation"), "Sites: 16 columns");
        assertEquals("landscape", only(book, 8, "pageSetup").getAttribute("orientation"), "Validation: long messages");
    }

    @Test
    void gridlinesAreNotPrinted() throws Exception {
        XlsxContent book = export(Paper.A4);
        for (int s = 1; s <= SHEETS.size(); s++) {
            String gridLines = only(book, s, "printOptions").getAttribute("gridLines");
            assertTrue(gridLines.equals("false") || gridLines.equals("0"), gridLines);
        }
    }

    @Test
    void withoutAStampNothingSaysWhenTheExportRan() throws Exception {
        XlsxContent book = export(Paper.A4);
        String html = Files.readString(out.resolve("plan.html"));
        assertFalse(only(book, 1, "oddFooter").getTextContent().contains("Exported"));
        assertFalse(html.contains("Exported"), "no time in the report");
    }

    @Test
    void aStampPrintsTheExportTimeInTheFooterAndTheReport() throws Exception {
        XlsxContent book = export(multiSite(), new ExportOptions(Paper.A4, Optional.of(Instant.parse("2026-01-02T03:04:59Z"))));
        for (int s = 1; s <= SHEETS.size(); s++) {
            assertTrue(only(book, s, "oddFooter").getTextContent().contains("Exported 2026-01-02 03:04 UTC"), SHEETS.get(s - 1));
        }
        assertTrue(Files.readString(out.resolve("plan.html")).contains("Exported 2026-01-02 03:04 UTC"));
    }
}
