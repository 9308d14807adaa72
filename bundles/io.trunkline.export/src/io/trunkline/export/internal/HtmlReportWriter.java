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
public final class HtmlReportWriter {

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

    private HtmlReportWriter() {
    }

    /**
     * Writes the report titled {@code title} with {@code sheets} (laid out by {@code widths}), an optional PNG diagram
     * and, under the Resiliency heading, {@code worstFailurePng}: the overview tinted by the single failure that
     * costs most. A table longer than {@link #PAGE_ROWS} shows its first page here and links to the
     * {@linkplain #pageFile pages} that {@link #writePage} writes beside the report of base name {@code name}.
     */
    public static void write(String title, String name, List<Sheet> sheets, List<ColumnWidths> widths,
            Optional<byte[]> diagramPng, Optional<byte[]> worstFailurePng, ExportOptions options, Writer out)
            throws IOException {
        head(title, options, out);
        out.write("<nav class=\"toc\">\n<p>Contents</p>\n<ol>\n");
        if (diagramPng.isPresent()) {
            out.write("<li><a href=\"#diagram\">Diagram</a></li>\n");
        }
        for (Sheet sheet : sheets) {
            out.write("<li><a href=\"#" + id(sheet) + "\">" + escape(sheet.name()) + "</a></li>\n");
        }
        out.write("</ol>\n</nav>\n");
        if (diagramPng.isPresent()) {
            out.write("<figure id=\"diagram\"><img class=\"diagram\" alt=\"Topology diagram\" src=\"data:image/png;base64,");
            out.write(Base64.getEncoder().encodeToString(diagramPng.get()));
            out.write("\"/></figure>\n");
        }
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            table(sheet, widths.get(i), 1, options.paper(),
                    sheet.name().equals(ResiliencySheet.NAME) ? worstFailurePng : Optional.empty(), name, out);
        }
        out.write("</body>\n</html>\n");
    }

    /** How many pages of {@link #PAGE_ROWS} rows {@code sheet} takes in the report: 1 for most tables. */
    public static int pages(Sheet sheet) {
        return Math.max(1, (sheet.rowCount() + PAGE_ROWS - 1) / PAGE_ROWS);
    }

    /** The file of page {@code page} (from 2; page 1 is in the report) of {@code sheet} beside report {@code name}. */
    public static String pageFile(String name, Sheet sheet, int page) {
        return name + "-" + id(sheet) + "-" + page + ".html";
    }

    /** Writes page {@code page} (from 2) of {@code sheet}: its rows, linked to the report and the pages either side. */
    public static void writePage(String title, String name, Sheet sheet, ColumnWidths widths, int page,
            ExportOptions options, Writer out) throws IOException {
        head(title + " \u2014 " + sheet.name() + ", page " + page + " of " + pages(sheet), options, out);
        table(sheet, widths, page, options.paper(), Optional.empty(), name, out);
        out.write("</body>\n</html>\n");
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

    private static void table(Sheet sheet, ColumnWidths widths, int page, Paper paper, Optional<byte[]> picture,
            String name, Writer out) throws IOException {
        boolean wide = PageSetup.wide(widths, paper);
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
        int from = (page - 1) * PAGE_ROWS;
        for (List<Cell> row : sheet.rows(from, Math.min(sheet.rowCount(), from + PAGE_ROWS))) {
            out.write("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.write(cell(row.get(c), sheet.columns().get(c)));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
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

    private static String cell(Cell cell, Column column) {
        String text = Formats.display(cell, column);
        String cls = cell instanceof Cell.Text ? (text.equals("error") || text.equals("warning") ? " class=\"" + text + "\"" : "")
                : " class=\"n\"";
        return "<td" + cls + ">" + escape(text) + "</td>";
    }

    static String escape(String text) {
        return CellText.withoutControlCharacters(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
