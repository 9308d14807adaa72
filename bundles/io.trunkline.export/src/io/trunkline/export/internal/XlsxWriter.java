package io.trunkline.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the tables as one workbook: typed cells, bold frozen headers, autofilter, widths, live formulas. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    /** Writes {@code sheets} to {@code out}. */
    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream written = DeterministicPackage.buffer();
        Workbook workbook = new Workbook(written, "Trunkline", "0.1");
        for (Sheet sheet : sheets) {
            write(sheet, workbook.newWorksheet(sheet.name()));
        }
        workbook.finish();
        DeterministicPackage.rewrite(written.toByteArray(), out);
    }

    private static void write(Sheet sheet, Worksheet ws) {
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).title());
            ws.style(0, c).bold().fillColor("DCE6F1").wrapText(true).set();
            ws.width(c, columns.get(c).width());
        }
        int r = 1;
        for (List<Cell> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                write(ws, r, c, row.get(c), columns.get(c));
            }
            r++;
        }
        ws.freezePane(0, 1);
        if (!sheet.rows().isEmpty()) {
            ws.setAutoFilter(0, 0, sheet.rows().size(), columns.size() - 1);
        }
    }

    private static void write(Worksheet ws, int r, int c, Cell cell, Column column) {
        if (cell instanceof Cell.Formula formula) {
            ws.formula(r, c, formula.expression());
            format(ws, r, c, column);
        } else if (cell instanceof Cell.Number number) {
            double value = number.value();
            // Whole numbers as integers, so the sheet shows 1800, not 1800.0.
            ws.value(r, c, value == Math.rint(value) && Math.abs(value) < 1e15 ? (java.lang.Number) (long) value : value);
            format(ws, r, c, column);
        } else {
            ws.value(r, c, cell.text());
        }
    }

    private static void format(Worksheet ws, int r, int c, Column column) {
        String format = switch (column.type()) {
        case INTEGER -> "#,##0";
        case DECIMAL -> "#,##0.00";
        case PERCENT -> "0.00%";
        case TEXT -> null;
        };
        if (format != null) {
            ws.style(r, c).format(format).set();
        }
    }
}
