package io.trunkline.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A table after its first pass, which measures its columns and writes its CSV file: its widths and, for a table
 * of at most {@link #HELD_ROWS} rows, the rows made in that pass, so that the workbook and the report write them
 * without making them again. Each row was made three times (to measure, for the workbook, for the CSV file and the
 * report), some 240 ms of CPU of a 2,000-site export (issue 19). A longer table is made again by each later writer:
 * held, the half million rows of a 100,000-site topology would take more memory than the topology (issue 18, item 4).
 *
 * @param sheet  the table
 * @param widths its column widths, or null when no writer lays it out (CSV alone)
 * @param held   the rows made in the first pass, or null when the table is too long to hold them
 */
public record MeasuredTable(Sheet sheet, ColumnWidths widths, List<List<Cell>> held) {

    /**
     * The most rows of a table held between its passes: a 2,000-site topology's longest table, Resiliency, has
     * 9,468 rows (about 5 MB held, the workbook, CSV file and report each reading them once).
     */
    static final int HELD_ROWS = 10_000;

    /**
     * Makes {@code sheet}'s rows once: measures its columns when {@code laidOut} (the workbook or the report is
     * written), writes them to {@code csv} unless it is null and closes it, and holds them if few enough.
     */
    public static MeasuredTable measure(Sheet sheet, Writer csv, boolean laidOut) throws IOException {
        List<SheetWriter> writers = new ArrayList<>(3);
        ColumnWidths.Measuring measuring = laidOut ? new ColumnWidths.Measuring() : null;
        if (measuring != null) {
            writers.add(measuring);
        }
        if (csv != null) {
            writers.add(new CsvWriter(csv));
        }
        List<List<Cell>> held = laidOut && sheet.rowCount() <= HELD_ROWS ? new ArrayList<>(sheet.rowCount()) : null;
        if (held != null) {
            writers.add(new Holding(held));
        }
        SheetWriter.write(sheet, null, writers);
        if (csv != null) {
            csv.close();
        }
        return new MeasuredTable(sheet, measuring == null ? null : measuring.widths(), held);
    }

    /** Writes the table to {@code writers}: the rows held, or the rows made again. */
    public void writeTo(List<? extends SheetWriter> writers) throws IOException {
        SheetWriter.write(sheet, widths, held != null ? held : sheet.rows(), writers);
    }

    /** Keeps each row passing. */
    private record Holding(List<List<Cell>> rows) implements SheetWriter {

        @Override
        public void begin(Sheet sheet, ColumnWidths widths) {
            // Nothing precedes the rows.
        }

        @Override
        public void row(List<Cell> cells) {
            rows.add(cells);
        }

        @Override
        public void end() {
            // The rows are all held.
        }
    }
}
