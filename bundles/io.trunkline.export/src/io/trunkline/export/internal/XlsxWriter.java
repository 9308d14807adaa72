package io.trunkline.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables as one workbook: typed, formatted cells (numbers right, text left, both at the top of their
 * row), bold frozen headers with filters, widths that fit the content, live formulas, and each sheet's page setup
 * ({@link PageSetup}).
 */
public final class XlsxWriter implements SheetWriter {

    /** Points per line of the 11-point default font. */
    private static final double LINE_HEIGHT = 15;
    /** The tallest row a workbook holds ("Excel specifications and limits", Row height: 409 points). */
    private static final double MAX_ROW_HEIGHT = 409;
    /** Thin light-grey cell borders, as in the HTML report: printed without gridlines, columns still read apart. */
    private static final String BORDER = "D5DBE5";
    /** Rows held by the workbook before they are written out. */
    private static final int CHUNK = 1024;
    /**
     * fastexcel's map of row heights, which it reads only as it writes a row out but keeps until the workbook is
     * finished: at 100,000 sites, where a wrapped cost or message makes most of 640,000 rows taller, it grew by some
     * 45 MB while the sheets were written (issue 18, item 4). Its API has no way to let go of a height, so the
     * heights of the rows written out are cleared through the field; without it (another fastexcel) they stay, which
     * costs memory, never output. Null then.
     */
    private static final Field ROW_HEIGHTS = rowHeightsField();

    private final PageSetup pages;
    /** Where fastexcel writes the package, which {@link #finish} then rewrites into the workbook's file. */
    private final OutputFiles.Scratch written;
    private final Workbook workbook;
    /** Cells whose look differs from their column's in the chunk of rows not yet written out: row, column, type, wraps. */
    private final List<int[]> differing = new ArrayList<>();
    private Sheet sheet;
    private ColumnWidths widths;
    private Worksheet ws;
    /** The first row of the chunk being filled and the next row (1 is the first under the header). */
    private int first;
    private int r;

    /**
     * A workbook whose sheets are each set up for printing by {@code pages}, written as it is produced into
     * {@code scratch}, so the package is never held in memory.
     */
    public XlsxWriter(PageSetup pages, OutputFiles.Scratch scratch) {
        this.pages = pages;
        this.written = scratch;
        this.workbook = new Workbook(scratch.out(), "Trunkline", "0.1");
        // The package is inflated and compressed again by DeterministicPackage, whose compression alone makes the
        // file's bytes: this one only keeps the scratch file small until then, so it takes the fastest level
        // (fastexcel's own, 4, spent about as long as the final compression on the export's first thread).
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
    }

    @Override
    public void begin(Sheet next, ColumnWidths layout) throws IOException {
        sheet = next;
        widths = layout;
        ws = workbook.newWorksheet(next.name());
        List<Column> columns = next.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).title());
            ws.style(0, c).bold().fillColor("DCE6F1").borderStyle("thin").borderColor("B7C4D6").wrapText(true)
                    .verticalAlignment("bottom")
                    .horizontalAlignment(columns.get(c).type() == Column.Type.TEXT ? "left" : "right").set();
            ws.width(c, widths.width(c));
        }
        ws.rowHeight(0, LINE_HEIGHT * widths.headerLines());
        // What goes before the rows in the sheet XML, which the first flush writes.
        ws.freezePane(0, 1);
        if (next.rowCount() > 0) {
            ws.setAutoFilter(0, 0, next.rowCount(), columns.size() - 1);
        }
        pages.apply(ws, widths);
        first = 1;
        r = 1;
    }

    /**
     * Rows go out a chunk at a time, so the workbook never holds more than a chunk of a sheet. Styles go on the
     * chunk's columns and then on the few cells that differ: fastexcel works a style out once per range, but once
     * per cell when set cell by cell, which doubled a large export's time.
     */
    @Override
    public void row(List<Cell> row) throws IOException {
        List<Column> columns = sheet.columns();
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            Cell cell = row.get(c);
            value(ws, r, c, cell);
            Column.Type type = Formats.typeOf(cell, columns.get(c));
            boolean wraps = cell instanceof Cell.Text text && widths.wraps(c, text.text());
            if (wraps) {
                lines = Math.max(lines, widths.lines(c, cell.text()));
            }
            if (wraps || type != columns.get(c).type()) {
                differing.add(new int[] { r, c, type.ordinal(), wraps ? 1 : 0 });
            }
        }
        // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file; without a height the
        // lines print over the next row.
        if (lines > 1) {
            ws.rowHeight(r, Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines));
        }
        if (r - first + 1 == CHUNK || r == sheet.rowCount()) {
            style(ws, columns, first, r, differing);
            differing.clear();
            ws.flush();
            forgetRowHeights(ws);
            first = r + 1;
        }
        r++;
    }

    @Override
    public void end() throws IOException {
        // The sheets share one zip stream: a sheet is done before the next one writes.
        ws.finish();
    }

    /** Writes the workbook, every sheet ended, to {@code out}. */
    public void finish(OutputStream out) throws IOException {
        workbook.finish();
        written.out().close();
        DeterministicPackage.rewrite(written.file(), out, pages::completeSheetXml);
    }

    /**
     * Styles rows {@code first} to {@code last}: each column's look, then the cells that differ from it, a run of
     * alike cells one under another at once (a Resiliency row's cost wraps in nearly every row: styled cell by cell,
     * that was a tenth of the first thread's work). The runs go in the order of their first cells, row by row, the
     * order the cells went in one by one: fastexcel numbers each look where it first appears, so the workbook's
     * bytes stay the same.
     */
    private static void style(Worksheet ws, List<Column> columns, int first, int last, List<int[]> differing) {
        for (int c = 0; c < columns.size(); c++) {
            look(ws.range(first, c, last, c).style(), columns.get(c).type(), false);
        }
        // Per column, the run its last differing cell belongs to: first row, last row, column, type, wraps.
        int[][] running = new int[columns.size()][];
        List<int[]> runs = new ArrayList<>();
        for (int[] at : differing) {
            int[] run = running[at[1]];
            if (run != null && run[1] == at[0] - 1 && run[3] == at[2] && run[4] == at[3]) {
                run[1] = at[0];
            } else {
                run = new int[] { at[0], at[0], at[1], at[2], at[3] };
                running[at[1]] = run;
                runs.add(run);
            }
        }
        for (int[] run : runs) {
            look(ws.range(run[0], run[2], run[1], run[2]).style(), Column.Type.values()[run[3]], run[4] == 1);
        }
    }

    private static Field rowHeightsField() {
        try {
            Field field = Worksheet.class.getDeclaredField("rowHeights");
            field.setAccessible(true);
            return Map.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Lets go of the heights of the rows {@code ws} has written out: it never reads them again. */
    private static void forgetRowHeights(Worksheet ws) {
        if (ROW_HEIGHTS == null) {
            return;
        }
        try {
            ((Map<?, ?>) ROW_HEIGHTS.get(ws)).clear();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void value(Worksheet ws, int r, int c, Cell cell) {
        if (cell instanceof Cell.Formula formula) {
            ws.formula(r, c, formula.expression());
        } else if (cell instanceof Cell.Number number) {
            double value = number.value();
            // Whole numbers as integers, so the sheet holds 1800, not 1800.0.
            ws.value(r, c, value == Math.rint(value) && Math.abs(value) < 1e15 ? (java.lang.Number) (long) value : value);
        } else {
            // Inline rather than shared: fastexcel keeps every distinct shared text until the workbook is finished,
            // which at 100,000 sites (a name, a verdict, a failure's effect in each of half a million rows) held more
            // memory than the rest of the export.
            ws.inlineString(r, c, cell.text());
        }
    }

    /** Numbers right in their format, text left and wrapped where it must be; all at the top of the row, framed. */
    private static void look(StyleSetter style, Column.Type type, boolean wrap) {
        if (type == Column.Type.TEXT) {
            style.horizontalAlignment("left").wrapText(wrap);
        } else {
            style.format(Formats.excel(type)).horizontalAlignment("right");
        }
        style.verticalAlignment("top").borderStyle("thin").borderColor(BORDER).set();
    }
}
