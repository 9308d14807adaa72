package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/** The HTML report reads on screen through its table of contents and prints one section per page. */
class HtmlReportTest {

    private static final List<String> SHEETS = List.of("Summary", "Sites", "Gateways", "Mediation Servers", "Trunks",
            "SBA-SBS", "WAN links", "WAN bandwidth", "Voice routing", "Call admission control", "Resiliency", "Validation");

    @TempDir
    Path out;

    private String export(Paper paper) throws Exception {
        WorksheetExporter.export(Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet()), "plan", out,
                EnumSet.of(ExportFormat.HTML), Optional.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
                new ExportOptions(paper, Optional.empty()));
        return Files.readString(out.resolve("plan.html"));
    }

    /** The CSS of the {@code @media print} block. */
    private static String printStyle(String html) {
        int start = html.indexOf("@media print{");
        assertTrue(start >= 0, "a print style sheet");
        return html.substring(start, html.indexOf("</style>"));
    }

    @Test
    void theTableOfContentsLinksEverySectionAndTheDiagram() throws Exception {
        Document html = XlsxContent.parse(export(Paper.A4).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Element toc = (Element) html.getElementsByTagName("nav").item(0);
        NodeList links = toc.getElementsByTagName("a");
        assertEquals(1 + SHEETS.size(), links.getLength(), "the diagram and each sheet");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String target = link.getAttribute("href").substring(1);
            Element section = findById(html, target);
            assertTrue(section != null, "a section with id " + target);
            if (i > 0) {
                assertEquals(SHEETS.get(i - 1), link.getTextContent());
                assertEquals(SHEETS.get(i - 1), section.getElementsByTagName("h2").item(0).getTextContent());
            }
        }
    }

    private static Element findById(Document html, String id) {
        for (String tag : List.of("section", "figure")) {
            NodeList nodes = html.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
                    return (Element) nodes.item(i);
                }
            }
        }
        return null;
    }

    @Test
    void printedEachSectionAndTheDiagramStartAPage() throws Exception {
        assertTrue(printStyle(export(Paper.A4)).contains("section,figure{break-before:page}"));
    }

    @Test
    void printedLongTablesRepeatTheirHeaderAndKeepRowsWhole() throws Exception {
        String print = printStyle(export(Paper.A4));
        assertTrue(print.contains("thead{display:table-header-group}"), print);
        assertTrue(print.contains("tr{break-inside:avoid}"), print);
    }

    @Test
    void printedTheDiagramIsScaledToItsPage() throws Exception {
        String print = printStyle(export(Paper.A4));
        // A4 is 297 mm high, less 2 x 12 mm margins and the page number: 235 mm also fits Letter's 279 mm.
        assertTrue(print.contains("img.diagram{max-height:235mm;object-fit:contain}"), print);
    }

    @Test
    void theReportPrintsOnThePaperAskedForWithWideTablesLandscape() throws Exception {
        String a4 = export(Paper.A4);
        assertTrue(a4.contains("@page{size:A4 portrait;"), "A4");
        assertTrue(a4.contains("@page wide{size:A4 landscape}"));
        assertTrue(a4.contains("<section id=\"sites\" class=\"wide\">"), "16 columns");
        assertTrue(a4.contains("<section id=\"summary\">"), "two columns, portrait");
        assertTrue(export(Paper.LETTER).contains("@page{size:letter portrait;"), "Letter");
    }

    @Test
    void printedPagesAreNumbered() throws Exception {
        assertTrue(export(Paper.A4).contains("@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages)}"));
    }
}
