package io.trunkline.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.trunkline.export.ExportOptions;
import io.trunkline.export.Paper;
import io.trunkline.export.WorksheetExporter;

/**
 * Writes one self-contained, printable HTML report: inline CSS, a table of contents linking every section, the
 * diagram as an embedded PNG when there is one, and every table with its numbers formatted as in the workbook.
 * Printed, each section starts a page (landscape for the tables too wide for portrait, as in the workbook), table
 * headers repeat on every page, rows are not split, the diagram is scaled to fit its page, and each page is
 * numbered.
 */
public final class HtmlReportWriter implements SheetWriter {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:12px;color:#1f2a44;margin:24px}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:28px 0 6px;border-bottom:2px solid #1f2a44}
            p.meta{color:#4a5673;margin:0 0 16px}table{border-collapse:collapse;width:100%;margin-bottom:8px}
            nav.toc{margin:0 0 16px}nav.toc p{font-weight:bold;margin:0 0 4px}nav.toc ol{margin:0;padding-left:20px}
            nav.toc a{color:#1f4e9a}
            th{background:#dce6f1;text-align:left;padding:4px 6px;border:1px solid #b7c4d6;vertical-align:bottom}
            td{padding:3px 6px;border:1px solid #d5dbe5;vertical-align:top;text-align:left}
            th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr:nth-child(even) td{background:#f6f8fb}img.diagram{max-width:100%;border:1px solid #d5dbe5}
            figure{margin:0}td.error{color:#b00020;font-weight:bold}td.warning{color:#9a6700;font-weight:bold}
            @page{size:PAPER portrait;margin:12mm 10mm;@bottom-right{content:"Page " counter(page) " of " counter(pages)}}
            @page wide{size:PAPER landscape}
            @media print{body{margin:0;font-size:9pt}nav.toc a{color:inherit;text-decoration:none}
            section,figure{break-before:page}section.wide{page:wide}h2{margin-top:0}
            thead{display:table-header-group}tr{break-inside:avoid}
            figure{break-inside:avoid}img.diagram{max-height:235mm;object-fit:contain}
            th{background:#dce6f1 !important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    /**
     * The most rows of a table in one HTML file. A browser lays a table of 10,000 rows of a dozen columns out in
     * about a second and prints it; the half million rows of a 100,000-site topology in one file (over 200 MB)
     * it does not open at all. A 2,000-site topology (9,468 Resiliency rows) still gives one file.
     */
    static final int PAGE_ROWS = 10_000;

    /** Opens the file of a later page of a table; the report closes it when the page is written. */
    public interface PageFiles {
        /** The file {@code fileName} beside the report, to write as text. */
        Writer open(String fileName) throws IOException;
    }

    private final String title;
    private final String name;
    private final Optional<byte[]> worstFailurePng;
    private final ExportOptions options;
    private final Writer report;
    private final PageFiles pageFiles;
    private Sheet sheet;
    private ColumnWidths widths;
    /** Where the rows go: the report for a table's first page, else the file of the page being written. */
    private Writer out;
    private int index;
    /** A number cell being written, and its characters handed to the page. */
    private final StringBuilder number = new StringBuilder(64);
    private char[] chars = new char[64];

    private HtmlReportWriter(String title, String name, Optional<byte[]> worstFailurePng, ExportOptions options,
            Writer report, PageFiles pageFiles) {
        this.title = title;
        this.name = name;
        this.worstFailurePng = worstFailurePng;
        this.options = options;
        this.report = report;
        this.pageFiles = pageFiles;
    }

    /**
     * Starts the report titled {@code title} of {@code sheets}, which follow one by one: its contents and an
     * optional PNG diagram; under the Resiliency heading goes {@code worstFailurePng}, the overview tinted by the
     * single failure that costs most. A table longer than {@link #PAGE_ROWS} shows its first page in the report and
     * links to the {@linkplain #pageFile pages} written into {@code pageFiles} beside the report of base name
     * {@code name}.
     */
    public static HtmlReportWriter start(String title, String name, List<Sheet> sheets, Optional<byte[]> diagramPng,
            Optional<byte[]> worstFailurePng, ExportOptions options, Writer report, PageFiles pageFiles)
            throws IOException {
        head(title, options, report);
        report.write("<nav class=\"toc\">\n<p>Contents</p>\n<ol>\n");
        if (diagramPng.isPresent()) {
            report.write("<li><a href=\"#diagram\">Diagram</a></li>\n");
        }
        for (Sheet sheet : sheets) {
            report.write("<li><a href=\"#" + id(sheet) + "\">" + escape(sheet.name()) + "</a></li>\n");
        }
        report.write("</ol>\n</nav>\n");
        if (diagramPng.isPresent()) {
            report.write("<figure id=\"diagram\"><img class=\"diagram\" alt=\"Topology diagram\" src=\"data:image/png;base64,");
            report.write(Base64.getEncoder().encodeToString(diagramPng.get()));
            report.write("\"/></figure>\n");
        }
        return new HtmlReportWriter(title, name, worstFailurePng, options, report, pageFiles);
    }

    @Override
    public void begin(Sheet next, ColumnWidths layout) throws IOException {
        sheet = next;
        widths = layout;
        index = 0;
        out = report;
        tableStart(sheet.name().equals(ResiliencySheet.NAME) ? worstFailurePng : Optional.empty(), 1);
    }

    @Override
    public void row(List<Cell> row) throws IOException {
        if (index > 0 && index % PAGE_ROWS == 0) {
            endPage();
            int page = index / PAGE_ROWS + 1;
            out = pageFiles.open(pageFile(name, sheet, page));
            head(title + " \u2014 " + sheet.name() + ", page " + page + " of " + pages(sheet), options, out);
            tableStart(Optional.empty(), page);
        }
        out.write("<tr>");
        for (int c = 0; c < row.size(); c++) {
            cell(row.get(c), sheet.columns().get(c));
        }
        out.write("</tr>\n");
        index++;
    }

    @Override
    public void end() throws IOException {
        endPage();
    }

    /** Ends the report after its last table. */
    public void finish() throws IOException {
        report.write("</body>\n</html>\n");
    }

    /** How many pages of {@link #PAGE_ROWS} rows {@code sheet} takes in the report: 1 for most tables. */
    public static int pages(Sheet sheet) {
        return Math.max(1, (sheet.rowCount() + PAGE_ROWS - 1) / PAGE_ROWS);
    }

    /** The file of page {@code page} (from 2; page 1 is in the report) of {@code sheet} beside report {@code name}. */
    public static String pageFile(String name, Sheet sheet, int page) {
        return name + "-" + id(sheet) + "-" + page + ".html";
    }

    /** Closes the table of the page written; a later page's file ends there and is closed. */
    private void endPage() throws IOException {
        out.write("</tbody>\n</table>\n</section>\n");
        if (out != report) {
            out.write("</body>\n</html>\n");
            out.close();
        }
    }

    private static void head(String title, ExportOptions options, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
        out.write(escape(title));
        out.write("</title>\n<style>\n" + STYLE.replace("PAPER", options.paper() == Paper.LETTER ? "letter" : "A4")
                + "</style>\n</head>\n<body>\n<h1>");
        out.write(escape(title));
        out.write("</h1>\n<p class=\"meta\">Enterprise Voice planning worksheets generated by Trunkline."
                + options.stamp().map(t -> " " + PageSetup.stamp(t) + ".").orElse("") + "</p>\n");
    }

    /** The section of page {@code page} of the table begun, up to its first row, with {@code picture} under its heading. */
    private void tableStart(Optional<byte[]> picture, int page) throws IOException {
        boolean wide = PageSetup.wide(widths, options.paper());
        out.write("<section id=\"" + id(sheet) + "\"" + (wide ? " class=\"wide\"" : "") + ">\n<h2>");
        out.write(escape(sheet.name()) + "</h2>\n");
        if (picture.isPresent()) {
            out.write("<img class=\"diagram\" alt=\"The overview with the single failure that costs most simulated\" src=\"data:image/png;base64,");
            out.write(Base64.getEncoder().encodeToString(picture.get()));
            out.write("\"/>\n");
        }
        if (pages(sheet) > 1) {
            pageLinks(sheet, page, name, out);
        }
        out.write("<table>\n<thead><tr>");
        for (Column column : sheet.columns()) {
            out.write((column.type() == Column.Type.TEXT ? "<th>" : "<th class=\"n\">") + escape(column.title()) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
    }

    /** Which rows this page shows and a link to every page of the table, the report's own first. */
    private static void pageLinks(Sheet sheet, int page, String name, Writer out) throws IOException {
        int from = (page - 1) * PAGE_ROWS;
        out.write(String.format(Locale.ROOT, "<nav class=\"pages\"><p>Rows %,d to %,d of %,d, %,d a page:",
                from + 1, Math.min(sheet.rowCount(), from + PAGE_ROWS), sheet.rowCount(), PAGE_ROWS));
        for (int p = 1; p <= pages(sheet); p++) {
            String label = Integer.toString(p);
            if (p == page) {
                out.write(" <strong>" + label + "</strong>");
            } else {
                String target = p == 1 ? href(name + ".html", id(sheet)) : href(pageFile(name, sheet, p), null);
                out.write(" <a href=\"" + escape(target) + "\">" + label + "</a>");
            }
        }
        out.write("</p></nav>\n");
    }

    /** A link to {@code file} beside the report: a name with a space, '#' or '?' is percent-encoded, not cut. */
    private static String href(String file, String fragment) {
        try {
            return new URI(null, null, file, fragment).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no link can name " + file, e);
        }
    }

    /** The section's anchor: the sheet name as its CSV file names it. */
    private static String id(Sheet sheet) {
        return WorksheetExporter.slug(sheet.name());
    }

    /**
     * Writes a cell straight to the page, a number through one reused buffer: the string made for every cell was
     * the report's largest allocation (JFR, 2,000 sites).
     */
    private void cell(Cell cell, Column column) throws IOException {
        if (cell instanceof Cell.Text) {
            String text = cell.text();
            out.write(text.equals("error") ? "<td class=\"error\">" : text.equals("warning") ? "<td class=\"warning\">" : "<td>");
            out.write(escape(text));
        } else {
            number.setLength(0);
            // Digits, separators, a point, a minus and a per cent sign: nothing to escape.
            Formats.appendNumber(number.append("<td class=\"n\">"), cell, column);
            if (chars.length < number.length()) {
                chars = new char[number.length()];
            }
            number.getChars(0, number.length(), chars, 0);
            out.write(chars, 0, number.length());
        }
        out.write("</td>");
    }

    static String escape(String text) {
        String clean = CellText.withoutControlCharacters(text);
        int first = 0;
        // One look for the four characters rather than four replacements of each text: every cell goes through here.
        while (first < clean.length() && entity(clean.charAt(first)) == null) {
            first++;
        }
        if (first == clean.length()) {
            return clean;
        }
        StringBuilder escaped = new StringBuilder(clean.length() + 16).append(clean, 0, first);
        for (int i = first; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String entity = entity(c);
            if (entity == null) {
                escaped.append(c);
            } else {
                escaped.append(entity);
            }
        }
        return escaped.toString();
    }

    private static String entity(char c) {
        return switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
        };
    }
}
