package io.trunkline.export.internal;

/**
 * One value of a table. A formula cell keeps the value Trunkline computed, which CSV and HTML print and which
 * the workbook shows until the spreadsheet recalculates.
 */
public sealed interface Cell {

    /** The value as plain text (CSV, HTML). */
    String text();

    /** A text value. */
    record Text(String value) implements Cell {
        @Override
        public String text() {
            return value == null ? "" : value;
        }
    }

    /**
     * A numeric value.
     *
     * @param format how it is shown, or null to show it as its column's type says (the Summary's single Value
     *               column holds counts, percentages and seconds, so its numbers carry their own)
     */
    record Number(double value, Column.Type format) implements Cell {

        /** A number shown as its column's type says. */
        public Number(double value) {
            this(value, null);
        }

        @Override
        public String text() {
            return Formats.plain(value);
        }
    }

    /** A spreadsheet formula with the value it evaluates to now. */
    record Formula(String expression, double cached) implements Cell {
        @Override
        public String text() {
            return new Number(cached).text();
        }
    }

    static Cell of(String text) {
        return new Text(text);
    }

    static Cell of(double number) {
        return new Number(number);
    }
}
