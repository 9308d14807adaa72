package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.export.ExportOptions;
import io.trunkline.export.internal.Cell;
import io.trunkline.export.internal.Column;
import io.trunkline.export.internal.ColumnWidths;
import io.trunkline.export.internal.CsvWriter;
import io.trunkline.export.internal.HtmlReportWriter;
import io.trunkline.export.internal.OutputFiles;
import io.trunkline.export.internal.PageSetup;
import io.trunkline.export.internal.Sheet;
import io.trunkline.export.internal.SheetWriter;
import io.trunkline.export.internal.XlsxWriter;

/**
 * Every writer lets go of a row once it has written it, so an export's memory does not grow with the topology
 * (issue 18, item 4). Each row carries a marker cell the writers never copy; when the last row is asked for, the
 * markers of rows written long before must be collectable, and the heap in use after a full collection must not
 * have grown with the rows written since the first tenth (which catches rows held inside fastexcel, whose cells
 * are its own). A writer that gathered its rows first, as the export did before, holds every one of them.
 */
class StreamingWritersTest {

    private static final int ROWS = 100_000;
    /** The rows a writer may still hold: the workbook's chunk of 1,024 and room to spare. */
    private static final int HELD = 5_000;
    /**
     * The most the heap may grow between the first tenth and the last row. Held, 90,000 rows of six numbers take
     * about 30 MB in fastexcel (a cell object and a boxed number, some 45 bytes, for each of 540,000 cells) and as
     * many again as our rows; written and let go, only fastexcel's list of flushed rows (4 bytes a row) remains.
     */
    private static final long MOST_GROWTH = 8L << 20;

    /** A sheet of {@link #ROWS} rows that looks, at the first tenth and at the last row, at what is still held. */
    private static final class WatchedRows {

        private final WeakReference<?>[] markers = new WeakReference<?>[ROWS];
        /** Whether each row's text is its own, as the names and verdicts of a real topology are. */
        private final boolean distinctTexts;

        WatchedRows() {
            this(false);
        }

        WatchedRows(boolean distinctTexts) {
            this.distinctTexts = distinctTexts;
        }
        private int mostStillHeld;
        private long heapAtFirstTenth;
        private long mostGrowth;

        Sheet sheet() {
            List<Column> columns = new ArrayList<>(List.of(new Column("Name", Column.Type.TEXT, 20)));
            for (int c = 1; c <= 6; c++) {
                columns.add(new Column("Number " + c, Column.Type.INTEGER, 10));
            }
            return new Sheet("Watched", columns, ROWS, this::row);
        }

        private List<Cell> row(int index) {
            Cell marker = new Cell.Number(index);
            markers[index] = new WeakReference<>(marker);
            if (index == ROWS / 10) {
                heapAtFirstTenth = heapAfterCollection();
            } else if (index == ROWS - 1) {
                mostGrowth = Math.max(mostGrowth, heapAfterCollection() - heapAtFirstTenth);
                countStillHeld();
            }
            String text = distinctTexts ? "a sentence as long as a site's verdict, made for row number " + index : "row";
            return List.of(new Cell.Text(text), marker, new Cell.Number(index + 1), new Cell.Number(index + 2),
                    new Cell.Number(index + 3), new Cell.Number(index + 4), new Cell.Number(index + 5));
        }

        private void countStillHeld() {
            int held = 0;
            for (int i = 0; i < ROWS - HELD; i++) {
                if (markers[i].get() != null) {
                    held++;
                }
            }
            mostStillHeld = Math.max(mostStillHeld, held);
        }

        private static long heapAfterCollection() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void assertNothingHeld() {
            assertNothingHeld(MOST_GROWTH);
        }

        void assertNothingHeld(long most) {
            assertEquals(0, mostStillHeld, "rows still reachable when the last row was made");
            assertTrue(mostGrowth < most, "the heap grew by " + (mostGrowth >> 10) + " KB while the rows were written");
        }
    }

    /** 30,000 rows named "row 0" to "row 29999". */
    private static Sheet named() {
        return new Sheet("Watched", List.of(new Column("Name", Column.Type.TEXT, 20)), 30_000,
                i -> List.of(new Cell.Text("row " + i)));
    }

    @TempDir
    Path folder;

    /** A workbook writing its package into a scratch file, as an export's does. */
    private XlsxWriter workbook() throws IOException {
        return new XlsxWriter(new PageSetup("t", ExportOptions.defaults()), OutputFiles.in(folder).scratch("t.xlsx"));
    }

    @Test
    void theWorkbookWriterHoldsNoRowItHasWritten() throws IOException {
        WatchedRows rows = new WatchedRows();
        Sheet sheet = rows.sheet();
        XlsxWriter workbook = workbook();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(workbook));
        workbook.finish(OutputStream.nullOutputStream());
        rows.assertNothingHeld();
    }

    @Test
    void theWorkbookWriterHoldsNoTextItHasWritten() throws IOException {
        // The rows as above (under 8 MB; 8.5 MB measured with these texts); the package goes to its scratch file as
        // it is written. Kept in a shared-string table the 90,000 texts of some 65 characters would take 90,000 x
        // about 170 bytes (a string of 24 + 88 bytes, a map entry of 32, its slot of 8, a boxed index of 16) = 15 MB more.
        WatchedRows rows = new WatchedRows(true);
        Sheet sheet = rows.sheet();
        XlsxWriter workbook = workbook();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(workbook));
        workbook.finish(OutputStream.nullOutputStream());
        rows.assertNothingHeld(16L << 20);
    }

    @Test
    void theWorkbookWriterHoldsNoHeightOfARowItHasWritten() throws IOException {
        // These rows' texts (some 65 characters in a column of 20) wrap, so each row is given a height. Kept until the
        // workbook was finished, fastexcel's 90,000 heights took some 6.5 MB (a map entry of 32 bytes, its slot, a
        // boxed row number and a boxed height of 16 bytes each): 8.5 MB of growth in all, under 2 MB without them.
        WatchedRows rows = new WatchedRows(true);
        Sheet sheet = rows.sheet();
        XlsxWriter workbook = workbook();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(workbook));
        workbook.finish(OutputStream.nullOutputStream());
        rows.assertNothingHeld(4L << 20);
    }

    @Test
    void theWorkbookPackageGoesToItsScratchFileWhileTheRowsAreWritten() throws IOException {
        OutputFiles.Scratch scratch = OutputFiles.in(folder).scratch("t.xlsx");
        XlsxWriter workbook = new XlsxWriter(new PageSetup("t", ExportOptions.defaults()), scratch);
        Sheet sheet = new WatchedRows(true).sheet();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(workbook));
        // Before the workbook is finished, the 100,000 rows (a text of some 65 characters and six numbers each, at
        // least a byte a row deflated) are on disk, not in memory.
        assertTrue(Files.size(scratch.file()) > 100_000, Files.size(scratch.file()) + " bytes in " + scratch.file());
        workbook.finish(OutputStream.nullOutputStream());
    }

    @Test
    void theCsvWriterHoldsNoRowItHasWritten() throws IOException {
        WatchedRows rows = new WatchedRows();
        SheetWriter.write(rows.sheet(), null, List.of(new CsvWriter(Writer.nullWriter())));
        rows.assertNothingHeld();
    }

    @Test
    void theHtmlReportWriterHoldsNoRowItHasWritten() throws IOException {
        WatchedRows rows = new WatchedRows();
        Sheet sheet = rows.sheet();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(report(sheet, "t", Writer.nullWriter(), file -> Writer.nullWriter())));
        rows.assertNothingHeld();
    }

    @Test
    void oneSheetWrittenToEveryWriterMakesEachRowOnce() throws IOException {
        int[] made = new int[3];
        Sheet sheet = new Sheet("Counted", List.of(new Column("Name", Column.Type.TEXT, 20)), 3, i -> {
            made[i]++;
            return List.of(new Cell.Text("row " + i));
        });
        XlsxWriter workbook = workbook();
        SheetWriter.write(sheet, ColumnWidths.of(sheet),
                List.of(workbook, new CsvWriter(Writer.nullWriter()), report(sheet, "t", Writer.nullWriter(), file -> Writer.nullWriter())));
        // Once to measure the columns (ColumnWidths.of), once for the three writers together.
        assertArrayEquals(new int[] { 2, 2, 2 }, made);
    }

    @Test
    void measuringTheColumnsHoldsNoRow() throws IOException {
        WatchedRows rows = new WatchedRows();
        ColumnWidths.of(rows.sheet());
        rows.assertNothingHeld();
    }

    @Test
    void theReportShowsTheFirstPageOfALongTable() throws IOException {
        Sheet sheet = named();
        StringWriter report = new StringWriter();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(report(sheet, "plan", report, file -> Writer.nullWriter())));
        String html = report.toString();
        // 30,000 rows at 10,000 a page: rows 0..9,999 here ("row 9999"), pages 2 and 3 linked.
        assertEquals(10_000, html.split("<tr><td>row ", -1).length - 1);
        assertTrue(html.contains("<td>row 9999</td>") && !html.contains("<td>row 10000</td>"), "the first 10,000 rows");
        assertTrue(html.contains("Rows 1 to 10,000 of 30,000, 10,000 a page: <strong>1</strong> <a href=\"plan-watched-2.html\">2</a> <a href=\"plan-watched-3.html\">3</a>"),
                "says which rows and links the other pages");
    }

    @Test
    void aLaterPageHoldsItsRowsAndLinksBack() throws IOException {
        Sheet sheet = named();
        Map<String, StringWriter> pages = new HashMap<>();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(report(sheet, "plan", Writer.nullWriter(), into(pages))));
        String html = pages.get("plan-watched-3.html").toString();
        // Page 3 of 10,000-row pages: rows 20,000..29,999 (0-based), the last 10,000 of 30,000.
        assertEquals(10_000, html.split("<tr><td>row ", -1).length - 1);
        assertTrue(html.contains("<td>row 20000</td>") && html.contains("<td>row 29999</td>") && !html.contains("<td>row 19999</td>"),
                "rows 20,001 to 30,000");
        assertTrue(html.contains("Rows 20,001 to 30,000 of 30,000, 10,000 a page: <a href=\"plan.html#watched\">1</a> <a href=\"plan-watched-2.html\">2</a> <strong>3</strong>"),
                "links back to the report and page 2");
    }

    @Test
    void aPageLinkToAFileNameWithAHashStillFindsTheFile() throws IOException {
        Sheet sheet = named();
        Map<String, StringWriter> pages = new HashMap<>();
        SheetWriter.write(sheet, ColumnWidths.of(sheet), List.of(report(sheet, "plan #1", Writer.nullWriter(), into(pages))));
        StringWriter page = pages.get("plan #1-watched-2.html");
        // Unencoded, "plan #1.html" would link to "plan " with the fragment "1.html".
        assertTrue(page.toString().contains("<a href=\"plan%20%231.html#watched\">1</a> <strong>2</strong> <a href=\"plan%20%231-watched-3.html\">3</a>"),
                page.toString().substring(0, 2_000));
    }

    /** A report of {@code sheet} into {@code out}, its later pages into {@code pages}. */
    private static HtmlReportWriter report(Sheet sheet, String name, Writer out, HtmlReportWriter.PageFiles pages) throws IOException {
        return HtmlReportWriter.start("t", name, List.of(sheet), Optional.empty(), Optional.empty(), ExportOptions.defaults(),
                out, pages);
    }

    /** Page files kept by name. */
    private static HtmlReportWriter.PageFiles into(Map<String, StringWriter> pages) {
        return file -> pages.computeIfAbsent(file, f -> new StringWriter());
    }
}
