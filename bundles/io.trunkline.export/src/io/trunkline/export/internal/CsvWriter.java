package io.trunkline.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled. The caller writes UTF-8 with a byte-order mark, which Excel needs to read non-ASCII names
 * correctly and RFC 4180 readers skip.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes {@code sheet} to {@code out}. */
    public static void write(Sheet sheet, Writer out) throws IOException {
        line(out, sheet.columns().stream().map(Column::title).toList());
        for (List<Cell> row : sheet.rows()) {
            line(out, row.stream().map(Cell::text).toList());
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
