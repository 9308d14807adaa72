package io.trunkline.export.internal;

import java.util.List;

/**
 * A worksheet table: written as a sheet of the workbook, a CSV file and a section of the HTML report.
 *
 * @param name    sheet name (also the CSV file name)
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record Sheet(String name, List<Column> columns, List<List<Cell>> rows) {

    /** Creates a sheet; every row must have one cell per column. */
    public Sheet {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
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
