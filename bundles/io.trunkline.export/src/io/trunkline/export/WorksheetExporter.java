package io.trunkline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.trunkline.export.internal.CsvWriter;
import io.trunkline.export.internal.ExportInput;
import io.trunkline.export.internal.HtmlReportWriter;
import io.trunkline.export.internal.PlanningWorkbook;
import io.trunkline.export.internal.Sheet;
import io.trunkline.export.internal.XlsxWriter;
import io.trunkline.model.Topology;
import io.trunkline.planning.TopologySizer;
import io.trunkline.validation.Validation;

/**
 * Writes the planning worksheets of a topology: {@code <name>.xlsx}, one {@code <name>-<sheet>.csv} per table
 * and {@code <name>.html}. Output holds no timestamps of its own, so the same topology gives the same content.
 * Each file is written aside and renamed, so a failed export never leaves half a file behind.
 */
public final class WorksheetExporter {

    private WorksheetExporter() {
    }

    /** Exports {@code topology} into {@code folder} under the base name {@code name}. */
    public static ExportResult export(Topology topology, String name, Path folder, Set<ExportFormat> formats,
            Optional<byte[]> diagramPng) throws IOException {
        ExportInput input = new ExportInput(topology, TopologySizer.size(topology), Validation.validate(topology));
        List<Sheet> sheets = PlanningWorkbook.sheets(input);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (formats.contains(ExportFormat.XLSX)) {
            written.add(write(folder.resolve(name + ".xlsx"), out -> XlsxWriter.write(sheets, out)));
        }
        if (formats.contains(ExportFormat.CSV)) {
            for (Sheet sheet : sheets) {
                written.add(write(folder.resolve(name + "-" + slug(sheet.name()) + ".csv"), out -> text(out, w -> {
                    w.write('\ufeff');
                    CsvWriter.write(sheet, w);
                })));
            }
        }
        if (formats.contains(ExportFormat.HTML)) {
            String title = topology.getName() == null ? name : topology.getName();
            written.add(write(folder.resolve(name + ".html"),
                    out -> text(out, w -> HtmlReportWriter.write(title, sheets, diagramPng, w))));
        }
        return new ExportResult(written, input.validation().findings().size());
    }

    /** The table names, for callers that list what an export contains. */
    public static String slug(String sheetName) {
        return sheetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private interface TextBody {
        void write(Writer out) throws IOException;
    }

    private static void text(OutputStream out, TextBody body) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        body.write(writer);
        writer.flush();
    }

    private static Path write(Path file, Body body) throws IOException {
        Path aside = file.resolveSibling("." + file.getFileName() + ".writing");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(aside))) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(aside);
            throw e;
        }
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
