package io.trunkline.export.internal;

import java.io.IOException;
import java.util.List;

/**
 * Writes tables one after another, a row at a time: the workbook, a CSV file, the HTML report and the measuring
 * of the columns each take every row as it passes, so the writers of one pass share each row made.
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
        write(sheet, widths, sheet.rows(), writers);
    }

    /** Writes {@code sheet}, whose rows are {@code rows} (made before, or made as they are reached), to {@code writers}. */
    static void write(Sheet sheet, ColumnWidths widths, Iterable<List<Cell>> rows, List<? extends SheetWriter> writers)
            throws IOException {
        for (SheetWriter writer : writers) {
            writer.begin(sheet, widths);
        }
        for (List<Cell> row : rows) {
            for (SheetWriter writer : writers) {
                writer.row(row);
            }
        }
        for (SheetWriter writer : writers) {
            writer.end();
        }
    }
}
