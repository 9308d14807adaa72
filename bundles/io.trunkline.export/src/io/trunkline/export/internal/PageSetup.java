package io.trunkline.export.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

import io.trunkline.export.ExportOptions;
import io.trunkline.export.Paper;

/**
 * How each sheet prints: on the paper asked for, landscape when the table is wider than a portrait page, fitted to
 * one page wide and as many long as it needs, the header row on every page, a page header with the topology and
 * the sheet and a footer with "Page N of M" (and the export time when stamped), no gridlines.
 *
 * <p>fastexcel writes the page setup and the print titles. Its header and footer always use a fixed font code
 * and turn a few whole texts ("sheetname", "page 1", …) into field codes, so a topology of that name would print
 * wrongly; it has no print options at all. Those two parts are written into the sheet XML by
 * {@link #completeSheetXml(byte[])}.
 */
public final class PageSetup {

    /** Left and right page margins, inches. */
    private static final float SIDE_MARGIN = 0.5f;
    /** Screen pixels per inch, in which a column of width w is about 7 w pixels wide (ECMA-376 §18.3.1.13, 7-pixel digit of Calibri 11). */
    private static final int PIXELS_PER_INCH = 96;
    private static final int DIGIT_PIXELS = 7;
    /** The most characters of the topology name in the page header: Excel refuses headers over 255 characters. */
    private static final int MAX_NAME = 80;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Paper paper;
    private final String headerFooterXml;

    /** The page setup of every sheet of the workbook of topology {@code title}. */
    public PageSetup(String title, ExportOptions options) {
        this.paper = options.paper();
        String font = "&9&\"Arial,Regular\"";
        String header = "&L" + font + headerText(cut(title)) + "&R&9&\"Arial,Bold\"&A";
        String footer = options.stamp().map(t -> "&L" + font + stamp(t)).orElse("") + "&R" + font + "Page &P of &N";
        headerFooterXml = "<headerFooter><oddHeader>" + xml(header) + "</oddHeader><oddFooter>" + xml(footer)
                + "</oddFooter></headerFooter>";
    }

    /** "Exported 2026-11-30 10:31 UTC": the export time as the footer and the report print it. */
    public static String stamp(Instant time) {
        return "Exported " + STAMP.format(time);
    }

    /** Whether {@code widths} make a table wider than the printable width of a portrait page of {@code paper}. */
    static boolean wide(ColumnWidths widths, Paper paper) {
        double portraitInches = (paper == Paper.LETTER ? 8.5 : 210 / 25.4) - 2 * SIDE_MARGIN;
        return widths.total() * DIGIT_PIXELS > portraitInches * PIXELS_PER_INCH;
    }

    /** Sets the paper, orientation, margins, fitting and print titles of {@code ws}. */
    void apply(Worksheet ws, ColumnWidths widths) {
        ws.paperSize(paper == Paper.LETTER ? PaperSize.LETTER_PAPER : PaperSize.A4_PAPER);
        ws.pageOrientation(wide(widths, paper) ? "landscape" : "portrait");
        ws.leftMargin(SIDE_MARGIN);
        ws.rightMargin(SIDE_MARGIN);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        // 0: as many pages down as the rows need.
        ws.fitToHeight((short) 0);
        ws.repeatRows(0);
    }

    /**
     * The sheet XML fastexcel wrote with no gridlines in print and this header and footer: {@code <printOptions>}
     * before {@code <pageMargins>} and {@code <headerFooter>} in place of fastexcel's empty one, the order
     * CT_Worksheet requires (ECMA-376 §18.3.1.99).
     */
    byte[] completeSheetXml(byte[] sheetXml) {
        int margins = lastIndexOf(sheetXml, "<pageMargins", sheetXml.length);
        int start = lastIndexOf(sheetXml, "<headerFooter", sheetXml.length);
        int end = lastIndexOf(sheetXml, "</headerFooter>", sheetXml.length);
        if (margins < 0 || start < margins || end < start) {
            throw new IllegalStateException("the sheet written has no page setup to complete");
        }
        byte[] printOptions = "<printOptions gridLines=\"false\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] headerFooter = headerFooterXml.getBytes(StandardCharsets.UTF_8);
        int tail = end + "</headerFooter>".length();
        byte[] result = new byte[sheetXml.length + printOptions.length + headerFooter.length - (tail - start)];
        int at = 0;
        System.arraycopy(sheetXml, 0, result, at, margins);
        at += margins;
        System.arraycopy(printOptions, 0, result, at, printOptions.length);
        at += printOptions.length;
        System.arraycopy(sheetXml, margins, result, at, start - margins);
        at += start - margins;
        System.arraycopy(headerFooter, 0, result, at, headerFooter.length);
        at += headerFooter.length;
        System.arraycopy(sheetXml, tail, result, at, sheetXml.length - tail);
        return result;
    }

    private static String cut(String title) {
        if (title.length() <= MAX_NAME) {
            return title;
        }
        int keep = MAX_NAME - 1;
        if (Character.isHighSurrogate(title.charAt(keep - 1))) {
            keep--;
        }
        return title.substring(0, keep) + "…";
    }

    /** Text in a header or footer: an ampersand starts a field code there, so a printed one is doubled. */
    private static String headerText(String text) {
        return CellText.withoutControlCharacters(text).replace("&", "&&");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int lastIndexOf(byte[] bytes, String ascii, int before) {
        byte[] pattern = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = before - pattern.length; i >= 0; i--) {
            int k = 0;
            while (k < pattern.length && bytes[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
