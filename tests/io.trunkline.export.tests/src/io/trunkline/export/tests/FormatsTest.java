package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.Paper;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Numbers read as a planner writes them: counts with thousands separators, erlangs with one decimal,
 * percentages as percentages; numbers right, text left; columns as wide as their content. The workbook and the
 * HTML report are formatted; CSV keeps plain numbers for the programs that read it. Figures are worked out by
 * hand from the example files (domain.md §3).
 */
class FormatsTest {

    @TempDir
    Path out;

    private XlsxContent export(Topology topology) throws Exception {
        WorksheetExporter.export(topology, "plan", out, EnumSet.allOf(ExportFormat.class), Optional.empty(),
                new ExportOptions(Paper.A4, Optional.empty()));
        return new XlsxContent(out.resolve("plan.xlsx"));
    }

    private static Topology example(String name) throws Exception {
        return Examples.load(name, TopologyFiles.newResourceSet());
    }

    private static int row(XlsxContent book, String sheet, String first) {
        List<List<String>> rows = book.sheet(sheet);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(0).equals(first)) {
                return r;
            }
        }
        throw new AssertionError(first + " not on " + sheet);
    }

    /** The cells of the HTML table that follows the heading {@code section}, row by row. */
    private List<List<String>> htmlTable(String section) throws Exception {
        Document html = XlsxContent.parse(Files.readAllBytes(out.resolve("plan.html")));
        NodeList tables = html.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            Element heading = (Element) ((Element) table.getParentNode()).getElementsByTagName("h2").item(0);
            if (heading != null && heading.getTextContent().equals(section)) {
                List<List<String>> rows = new ArrayList<>();
                NodeList trs = table.getElementsByTagName("tr");
                for (int r = 0; r < trs.getLength(); r++) {
                    NodeList cells = ((Element) trs.item(r)).getChildNodes();
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < cells.getLength(); c++) {
                        row.add(cells.item(c).getTextContent());
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
        throw new AssertionError("no section " + section);
    }

    @Test
    void countsHaveThousandsSeparators() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        int london = row(book, "Sites", "London");
        assertEquals("3080", book.sheet("Sites").get(london).get(5), "3,000 own users + Edinburgh's 80");
        assertEquals("#,##0", book.look(2, london, 5).format());
        assertTrue(htmlTable("Sites").stream().anyMatch(r -> r.get(0).equals("London") && r.get(5).equals("3,080")));
    }

    @Test
    void summaryCountsHaveThousandsSeparatorsToo() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        int users = row(book, "Summary", "Enterprise Voice users");
        assertEquals("7780", book.sheet("Summary").get(users).get(1), "3,000 + 300 + 80 + 2,000 + 900 + 1,500");
        assertEquals("#,##0", book.look(1, users, 1).format());
        assertTrue(htmlTable("Summary").contains(List.of("Enterprise Voice users", "7,780")));
    }

    @Test
    void gradeOfServiceIsAPercentage() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        int grade = row(book, "Summary", "Grade of service (Erlang B)");
        assertEquals("0.01", book.sheet("Summary").get(grade).get(1), "the default P.01");
        assertEquals("0.00 %", book.look(1, grade, 1).format());
        assertTrue(htmlTable("Summary").contains(List.of("Grade of service (Erlang B)", "1.00 %")));
    }

    @Test
    void blockingIsAPercentage() throws Exception {
        XlsxContent book = export(example(Examples.VOIP_ONLY));
        assertEquals("0.00 %", book.look(2, 1, 13).format());
    }

    @Test
    void erlangsHaveOneDecimal() throws Exception {
        XlsxContent book = export(example(Examples.VOIP_ONLY));
        assertEquals("#,##0.0", book.look(2, 1, 9).format());
        assertEquals("180.0", htmlTable("Sites").get(1).get(9), "1,800 users x 2 calls x 180 s / 3600 = 180 E");
    }

    @Test
    void numbersAreRightAlignedAndTextLeftOnEverySheet() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        int index = 1;
        for (String sheet : book.sheets.keySet()) {
            List<List<String>> rows = book.sheet(sheet);
            for (int r = 1; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String type = book.cell(index, r, c).getAttribute("t");
                    boolean text = type.equals("s") || type.equals("inlineStr") || type.equals("str");
                    assertEquals(text ? "left" : "right", book.look(index, r, c).horizontal(),
                            sheet + " row " + (r + 1) + " column " + (c + 1) + ": " + rows.get(r).get(c));
                }
            }
            index++;
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestEntry() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        assertEquals(14, book.width(2, 0), "Sites/Site: 'Philadelphia' is 12 characters, + 2");
        assertEquals(11, book.width(2, 5), "Sites/Users carried: the title's longest word 'carried' (7) + 2 for the filter button, + 2");
    }

    @Test
    void longTextIsWrappedInAColumnOfCappedWidth() throws Exception {
        Topology topology = example(Examples.MULTI_SITE_ENTERPRISE);
        Site london = topology.getCentralSites().get(0);
        london.setName("London headquarters, Canary Wharf tower, trading floors and the data centre");
        XlsxContent book = export(topology);
        assertEquals(26, book.width(2, 0), "Sites/Site: capped at 24 characters, + 2");
        int row = row(book, "Sites", london.getName());
        assertTrue(book.look(2, row, 0).wrap(), "the long name wraps");
        assertFalse(book.look(2, row + 1, 0).wrap(), "a short name needs no wrapping");
    }

    @Test
    void aRowWithWrappedTextIsTallEnoughForAllItsLines() throws Exception {
        Topology topology = example(Examples.MULTI_SITE_ENTERPRISE);
        String name = "London headquarters, Canary Wharf tower, trading floors and the data centre";
        // New York, so that Edinburgh (central site London, verdict "served elsewhere, by London") wraps nothing.
        topology.getCentralSites().get(1).setName(name);
        XlsxContent book = export(topology);
        // In 24 characters: "London headquarters," / "Canary Wharf tower," / "trading floors and the" / "data centre":
        // 4 lines of 15 points.
        assertEquals(60, book.rowHeight(2, row(book, "Sites", name)));
        assertEquals(-1, book.rowHeight(2, row(book, "Sites", "Edinburgh")), "a row without wrapped text keeps the default height");
    }

    @Test
    void theSummaryFitsAPortraitPageAtFullSize() throws Exception {
        XlsxContent book = export(example(Examples.MULTI_SITE_ENTERPRISE));
        // A4 portrait less 0.5 in margins each side: 7.27 in = 698 px at 96 dpi; a column of width w takes 7 w + 5 px.
        double pixels = 7 * book.width(1, 0) + 5 + 7 * book.width(1, 1) + 5;
        assertTrue(pixels <= 698, "Item and Value side by side: " + pixels + " px");
    }

    @Test
    void csvKeepsPlainNumbersForThePrograms() throws Exception {
        export(example(Examples.MULTI_SITE_ENTERPRISE));
        List<List<String>> sites = WorksheetExportTest.parseCsv(Files.readString(out.resolve("plan-sites.csv")).substring(1));
        assertTrue(sites.stream().anyMatch(r -> r.get(0).equals("London") && r.get(5).equals("3080")), sites.toString());
        List<List<String>> summary = WorksheetExportTest.parseCsv(Files.readString(out.resolve("plan-summary.csv")).substring(1));
        assertTrue(summary.contains(List.of("Grade of service (Erlang B)", "0.01")), "a fraction, as a spreadsheet stores it");
    }
}
