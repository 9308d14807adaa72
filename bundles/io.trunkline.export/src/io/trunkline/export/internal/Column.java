package io.trunkline.export.internal;

/**
 * A column of a worksheet table.
 *
 * @param title header text
 * @param type  how values are written (numbers stay numbers in the workbook)
 * @param width width in characters in the workbook
 */
public record Column(String title, Type type, int width) {

    /** Value types. */
    public enum Type {
        TEXT, INTEGER, DECIMAL, PERCENT
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
