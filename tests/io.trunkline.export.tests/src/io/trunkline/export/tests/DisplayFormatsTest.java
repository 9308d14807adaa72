package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.trunkline.export.internal.Cell;
import io.trunkline.export.internal.Column;
import io.trunkline.export.internal.Formats;

/** Numbers as the workbook's formats show them (#,##0 / #,##0.0 / 0.00 %), written out by hand. */
class DisplayFormatsTest {

    private static String shown(double value, Column.Type type) {
        return Formats.display(new Cell.Number(value), new Column("x", type, 10));
    }

    @Test
    void countsAreGroupedInThousands() {
        assertEquals("0", shown(0, Column.Type.INTEGER));
        assertEquals("999", shown(999, Column.Type.INTEGER));
        assertEquals("3,000", shown(3000, Column.Type.INTEGER));
        assertEquals("1,234,567", shown(1_234_567, Column.Type.INTEGER));
        assertEquals("-1,500", shown(-1500, Column.Type.INTEGER));
    }

    @Test
    void countsRoundHalfAwayFromZeroAsTheSpreadsheetDoes() {
        assertEquals("3", shown(2.5, Column.Type.INTEGER));
        assertEquals("-3", shown(-2.5, Column.Type.INTEGER));
    }

    @Test
    void erlangsHaveOneDecimal() {
        assertEquals("180.0", shown(180, Column.Type.DECIMAL));
        assertEquals("4.4", shown(4.44, Column.Type.DECIMAL));
        assertEquals("1,000.0", shown(999.95, Column.Type.DECIMAL), "999.95 rounds up into the next thousand");
        assertEquals("0.1", shown(0.05, Column.Type.DECIMAL));
    }

    @Test
    void percentagesHaveTwoDecimalsAndASpacedSign() {
        assertEquals("1.00 %", shown(0.01, Column.Type.PERCENT));
        assertEquals("4.42 %", shown(0.0442, Column.Type.PERCENT));
        assertEquals("0.01 %", shown(0.0001, Column.Type.PERCENT));
        assertEquals("150.00 %", shown(1.5, Column.Type.PERCENT));
        assertEquals("12345.00 %", shown(123.45, Column.Type.PERCENT), "0.00 % has no thousands separator");
    }

    @Test
    void hugeAndImpossibleNumbersStillShow() {
        assertEquals("1,000,000,000,000,000,000", shown(1e18, Column.Type.INTEGER));
        assertEquals("NaN", shown(Double.NaN, Column.Type.INTEGER));
    }
}
