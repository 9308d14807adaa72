package io.trunkline.export.internal;

import java.util.Locale;

/**
 * How each type of value is shown, in one place for the workbook (number format codes, which the spreadsheet
 * shows with the reader's own separators) and the HTML report (English separators, as its {@code lang="en"}
 * says). CSV files keep plain numbers ({@link Cell#text()}) for the programs that read them.
 */
public final class Formats {

    /** Up to this the hundredths of a double scale into a long exactly enough; beyond it String.format takes over. */
    private static final double LARGEST_FAST = 1e12;

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
        if (typeOf(cell, column) == Column.Type.TEXT) {
            return cell.text();
        }
        return appendNumber(new StringBuilder(16), cell, column).toString();
    }

    /**
     * Appends {@code cell}, a number or formula, to {@code text} as {@link #display} shows it: the widths and the
     * report format every number of a table, and a string for each was some 19 MB of a 2,000-site export's garbage.
     */
    static StringBuilder appendNumber(StringBuilder text, Cell cell, Column column) {
        Column.Type type = typeOf(cell, column);
        double value = value(cell);
        if (!(Math.abs(value) < LARGEST_FAST)) {
            return text.append(switch (type) {
            case INTEGER -> String.format(Locale.ROOT, "%,.0f", value);
            case DECIMAL -> String.format(Locale.ROOT, "%,.1f", value);
            default -> String.format(Locale.ROOT, "%.2f %%", value * 100);
            });
        }
        // By hand rather than String.format, which took a third of a large export's time; rounded half away from
        // zero, as the spreadsheet rounds.
        return switch (type) {
        case INTEGER -> fixed(text, value, 1, true);
        case DECIMAL -> fixed(text, value, 10, true);
        default -> fixed(text, value * 100, 100, false).append(" %");
        };
    }

    /**
     * {@code value} as CSV files and formulas' cached values print it: a whole number as an integer, any other
     * with at most four decimals and no trailing zeros, a point for decimals, no separators (1800, 0.0123).
     */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double scaled = Math.abs(value) * 10_000;
        double units = Math.floor(scaled);
        double fraction = scaled - units;
        // Below a million the product is exact to far better than 1e-5 of a unit, so only a fraction that close to
        // one half could round either way; those few go through String.format, the reference for rounding.
        if (Math.abs(value) < 1e6 && Math.abs(fraction - 0.5) > 1e-5) {
            return decimals(value < 0, (long) units + (fraction > 0.5 ? 1 : 0));
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Ten-thousandths as a decimal without trailing zeros: 12300 → 1.23, 10000 → 1. */
    private static String decimals(boolean negative, long units) {
        StringBuilder text = new StringBuilder(16);
        if (negative) {
            text.append('-');
        }
        text.append(units / 10_000);
        long fraction = units % 10_000;
        if (fraction != 0) {
            int digits = 4;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String figures = Long.toString(fraction);
            text.append('.');
            for (int i = figures.length(); i < digits; i++) {
                text.append('0');
            }
            text.append(figures);
        }
        return text.toString();
    }

    /** Appends {@code value} rounded to 1/{@code scale} (1, 10 or 100), with as many decimals, grouped by thousands if asked. */
    private static StringBuilder fixed(StringBuilder text, double value, long scale, boolean grouped) {
        long units = (long) Math.floor(Math.abs(value) * scale + 0.5);
        if (value < 0 && units != 0) {
            text.append('-');
        }
        int whole = text.length();
        text.append(units / scale);
        if (grouped) {
            for (int comma = text.length() - 3; comma > whole; comma -= 3) {
                text.insert(comma, ',');
            }
        }
        if (scale > 1) {
            long fraction = units % scale;
            text.append('.');
            for (long digit = scale / 10; digit > 1 && fraction < digit; digit /= 10) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text;
    }

    static double value(Cell cell) {
        return cell instanceof Cell.Number n ? n.value() : cell instanceof Cell.Formula f ? f.cached() : 0;
    }
}
