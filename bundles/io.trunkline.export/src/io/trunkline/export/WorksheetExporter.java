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
import java.util.concurrent.Future;

import io.trunkline.export.internal.CellText;
import io.trunkline.export.internal.ExportInput;
import io.trunkline.export.internal.HtmlReportWriter;
import io.trunkline.export.internal.MeasuredTable;
import io.trunkline.export.internal.OutputFiles;
import io.trunkline.export.internal.PageSetup;
import io.trunkline.export.internal.PlanningWorkbook;
import io.trunkline.export.internal.SecondThread;
import io.trunkline.export.internal.Sheet;
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
 * first 10,000. A table's rows are made once for every writer when they are few, and as each writer reaches them
 * when they are many ({@link MeasuredTable}), so memory does not grow with the number of rows. The workbook and the report are laid out for printing and show formatted numbers
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
            // A table too long to hold is read again by each writer: a cut is reported once, in the order of the tables
            // and rows, since the second thread makes a table's rows first.
            Set<String> warnings = Collections.synchronizedSet(new LinkedHashSet<>());
            List<Sheet> sheets = CellText.fit(PlanningWorkbook.sheets(input), warnings::add);
            return write(second, input, sheets, warnings, name, folder, formats, diagramPng, worstFailurePng, options);
        }
    }

    private static ExportResult write(SecondThread second, ExportInput input, List<Sheet> sheets, Set<String> warnings,
            String name, Path folder, Set<ExportFormat> formats, Optional<byte[]> diagramPng,
            Optional<byte[]> worstFailurePng, ExportOptions options) throws IOException {
        Topology topology = input.topology();
        String title = CellText.fit(topology.getName() == null ? name : topology.getName());
        try (OutputFiles files = OutputFiles.in(folder)) {
            // Every file is opened before any is written, in the order the result lists them.
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
            SecondThreadWork work = measureAndReport(second, sheets, csvFiles, workbook != null, report, reportFile);
            if (workbook != null) {
                for (int i = 0; i < work.tables().size(); i++) {
                    SecondThread.await(work.tables().get(i)).writeTo(List.of(workbook));
                    // Written: its rows can go.
                    work.tables().set(i, null);
                }
                workbook.finish(workbookFile);
                workbookFile.close();
            }
            // In the order given, so that a failure is the one of the work that failed first.
            for (Future<?> done : work.all()) {
                SecondThread.await(done);
            }
            synchronized (warnings) {
                return new ExportResult(files.commit(), input.validation(), List.copyOf(warnings));
            }
        }
    }

    /**
     * Hands the second thread each table's first pass (its widths, its CSV file, its rows held) and its section of
     * {@code report}, a table ahead, so that the workbook on the first thread, which takes longest, rarely waits
     * for a table; then the end of the report.
     */
    private static SecondThreadWork measureAndReport(SecondThread second, List<Sheet> sheets, List<Writer> csvFiles,
            boolean workbook, HtmlReportWriter report, Writer reportFile) {
        boolean laidOut = workbook || report != null;
        SecondThreadWork work = new SecondThreadWork(new ArrayList<>(), new ArrayList<>());
        Future<MeasuredTable> previous = null;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            Writer csv = csvFiles.isEmpty() ? null : csvFiles.get(i);
            Future<MeasuredTable> table = second.submit(() -> MeasuredTable.measure(sheet, csv, laidOut));
            if (workbook) {
                work.tables().add(table);
            } else if (report == null) {
                // CSV alone: nothing else waits for the table, and it holds no rows.
                work.all().add(table);
            }
            if (previous != null && report != null) {
                work.all().add(reportSection(second, previous, report));
            }
            previous = table;
        }
        if (report != null) {
            if (previous != null) {
                work.all().add(reportSection(second, previous, report));
            }
            work.all().add(second.submit(() -> {
                report.finish();
                reportFile.close();
                return null;
            }));
        }
        return work;
    }

    private static Future<Void> reportSection(SecondThread second, Future<MeasuredTable> table, HtmlReportWriter report) {
        return second.submit(() -> {
            SecondThread.await(table).writeTo(List.of(report));
            return null;
        });
    }

    /**
     * What the second thread was given: each table's first pass for the workbook (none without a workbook), let go
     * once the workbook has written it, and in order the rest, whose rows nothing holds once written.
     */
    private record SecondThreadWork(List<Future<MeasuredTable>> tables, List<Future<?>> all) {
    }

    /** The table names, for callers that list what an export contains. */
    public static String slug(String sheetName) {
        return sheetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
