package io.trunkline.export.internal;

import java.io.IOException;
import java.util.List;

/**
 * Column widths that fit the content, in the workbook's unit (characters of the default font's digit): a column
 * is as wide as its longest value, or as the longest word of its title (titles wrap between words), plus room for
 * the filter button on the header and a margin. A text column stops growing for its values at its column's width
 * and its longer texts wrap; a number column always fits its widest number, since a cut number misleads.
 */
public final class ColumnWidths {

    /** The filter button's share of a header cell. */
    private static final int FILTER_BUTTON = 2;
    /** Space between the text and the cell's edges. */
    private static final int MARGIN = 2;

    private final Sheet sheet;
    private final int[] widths;

    private ColumnWidths(Sheet sheet, int[] widths) {
        this.sheet = sheet;
        this.widths = widths;
    }

    /** The widths of {@code sheet}'s columns, from one pass over its rows. */
    public static ColumnWidths of(Sheet sheet) throws IOException {
        Measuring measuring = new Measuring();
        SheetWriter.write(sheet, null, List.of(measuring));
        return measuring.widths();
    }

    /**
     * Measures a table's columns as its rows pass, so that they are measured in the pass that writes them to the
     * writers that need no widths (CSV) and to no other.
     */
    public static final class Measuring implements SheetWriter {

        private Sheet sheet;
        private int[] widest;
        /** Numbers are measured as formatted into one reused buffer rather than as a string each. */
        private final StringBuilder number = new StringBuilder(32);

        @Override
        public void begin(Sheet next, ColumnWidths unknown) {
            sheet = next;
            widest = new int[next.columns().size()];
        }

        @Override
        public void row(List<Cell> row) {
            List<Column> columns = sheet.columns();
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                int length;
                if (cell instanceof Cell.Text) {
                    length = longestLine(cell.text());
                } else {
                    number.setLength(0);
                    length = Formats.appendNumber(number, cell, columns.get(c)).length();
                }
                widest[c] = Math.max(widest[c], length);
            }
        }

        @Override
        public void end() {
            // The widths are worked out when asked for.
        }

        /** The widths of the table measured. */
        public ColumnWidths widths() {
            List<Column> columns = sheet.columns();
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                int values = column.type() == Column.Type.TEXT ? Math.min(widest[c], column.width()) : widest[c];
                // A title wraps between words, never inside one.
                widths[c] = Math.max(values, longestWord(column.title()) + FILTER_BUTTON) + MARGIN;
            }
            return new ColumnWidths(sheet, widths);
        }
    }

    /** The width of column {@code c}. */
    int width(int c) {
        return widths[c];
    }

    /** The sum of the widths. */
    int total() {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }

    /** Whether {@code text} in column {@code c} needs wrapping: longer than the column, or on several lines. */
    boolean wraps(int c, String text) {
        return text.indexOf('\n') >= 0 || text.length() > widths[c] - MARGIN;
    }

    /**
     * The lines {@code text} takes when wrapped in column {@code c}: its own lines, each broken between words to
     * the column's width (a word longer than that over as many lines as it fills). A spreadsheet's proportional
     * font fits more characters than the width counts, so this errs on the side of room.
     */
    int lines(int c, String text) {
        int room = Math.max(1, widths[c] - MARGIN);
        int lines = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines += lines(text, start, end, room);
            start = end + 1;
        }
        return lines + lines(text, start, text.length(), room);
    }

    /** The lines the header row needs with each title wrapped between words in its column. */
    int headerLines() {
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            String title = sheet.columns().get(c).title();
            most = Math.max(most, lines(title, 0, title.length(), widths[c] - 1));
        }
        return most;
    }

    /**
     * The lines of {@code text} from {@code start} to {@code end}, broken between words (split at single spaces,
     * as {@code String.split(" ")} splits: spaces at the end make no words) to {@code room} characters. Counted
     * in place: split into lines and words, the wrapped cells were some 9 MB of a 2,000-site export's garbage.
     */
    private static int lines(String text, int start, int end, int room) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int lines = 1;
        int used = 0;
        int word = start;
        while (word <= end) {
            int space = text.indexOf(' ', word);
            int wordEnd = space < 0 || space > end ? end : space;
            int length = wordEnd - word;
            if (used > 0 && used + 1 + length > room) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > room) {
                lines++;
                used -= room;
            }
            word = wordEnd + 1;
        }
        return lines;
    }

    private static int longestWord(String title) {
        int longest = 0;
        for (String word : title.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            // Nearly every value: measured for every cell of every row, this was 6 % of an export's time.
            return text.length();
        }
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
