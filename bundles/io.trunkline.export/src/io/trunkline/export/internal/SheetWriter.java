package io.trunkline.export.internal;

import java.io.IOException;
import java.util.List;

/**
 * Writes tables one after another, a row at a time: the workbook, a CSV file and the HTML report each take every
 * row as it is made, so an export makes each row once for the writers of one thread (the workbook and CSV files on
 * the first, the report on the second, and once before, to measure the columns) where each writer reading the
 * table on its own made it again for each.
 */
public interface SheetWriter {

    /** Starts {@code sheet}, laid out by {@code widths} (null when only CSV is written, which has no widths). */
    void begin(Sheet sheet, ColumnWidths widths) throws IOException;

    /** Writes the next row of the sheet begun. */
    void row(List<Cell> cells) throws IOException;

    /** Ends the sheet begun, after its last row. */
    void end() throws IOException;

    /** Writes {@code sheet} to every one of {@code writers} in one pass over its rows. */
    static void write(Sheet sheet, ColumnWidths widths, List<? extends SheetWriter> writers) throws IOException {
        for (SheetWriter writer : writers) {
            writer.begin(sheet, widths);
        }
        for (List<Cell> row : sheet.rows()) {
            for (SheetWriter writer : writers) {
                writer.row(row);
            }
        }
        for (SheetWriter writer : writers) {
            writer.end();
        }
    }
}
