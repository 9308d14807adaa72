package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.export.internal.Cell;
import io.trunkline.export.internal.Column;
import io.trunkline.export.internal.ColumnWidths;
import io.trunkline.export.internal.MeasuredTable;
import io.trunkline.export.internal.Sheet;
import io.trunkline.export.internal.SheetWriter;

/**
 * A table's first pass measures it, writes its CSV file and keeps its rows for the workbook and the report when it
 * has at most 10,000 rows, so that each row is made once (issue 19); a longer table keeps none (issue 18, item 4).
 */
class MeasuredTableTest {

    /** A table of {@code rows} rows that counts how often each is made. */
    private static final class Counted {
        final int[] made;
        final Sheet sheet;

        Counted(int rows) {
            made = new int[rows];
            sheet = new Sheet("Counted", List.of(new Column("Name", Column.Type.TEXT, 20)), rows, i -> {
                made[i]++;
                return List.of(new Cell.Text("row " + i));
            });
        }

        int most() {
            int most = 0;
            for (int m : made) {
                most = Math.max(most, m);
            }
            return most;
        }
    }

    /** Keeps the first cell of every row it is given. */
    private static final class Reading implements SheetWriter {
        final List<String> texts = new ArrayList<>();
        ColumnWidths widths;

        @Override
        public void begin(Sheet sheet, ColumnWidths layout) {
            widths = layout;
        }

        @Override
        public void row(List<Cell> cells) {
            texts.add(cells.get(0).text());
        }

        @Override
        public void end() {
        }
    }

    @Test
    void aShortTableIsMadeOnceForItsCsvFileTheWorkbookAndTheReport() throws IOException {
        Counted table = new Counted(10_000);
        MeasuredTable measured = MeasuredTable.measure(table.sheet, new StringWriter(), true);
        measured.writeTo(List.of(new Reading()));
        measured.writeTo(List.of(new Reading()));
        assertEquals(1, table.most());
    }

    @Test
    void aLongTableIsNotHeldAndIsMadeAgainForEachLaterWriter() throws IOException {
        Counted table = new Counted(10_001);
        MeasuredTable measured = MeasuredTable.measure(table.sheet, new StringWriter(), true);
        assertNull(measured.held());
        measured.writeTo(List.of(new Reading()));
        measured.writeTo(List.of(new Reading()));
        assertEquals(3, table.most());
    }

    @Test
    void laterWritersGetEveryRowInOrderWithTheWidths() throws IOException {
        Counted table = new Counted(3);
        MeasuredTable measured = MeasuredTable.measure(table.sheet, null, true);
        Reading reading = new Reading();
        measured.writeTo(List.of(reading));
        assertEquals(List.of("row 0", "row 1", "row 2"), reading.texts);
        assertNotNull(reading.widths);
    }

    @Test
    void theFirstPassWritesTheCsvFileAndClosesIt() throws IOException {
        Counted table = new Counted(2);
        StringWriter csv = new StringWriter() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public String toString() {
                return closed + ":" + super.toString();
            }
        };
        MeasuredTable.measure(table.sheet, csv, true);
        assertEquals("true:\ufeffName\r\nrow 0\r\nrow 1\r\n", csv.toString());
    }

    @Test
    void csvAloneIsNeitherMeasuredNorHeld() throws IOException {
        MeasuredTable measured = MeasuredTable.measure(new Counted(2).sheet, new StringWriter(), false);
        assertTrue(measured.widths() == null && measured.held() == null, measured.toString());
    }
}
