package io.trunkline.export.internal;

import java.util.Locale;

/**
 * How each type of value is shown, in one place for the workbook (number format codes, which the spreadsheet
 * shows with the reader's own separators) and the HTML report (English separators, as its {@code lang="en"}
 * says). CSV files keep plain numbers ({@link Cell#text()}) for the programs that read them.
 */
public final class Formats {

    private Formats() {
    }

    /** The type {@code cell} is shown as in {@code column}: its own, else the column's; a bare number in a text column as a count or decimal. */
    public static Column.Type typeOf(Cell cell, Column column) {
        if (cell instanceof Cell.Text) {
            return Column.Type.TEXT;
        }
        if (cell instanceof Cell.Number number && number.format() != null) {
            return number.format();
        }
        if (column.type() != Column.Type.TEXT) {
            return column.type();
        }
        double value = value(cell);
        return value == Math.rint(value) ? Column.Type.INTEGER : Column.Type.DECIMAL;
    }

    /** The spreadsheet number format of {@code type} (ECMA-376 §18.8.31), or null for text. */
    public static String excel(Column.Type type) {
        return switch (type) {
        case INTEGER -> "#,##0";
        case DECIMAL -> "#,##0.0";
        // The space is a literal; the % sign still multiplies by 100.
        case PERCENT -> "0.00 %";
        case TEXT -> null;
        };
    }

    /** {@code cell} as the workbook shows it in {@code column}: 3,000, 180.0, 1.00 % or the text. */
    public static String display(Cell cell, Column column) {
        return switch (typeOf(cell, column)) {
        case INTEGER -> String.format(Locale.ROOT, "%,.0f", value(cell));
        case DECIMAL -> String.format(Locale.ROOT, "%,.1f", value(cell));
        case PERCENT -> String.format(Locale.ROOT, "%.2f %%", value(cell) * 100);
        case TEXT -> cell.text();
        };
    }

    static double value(Cell cell) {
        return cell instanceof Cell.Number n ? n.value() : cell instanceof Cell.Formula f ? f.cached() : 0;
    }
}
