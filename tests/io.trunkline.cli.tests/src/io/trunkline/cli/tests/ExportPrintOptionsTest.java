package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;

/** {@code export --paper a4|letter} and {@code --stamp}: the paper the worksheets print on and the export time on them. */
class ExportPrintOptionsTest {

    @TempDir
    Path folder;

    /** The last run, whose output the assertions read. */
    private Cli last;

    private int run(String... args) {
        last = Cli.run(args);
        return last.exitCode();
    }

    private String err() {
        return last.err();
    }

    private String example() throws Exception {
        Path file = folder.resolve(Examples.fileName(Examples.MULTI_SITE_ENTERPRISE));
        Examples.copyTo(Examples.MULTI_SITE_ENTERPRISE, file);
        return file.toString();
    }

    /** The page setup element of the workbook's first sheet. */
    private static String pageSetup(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sheet.indexOf("<pageSetup ");
            return sheet.substring(start, sheet.indexOf("/>", start));
        }
    }

    private int exportIn(Locale locale, Path target, String... more) throws Exception {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, locale);
        try {
            return run(Stream.concat(Stream.of("export", example(), "--out", target.toString()), Stream.of(more))
                    .toArray(String[]::new));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void paperLetterPrintsOnLetter() throws Exception {
        Path target = folder.resolve("plans");
        assertEquals(ExitCode.OK, exportIn(Locale.GERMANY, target, "--paper", "letter"));
        assertTrue(pageSetup(target.resolve("multi-site-enterprise.xlsx")).contains("paperSize=\"1\""), "1 = Letter");
    }

    @Test
    void paperA4PrintsOnA4() throws Exception {
        Path target = folder.resolve("plans");
        assertEquals(ExitCode.OK, exportIn(Locale.US, target, "--paper", "A4"));
        assertTrue(pageSetup(target.resolve("multi-site-enterprise.xlsx")).contains("paperSize=\"9\""), "9 = A4");
    }

    @Test
    void anUnknownPaperIsAUsageErrorAndWritesNothing() throws Exception {
        Path target = folder.resolve("plans");
        assertEquals(ExitCode.USAGE, exportIn(Locale.UK, target, "--paper", "legal"));
        assertEquals("trunkline export: unknown paper 'legal'; use a4 or letter\n", err().replace("\r", ""));
        assertFalse(Files.exists(target), "no folder, no files");
    }

    @Test
    void paperWithoutAValueIsAUsageError() throws Exception {
        assertEquals(ExitCode.USAGE, exportIn(Locale.UK, folder.resolve("plans"), "--paper"));
        assertTrue(err().startsWith("trunkline export: --paper needs a value"), err());
    }

    @Test
    void stampPrintsTodaysDateInTheReportAndFooters() throws Exception {
        Path target = folder.resolve("plans");
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        assertEquals(ExitCode.OK, exportIn(Locale.UK, target, "--stamp"));
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        String html = Files.readString(target.resolve("multi-site-enterprise.html"));
        assertTrue(html.contains("Exported " + before) || html.contains("Exported " + after), "the UTC date of the export");
        try (ZipFile zip = new ZipFile(target.resolve("multi-site-enterprise.xlsx").toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml"))) {
            String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sheet.contains("Exported " + before) || sheet.contains("Exported " + after), "in the footer");
        }
    }

    @Test
    void withoutStampTwoExportsAreTheSameBytes() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertEquals(ExitCode.OK, exportIn(Locale.UK, first));
        assertEquals(ExitCode.OK, exportIn(Locale.UK, second));
        for (String file : new String[] { "multi-site-enterprise.xlsx", "multi-site-enterprise.html" }) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        assertFalse(Files.readString(first.resolve("multi-site-enterprise.html")).contains("Exported"));
    }
}
