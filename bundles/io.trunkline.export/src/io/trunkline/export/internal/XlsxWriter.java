package io.trunkline.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables as one workbook: typed, formatted cells (numbers right, text left, both at the top of their
 * row), bold frozen headers with filters, widths that fit the content, live formulas, and each sheet's page setup
 * ({@link PageSetup}).
 */
public final class XlsxWriter {

    /** Points per line of the 11-point default font. */
    private static final double LINE_HEIGHT = 15;
    /** The tallest row a workbook holds ("Excel specifications and limits", Row height: 409 points). */
    private static final double MAX_ROW_HEIGHT = 409;
    /** Thin light-grey cell borders, as in the HTML report: printed without gridlines, columns still read apart. */
    private static final String BORDER = "D5DBE5";

    private XlsxWriter() {
    }

    /** Writes {@code sheets} to {@code out}, each set up for printing by {@code pages}. */
    public static void write(List<Sheet> sheets, PageSetup pages, OutputStream out) throws IOException {
        ByteArrayOutputStream written = DeterministicPackage.buffer();
        Workbook workbook = new Workbook(written, "Trunkline", "0.1");
        for (Sheet sheet : sheets) {
            write(sheet, pages, workbook.newWorksheet(sheet.name()));
        }
        workbook.finish();
        DeterministicPackage.rewrite(written.toByteArray(), out,
                (name, content) -> name.matches("xl/worksheets/sheet\\d+\\.xml") ? pages.completeSheetXml(content) : content);
    }

    private static void write(Sheet sheet, PageSetup pages, Worksheet ws) {
        List<Column> columns = sheet.columns();
        ColumnWidths widths = ColumnWidths.of(sheet);
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).title());
            ws.style(0, c).bold().fillColor("DCE6F1").borderStyle("thin").borderColor("B7C4D6").wrapText(true)
                    .verticalAlignment("bottom")
                    .horizontalAlignment(columns.get(c).type() == Column.Type.TEXT ? "left" : "right").set();
            ws.width(c, widths.width(c));
        }
        ws.rowHeight(0, LINE_HEIGHT * widths.headerLines());
        // Styles go on whole columns and then on the few cells that differ: fastexcel works a style out once per
        // range, but once per cell when set cell by cell, which doubled a large export's time.
        List<int[]> differing = new ArrayList<>();
        int r = 1;
        for (List<Cell> row : sheet.rows()) {
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                value(ws, r, c, cell);
                boolean wraps = cell instanceof Cell.Text text && widths.wraps(c, text.text());
                if (wraps) {
                    lines = Math.max(lines, widths.lines(c, cell.text()));
                }
                if (wraps || Formats.typeOf(cell, columns.get(c)) != columns.get(c).type()) {
                    differing.add(new int[] { r, c });
                }
            }
            // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file; without a height the
            // lines print over the next row.
            if (lines > 1) {
                ws.rowHeight(r, Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines));
            }
            r++;
        }
        if (!sheet.rows().isEmpty()) {
            for (int c = 0; c < columns.size(); c++) {
                look(ws.range(1, c, sheet.rows().size(), c).style(), columns.get(c).type(), false);
            }
        }
        for (int[] at : differing) {
            Cell cell = sheet.rows().get(at[0] - 1).get(at[1]);
            look(ws.style(at[0], at[1]), Formats.typeOf(cell, columns.get(at[1])),
                    cell instanceof Cell.Text && widths.wraps(at[1], cell.text()));
        }
        ws.freezePane(0, 1);
        if (!sheet.rows().isEmpty()) {
            ws.setAutoFilter(0, 0, sheet.rows().size(), columns.size() - 1);
        }
        pages.apply(ws, widths);
    }

    private static void value(Worksheet ws, int r, int c, Cell cell) {
        if (cell instanceof Cell.Formula formula) {
            ws.formula(r, c, formula.expression());
        } else if (cell instanceof Cell.Number number) {
            double value = number.value();
            // Whole numbers as integers, so the sheet holds 1800, not 1800.0.
            ws.value(r, c, value == Math.rint(value) && Math.abs(value) < 1e15 ? (java.lang.Number) (long) value : value);
        } else {
            ws.value(r, c, cell.text());
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
