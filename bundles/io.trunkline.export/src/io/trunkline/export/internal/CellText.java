package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Keeps user text fit for every format: no control characters (a raw ESC in a CSV or HTML file reaches the
 * terminal or browser that shows it), and no cell longer than a workbook can hold. The same text goes into the
 * workbook, the CSV files and the HTML report, so the three formats agree.
 */
public final class CellText {

    /** Excel's limit on the characters of one cell ("Excel specifications and limits", Total number of characters that a cell can contain). */
    public static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    /**
     * The sheets with every text cell cleaned and cut to {@link #MAX_LENGTH} as each row is made; each cut is
     * reported to {@code warnings} with the sheet, row and column, once for every writer that reads the row.
     */
    public static List<Sheet> fit(List<Sheet> sheets, Consumer<String> warnings) {
        List<Sheet> fitted = new ArrayList<>(sheets.size());
        for (Sheet sheet : sheets) {
            fitted.add(new Sheet(sheet.name(), sheet.columns(), sheet.rowCount(), r -> fit(sheet, r, warnings)));
        }
        return fitted;
    }

    private static List<Cell> fit(Sheet sheet, int r, Consumer<String> warnings) {
        List<Cell> made = sheet.row().apply(r);
        // Copied only when a cell changes: almost no row does, and a copy per row and writer was a tenth of what an
        // export allocates (issue 19).
        List<Cell> row = made;
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c) instanceof Cell.Text text) {
                String value = text.text();
                if (value.length() > MAX_LENGTH) {
                    warnings.accept(String.format(Locale.ROOT,
                            "%s, row %d, column '%s': text of %,d characters cut to %,d, the most a workbook cell holds",
                            sheet.name(), r + 2, sheet.columns().get(c).title(), value.length(), MAX_LENGTH));
                }
                String clean = fit(value);
                if (clean != value) {
                    if (row == made) {
                        row = new ArrayList<>(made);
                    }
                    row.set(c, Cell.of(clean));
                }
            }
        }
        return row;
    }

    /** {@code text} without control characters and cut, with a visible marker, to {@link #MAX_LENGTH}. */
    public static String fit(String text) {
        String clean = withoutControlCharacters(text);
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        String marker = String.format(Locale.ROOT, "… [cut: %,d characters in all]", clean.length());
        int keep = MAX_LENGTH - marker.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        return clean.substring(0, keep) + marker;
    }

    /**
     * Replaces each control character but tab and line breaks by its visible Unicode picture (ESC becomes ␛),
     * or by the replacement character for C1 controls, so nothing invisible reaches a terminal or a browser.
     */
    public static String withoutControlCharacters(String text) {
        int first = 0;
        // Most text has no control character: looking for one is all the work, and runs for every text cell.
        while (first < text.length() && replacementOf(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder clean = null;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = replacementOf(c);
            if (replacement != c && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(replacement);
            }
        }
        return clean == null ? text : clean.toString();
    }

    private static char replacementOf(char c) {
        if (c >= 0x20 && c < 0x7F || c > 0x9F) {
            return c;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        return '\uFFFD';
    }
}
