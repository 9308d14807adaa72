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

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * The Resiliency sheet of the flawed example. The figures are worked out by hand in
 * io.trunkline.resiliency.tests.FlawedExampleSweepTest: losing the Paris Front End pool (no backup Registrar) leaves
 * Paris 5,000 + Lyon 400 + Nice 20 = 5,420 users unregistered and 5,000 + 400 = 5,400 without PSTN (Nice had no
 * PSTN route before).
 */
class ResiliencySheetTest {

    @TempDir
    Path out;

    private List<List<String>> csv() throws Exception {
        WorksheetExporter.export(Examples.load(Examples.FLAWED, TopologyFiles.newResourceSet()), "flawed", out,
                EnumSet.of(ExportFormat.CSV), Optional.empty());
        return WorksheetExportTest.parseCsv(Files.readString(out.resolve("flawed-resiliency.csv")).substring(1));
    }

    @Test
    void theFirstRowIsTheFailureThatCostsMost() throws Exception {
        List<String> first = csv().get(1);

        assertEquals(List.of("Paris Front End", "Front End pool", "Paris", "yes", "5400", "5420", "0", "no service"),
                first.subList(0, 8));
    }

    @Test
    void everyFailableElementHasARowAndTheAssumptionClosesTheSheet() throws Exception {
        List<List<String>> rows = csv();

        // Header + 21 elements (5 sites, 3 Paris pools and 3 peers, the Lyon gateway, 3 SBAs and the Lille gateway,
        // the Berlin Mediation pool and SBC, 3 WAN links) + the assumption.
        assertEquals(List.of(23, "Routing assumption"), List.of(rows.size(), rows.get(22).get(0)));
    }

    @Test
    void aLinkWhoseLossLeavesLyonWithoutAnythingNamesBothEnds() throws Exception {
        List<String> lyonLink = csv().stream().filter(r -> r.get(0).equals("Paris - Lyon")).findFirst().orElseThrow();

        // Lyon's 400 users reach neither their Registrar nor the Mediation pool, both beyond the link.
        assertEquals(List.of("WAN link", "Paris - Lyon", "yes", "400", "400"), lyonLink.subList(1, 6));
    }

    @Test
    void theWorkbookKeepsTheUserCountsAsNumbers() throws Exception {
        WorksheetExporter.export(Examples.load(Examples.FLAWED, TopologyFiles.newResourceSet()), "flawed", out,
                EnumSet.of(ExportFormat.XLSX), Optional.empty());

        XlsxContent book = new XlsxContent(out.resolve("flawed.xlsx"));
        List<String> first = book.sheet("Resiliency").get(1);
        // Resiliency is the 11th sheet (after Call admission control); t="n" marks a number cell (ECMA-376 ST_CellType).
        assertEquals(List.of("Paris Front End", "5400", "5420", "n"), List.of(first.get(0), first.get(4), first.get(5),
                book.cell(11, 1, 4).getAttribute("t")));
    }

    @Test
    void theHtmlReportShowsTheTintedOverviewUnderTheResiliencyHeading() throws Exception {
        WorksheetExporter.export(Examples.load(Examples.FLAWED, TopologyFiles.newResourceSet()), "flawed", out,
                EnumSet.of(ExportFormat.HTML), Optional.empty(), Optional.of(new byte[] { 1, 2, 3 }),
                ExportOptions.defaults());

        String html = Files.readString(out.resolve("flawed.html"));
        // Base64 of the bytes 1, 2, 3 is "AQID".
        assertTrue(html.contains("<h2>Resiliency</h2>\n<img class=\"diagram\" alt=\"The overview with the single failure"
                + " that costs most simulated\" src=\"data:image/png;base64,AQID\"/>"), html);
    }
}
