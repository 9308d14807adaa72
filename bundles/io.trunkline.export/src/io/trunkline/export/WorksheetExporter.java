package io.trunkline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import io.trunkline.export.internal.CellText;
import io.trunkline.export.internal.ColumnWidths;
import io.trunkline.export.internal.CsvWriter;
import io.trunkline.export.internal.ExportInput;
import io.trunkline.export.internal.HtmlReportWriter;
import io.trunkline.export.internal.OutputFiles;
import io.trunkline.export.internal.PageSetup;
import io.trunkline.export.internal.PlanningWorkbook;
import io.trunkline.export.internal.SecondThread;
import io.trunkline.export.internal.Sheet;
import io.trunkline.export.internal.SheetWriter;
import io.trunkline.export.internal.XlsxWriter;
import io.trunkline.model.Topology;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationResult;

/**
 * Writes the planning worksheets of a topology: {@code <name>.xlsx}, one {@code <name>-<sheet>.csv} per table
 * and {@code <name>.html}, with {@code <name>-<sheet>-<page>.html} for the rows of a table beyond the report's
 * first 10,000. Rows are made as each writer reaches them and never held together, so memory does not grow with
 * the number of rows. The workbook and the report are laid out for printing and show formatted numbers
 * (3,000; 180.0 erlangs; 1.00 %); the CSV files keep plain numbers (3000; 180; 0.01, percentages as fractions)
 * so that programs read them. Output holds no timestamps unless {@link ExportOptions#stamp()} asks for one, so
 * the same topology gives the same content. The work is shared with a second thread ({@link SecondThread}); what
 * is written does not depend on which thread is faster.
 * The files of one export are a set: all are written aside first and then moved into place together, so a
 * failed export replaces nothing and leaves nothing behind (see {@link OutputFiles}).
 */
public final class WorksheetExporter {

    private WorksheetExporter() {
    }

    /**
     * Exports {@code topology} into {@code folder} under the base name {@code name}. Text too long for a workbook
     * cell is cut with a visible marker and listed in {@link ExportResult#warnings()}.
     *
     * @throws IOException with a message naming the file that failed and the files left as they were
     */
    public static ExportResult export(Topology topology, String name, Path folder, Set<ExportFormat> formats,
            Optional<byte[]> diagramPng) throws IOException {
        return export(topology, name, folder, formats, diagramPng, Optional.empty(), ExportOptions.defaults());
    }

    /**
     * Exports as {@link #export(Topology, String, Path, Set, Optional)} does, on the paper and with the time stamp
     * of {@code options}.
     *
     * @throws IOException with a message naming the file that failed and the files left as they were
     */
    public static ExportResult export(Topology topology, String name, Path folder, Set<ExportFormat> formats,
            Optional<byte[]> diagramPng, ExportOptions options) throws IOException {
        return export(topology, name, folder, formats, diagramPng, Optional.empty(), options);
    }

    /**
     * Exports as {@link #export(Topology, String, Path, Set, Optional, ExportOptions)} does; {@code worstFailurePng},
     * the overview tinted by the single failure that costs most (see {@code Sweep.worst()}), goes into the HTML
     * report's Resiliency section.
     *
     * @throws IOException with a message naming the file that failed and the files left as they were
     */
    public static ExportResult export(Topology topology, String name, Path folder, Set<ExportFormat> formats,
            Optional<byte[]> diagramPng, Optional<byte[]> worstFailurePng, ExportOptions options) throws IOException {
        return export(topology, name, folder, formats, diagramPng, worstFailurePng, options, RuleSettings.defaults());
    }

    /**
     * Exports as {@link #export(Topology, String, Path, Set, Optional, Optional, ExportOptions)} does; the Validation
     * sheet lists the findings of the rules {@code rules} leave on, at the severities they give.
     *
     * @throws IOException with a message naming the file that failed and the files left as they were
     */
    public static ExportResult export(Topology topology, String name, Path folder, Set<ExportFormat> formats,
            Optional<byte[]> diagramPng, Optional<byte[]> worstFailurePng, ExportOptions options, RuleSettings rules)
            throws IOException {
        try (SecondThread second = new SecondThread()) {
            // The validation needs neither the sizing nor the sweep: it runs beside them.
            Future<ValidationResult> validation = second.submit(() -> Validation.validate(topology, rules));
            TopologySizing sizing = TopologySizer.size(topology);
            // The export's own sizing: sizing the topology again took a tenth of a large export. The sweep is no local
            // of this method, which stays on the stack while the sheets are written: only the input keeps what of it
            // the sheets need.
            ExportInput input = ExportInput.of(topology, sizing, SecondThread.await(validation),
                    ResiliencyAnalysis.of(topology, sizing).sweep());
            // Each writer reads every row again: a cut is reported once, in the order of the tables and rows, since
            // the second thread measures a table before the first writes it.
            Set<String> warnings = Collections.synchronizedSet(new LinkedHashSet<>());
            List<Sheet> sheets = CellText.fit(PlanningWorkbook.sheets(input), warnings::add);
            return write(second, input, sheets, warnings, name, folder, formats, diagramPng, worstFailurePng, options);
        }
    }

    private static ExportResult write(SecondThread second, ExportInput input, List<Sheet> sheets, Set<String> warnings,
            String name, Path folder, Set<ExportFormat> formats, Optional<byte[]> diagramPng,
            Optional<byte[]> worstFailurePng, ExportOptions options) throws IOException {
        // A table is measured on the second thread while the first writes the tables before it.
        List<Future<ColumnWidths>> widths = formats.contains(ExportFormat.XLSX) || formats.contains(ExportFormat.HTML)
                ? sheets.stream().map(sheet -> second.submit(() -> ColumnWidths.of(sheet))).toList() : List.of();
        Topology topology = input.topology();
        String title = CellText.fit(topology.getName() == null ? name : topology.getName());
        try (OutputFiles files = OutputFiles.in(folder)) {
            // Every file is opened before any is written, in the order the result lists them; each sheet's rows then
            // go to the workbook in one pass, and to its CSV file and the report in another on the second thread.
            OutputStream workbookFile = formats.contains(ExportFormat.XLSX) ? files.open(name + ".xlsx") : null;
            List<Writer> csvFiles = new ArrayList<>();
            if (formats.contains(ExportFormat.CSV)) {
                for (Sheet sheet : sheets) {
                    csvFiles.add(text(files.open(name + "-" + slug(sheet.name()) + ".csv")));
                }
            }
            Writer reportFile = null;
            Map<String, Writer> pageFiles = new HashMap<>();
            if (formats.contains(ExportFormat.HTML)) {
                reportFile = text(files.open(name + ".html"));
                for (Sheet sheet : sheets) {
                    for (int page = 2; page <= HtmlReportWriter.pages(sheet); page++) {
                        String file = HtmlReportWriter.pageFile(name, sheet, page);
                        pageFiles.put(file, text(files.open(file)));
                    }
                }
            }
            XlsxWriter workbook = workbookFile == null ? null
                    : new XlsxWriter(new PageSetup(title, options), files.scratch(name + ".xlsx"));
            HtmlReportWriter report = reportFile == null ? null : HtmlReportWriter.start(title, name, sheets,
                    diagramPng, worstFailurePng, options, reportFile, pageFiles::get);
            Future<Void> csvAndReportWritten = csvFiles.isEmpty() && report == null ? null
                    : second.submit(writeCsvAndReport(sheets, widths, csvFiles, report, reportFile));
            if (workbook != null) {
                for (int i = 0; i < sheets.size(); i++) {
                    SheetWriter.write(sheets.get(i), SecondThread.await(widths.get(i)), List.of(workbook));
                }
                workbook.finish(workbookFile);
                workbookFile.close();
            }
            if (csvAndReportWritten != null) {
                SecondThread.await(csvAndReportWritten);
            }
            synchronized (warnings) {
                return new ExportResult(files.commit(), input.validation(), List.copyOf(warnings));
            }
        }
    }

    /**
     * Writes every table into its CSV file and {@code report}, each measured by then when there is a report, and
     * ends the report: what the second thread writes while the first writes the workbook, which takes longest.
     */
    private static Callable<Void> writeCsvAndReport(List<Sheet> sheets, List<Future<ColumnWidths>> widths,
            List<Writer> csvFiles, HtmlReportWriter report, Writer reportFile) {
        return () -> {
            for (int i = 0; i < sheets.size(); i++) {
                List<SheetWriter> writers = new ArrayList<>(2);
                if (!csvFiles.isEmpty()) {
                    writers.add(new CsvWriter(csvFiles.get(i)));
                }
                if (report != null) {
                    writers.add(report);
                }
                SheetWriter.write(sheets.get(i), widths.isEmpty() ? null : SecondThread.await(widths.get(i)), writers);
                if (!csvFiles.isEmpty()) {
                    csvFiles.get(i).close();
                }
            }
            if (report != null) {
                report.finish();
                reportFile.close();
            }
            return null;
        };
    }

    /** The table names, for callers that list what an export contains. */
    public static String slug(String sheetName) {
        return sheetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
