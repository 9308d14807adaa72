package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.Paper;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/**
 * The workbooks as a deployment team prints them: exported, opened and printed to PDF by LibreOffice
 * ({@code soffice --headless --convert-to pdf}), and the PDF read back with poppler ({@code pdftotext},
 * {@code pdfinfo}). Every page names its sheet in the page header, so pages are counted per sheet; every page of
 * a sheet must show every column title (the header row is repeated and no column spilled onto a page of its own)
 * and "Page N of M" in its footer. The pages are also rendered to PNG under {@code target/libreoffice/} for a
 * person to look at.
 *
 * <p>Without LibreOffice the tests are skipped with the reason, never passed; {@code ./trunkline test} installs
 * LibreOffice and sets {@code TRUNKLINE_REQUIRE_LIBREOFFICE=1}, which turns a missing LibreOffice into a failure.
 */
class LibreOfficePrintTest {

    private static final Path DIR = Path.of("target", "libreoffice").toAbsolutePath();
    private static final List<String> SHEETS = List.of("Summary", "Sites", "Gateways", "Mediation Servers", "Trunks",
            "SBA-SBS", "WAN links", "WAN bandwidth", "Voice routing", "Call admission control", "Resiliency", "Validation");
    private static final Pattern PAGE_OF = Pattern.compile("Page (\\d+) of (\\d+)");

    /** Why the tests cannot run here, if they cannot. */
    private static Optional<String> missing = Optional.empty();

    @BeforeAll
    static void printEveryWorkbook() throws Exception {
        List<String> tools = Stream.of("soffice", "pdftotext", "pdfinfo", "pdftoppm").filter(c -> !onPath(c)).toList();
        if (!tools.isEmpty()) {
            missing = Optional.of("LibreOffice print check not run: " + String.join(", ", tools)
                    + " not installed (apt-get install libreoffice-calc-nogui poppler-utils; ./trunkline test installs them)");
            if ("1".equals(System.getenv("TRUNKLINE_REQUIRE_LIBREOFFICE"))) {
                fail(missing.get());
            }
            // Skipped test by test in skipIfMissing(): a class aborted here is reported as no tests at all.
            return;
        }
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        Topology multiSite = Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
        export(multiSite, "multi-site-a4", Paper.A4);
        export(multiSite, "multi-site-letter", Paper.LETTER);
        export(Examples.load(Examples.VOIP_ONLY, TopologyFiles.newResourceSet()), "one-site", Paper.A4);
        export(SyntheticTopologyGenerator.generate(300, 1), "sites-300", Paper.A4);
        export(RoutingAndAdmissionSheetsTest.planned(), "routed", Paper.A4);
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + DIR.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", DIR.toString()));
        for (String name : List.of("multi-site-a4", "multi-site-letter", "one-site", "sites-300", "routed")) {
            command.add(DIR.resolve(name + ".xlsx").toString());
        }
        String log = run(command);
        assertFalse(Pattern.compile("repair|corrupt|general error|could not be loaded", Pattern.CASE_INSENSITIVE).matcher(log).find(), log);
        run(List.of("pdftoppm", "-png", "-r", "70", DIR.resolve("multi-site-a4.pdf").toString(), DIR.resolve("multi-site-a4").toString()));
        run(List.of("pdftoppm", "-png", "-r", "70", "-l", "3", DIR.resolve("sites-300.pdf").toString(), DIR.resolve("sites-300").toString()));
        run(List.of("pdftoppm", "-png", "-r", "100", "-f", "9", "-l", "10", DIR.resolve("routed.pdf").toString(), DIR.resolve("routed").toString()));
    }

    @BeforeEach
    void skipIfMissing() {
        missing.ifPresent(Assumptions::abort);
    }

    private static void export(Topology topology, String name, Paper paper) throws IOException {
        Path folder = Files.createDirectories(DIR.resolve("export-" + name));
        WorksheetExporter.export(topology, name, folder, EnumSet.of(ExportFormat.XLSX), Optional.empty(),
                new ExportOptions(paper, Optional.empty()));
        Files.move(folder.resolve(name + ".xlsx"), DIR.resolve(name + ".xlsx"));
    }

    /** The text of each page of {@code name}.pdf, as pdftotext lays it out. */
    private static List<String> pages(String name) throws Exception {
        Path text = DIR.resolve(name + ".txt");
        run(List.of("pdftotext", "-layout", DIR.resolve(name + ".pdf").toString(), text.toString()));
        List<String> pages = new ArrayList<>(Arrays.asList(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1)));
        pages.removeIf(String::isBlank);
        return pages;
    }

    /** The pages of each sheet, told apart by the sheet name that closes each page header's first line. */
    private static Map<String, List<String>> pagesBySheet(String name) throws Exception {
        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        for (String page : pages(name)) {
            String header = page.strip().lines().findFirst().orElse("").strip();
            String sheet = SHEETS.stream().filter(header::endsWith).findFirst()
                    .orElseThrow(() -> new AssertionError("a page without a header naming its sheet:\n" + page));
            bySheet.computeIfAbsent(sheet, s -> new ArrayList<>()).add(page);
        }
        return bySheet;
    }

    private static Map<String, Integer> pageCounts(String name) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pagesBySheet(name).forEach((sheet, pages) -> counts.put(sheet, pages.size()));
        return counts;
    }

    private static Map<String, Integer> onePageEach() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        SHEETS.forEach(s -> expected.put(s, 1));
        return expected;
    }

    @Test
    void theMultiSiteExamplePrintsOnePagePerSheet() throws Exception {
        assertEquals(onePageEach(), pageCounts("multi-site-a4"));
    }

    @Test
    void aOneSiteTopologyPrintsOnePagePerSheet() throws Exception {
        assertEquals(onePageEach(), pageCounts("one-site"));
    }

    @Test
    void aPlanWithRoutingAndAdmissionControlPrintsOnePagePerSheet() throws Exception {
        assertEquals(onePageEach(), pageCounts("routed"));
    }

    @Test
    void onLetterPaperTheMultiSiteExampleStillPrintsOnePagePerSheet() throws Exception {
        assertEquals(onePageEach(), pageCounts("multi-site-letter"));
    }

    @Test
    void everyPageShowsEveryColumnTitleOfItsSheet() throws Exception {
        for (String name : List.of("multi-site-a4", "multi-site-letter", "sites-300", "routed")) {
            XlsxContent book = new XlsxContent(DIR.resolve(name + ".xlsx"));
            pagesBySheet(name).forEach((sheet, pages) -> {
                for (int p = 0; p < pages.size(); p++) {
                    String page = pages.get(p);
                    for (String title : book.sheet(sheet).get(0)) {
                        // LibreOffice wraps titles between words and after hyphens.
                        for (String word : title.split("[ -]")) {
                            assertTrue(page.contains(word), name + ", " + sheet + " page " + (p + 1) + " lacks '" + word
                                    + "' of column '" + title + "':\n" + page);
                        }
                    }
                }
            });
        }
    }

    @Test
    void longSheetsRunOnOverSeveralPages() throws Exception {
        assertTrue(pagesBySheet("sites-300").get("Sites").size() > 1, "300 sites run over more than one page");
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws Exception {
        // LibreOffice numbers the pages of a whole-workbook printout through (&P), out of all of them (&N).
        for (String name : List.of("multi-site-a4", "sites-300")) {
            List<String> pages = pages(name);
            for (int p = 0; p < pages.size(); p++) {
                Matcher footer = PAGE_OF.matcher(pages.get(p));
                assertTrue(footer.find(), name + " page " + (p + 1) + " has no footer");
                assertEquals(List.of(p + 1, pages.size()), List.of(Integer.parseInt(footer.group(1)), Integer.parseInt(footer.group(2))),
                        name + " page " + (p + 1));
            }
        }
    }

    @Test
    void a4PagesAreA4() throws Exception {
        // 210 x 297 mm = 595 x 842 pt, either way round.
        assertEquals(List.of(List.of(595L, 842L)), pageSizes("multi-site-a4"));
    }

    @Test
    void letterPagesAreLetter() throws Exception {
        // 8.5 x 11 in = 612 x 792 pt, either way round.
        assertEquals(List.of(List.of(612L, 792L)), pageSizes("multi-site-letter"));
    }

    /** The distinct page sizes of {@code name}.pdf in points, shorter side first, from pdfinfo. */
    private static List<List<Long>> pageSizes(String name) throws Exception {
        String info = run(List.of("pdfinfo", "-f", "1", "-l", "999", DIR.resolve(name + ".pdf").toString()));
        Pattern size = Pattern.compile("Page +\\d+ size: *([0-9.]+) x ([0-9.]+) pts.*");
        return info.lines().map(size::matcher).filter(Matcher::matches).map(m -> {
            long a = Math.round(Double.parseDouble(m.group(1)));
            long b = Math.round(Double.parseDouble(m.group(2)));
            return List.of(Math.min(a, b), Math.max(a, b));
        }).distinct().toList();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish in 5 minutes");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + text);
        return text;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
