package io.trunkline.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled, text that would start a formula neutralised. The table starts with a byte-order mark, for the
 * caller's UTF-8: Excel needs it to read non-ASCII names correctly and RFC 4180 readers skip it. Numbers stay plain, unlike in the workbook and the report: no thousands
 * separators, a point for decimals, percentages as the fractions a spreadsheet stores (0.01 for 1.00 %), so that
 * any program or locale reads them as numbers.
 */
public final class CsvWriter implements SheetWriter {

    private final Writer out;

    /** A writer of one table to {@code out}. */
    public CsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(Sheet sheet, ColumnWidths widths) throws IOException {
        out.write('\ufeff');
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            separate(c);
            out.write(field(columns.get(c).title()));
        }
        out.write("\r\n");
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            separate(c);
            out.write(field(cells.get(c)));
        }
        out.write("\r\n");
    }

    @Override
    public void end() {
        // The rows are all written; the caller closes the file.
    }

    private void separate(int column) throws IOException {
        if (column > 0) {
            out.write(',');
        }
    }

    /**
     * A cell as a CSV field. Numbers are written as they are, so a negative figure stays a number; text that a
     * spreadsheet would take for a formula is neutralised as OWASP's "CSV Injection" page recommends: prefixed
     * with a single quote and quoted, so {@code =HYPERLINK(…)} in a name shows as text and never runs.
     */
    static String field(Cell cell) {
        if (!(cell instanceof Cell.Text)) {
            return field(cell.text());
        }
        String text = cell.text();
        return startsLikeAFormula(text) ? quoted("'" + text) : field(text);
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return quoted(value);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
