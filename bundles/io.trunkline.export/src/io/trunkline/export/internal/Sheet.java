package io.trunkline.export.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * A worksheet table: written as a sheet of the workbook, a CSV file and a section of the HTML report. Its rows are
 * made one at a time ({@link SheetWriter}), and held together only for a short table ({@link MeasuredTable}): a
 * 100,000-site topology has half a million rows, which as cells would take more memory than the topology itself
 * (issue 18, item 4).
 *
 * @param name     sheet name (also the CSV file name)
 * @param columns  the columns
 * @param rowCount how many rows the table has
 * @param row      makes row {@code index} (0 is the first row under the header), one cell per column
 */
public record Sheet(String name, List<Column> columns, int rowCount, IntFunction<List<Cell>> row) {

    /** Creates a sheet of {@code rowCount} rows made by {@code row}. */
    public Sheet {
        columns = List.copyOf(columns);
    }

    /** A small table whose rows are already made. */
    static Sheet listed(String name, List<Column> columns, List<List<Cell>> rows) {
        return new Sheet(name, columns, rows.size(), rows::get);
    }

    /** The rows in order, each made as it is reached; every row must have one cell per column. */
    public Iterable<List<Cell>> rows() {
        return rows(0, rowCount);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as {@link #rows()} makes them. */
    public Iterable<List<Cell>> rows(int from, int to) {
        return () -> new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public List<Cell> next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                List<Cell> cells = row.apply(next++);
                if (cells.size() != columns.size()) {
                    throw new IllegalArgumentException(name + ": a row has " + cells.size() + " cells for " + columns.size() + " columns");
                }
                return cells;
            }
        };
    }

    /** The spreadsheet column letter of column {@code index} (0 → A). */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
