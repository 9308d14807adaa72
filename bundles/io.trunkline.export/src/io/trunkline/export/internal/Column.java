package io.trunkline.export.internal;

/**
 * A column of a worksheet table.
 *
 * @param title header text
 * @param type  how values are written and shown (numbers stay numbers in the workbook)
 * @param width the most characters a text column grows to for its content before its text wraps; number
 *              columns always grow to their widest number
 */
public record Column(String title, Type type, int width) {

    /** Value types, each with its own format (see {@link Formats}). */
    public enum Type {
        /** Left-aligned text. */
        TEXT,
        /** A count, with thousands separators: 3,000. */
        INTEGER,
        /** Erlangs and other averages, with one decimal: 180.0. */
        DECIMAL,
        /** A fraction shown as a percentage with two decimals: 0.01 as 1.00 %. */
        PERCENT
    }

    static Column text(String title, int width) {
        return new Column(title, Type.TEXT, width);
    }

    static Column integer(String title) {
        return new Column(title, Type.INTEGER, Math.max(10, title.length() + 2));
    }

    static Column decimal(String title) {
        return new Column(title, Type.DECIMAL, Math.max(10, title.length() + 2));
    }

    static Column percent(String title) {
        return new Column(title, Type.PERCENT, Math.max(10, title.length() + 2));
    }
}
