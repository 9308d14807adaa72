package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportOptions;
import io.trunkline.export.ExportResult;
import io.trunkline.export.Paper;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;

/**
 * {@code trunkline export FILE --out DIR [--format xlsx,csv,html] [--paper a4|letter] [--stamp] [--rules FILE]}: the
 * planning worksheets.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the planning worksheets (xlsx, CSV, HTML) of a topology into a folder.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline export FILE --out DIR [--format xlsx,csv,html] [--paper a4|letter] [--stamp]\n"
                + "                        [--fail-on error|warning|never] [--rules FILE]\n\n"
                + "Writes FILE's worksheets (Summary, Sites, Gateways, Mediation Servers, Trunks, SBA-SBS, WAN links,\n"
                + "Validation) into DIR: one workbook, one CSV per sheet and one HTML report; all three by default.\n"
                + "A table over 10,000 rows shows its first 10,000 in the report and the rest in NAME-SHEET-2.html, ...\n"
                + "--paper  the paper the workbook and report print on; by default Letter in the US, Canada, Mexico,\n"
                + "         the Philippines and other Letter countries of the user's locale, A4 elsewhere.\n"
                + "--stamp  print the time of export in the page footers and the report (otherwise the same\n"
                + "         topology always gives the same files).\n"
                + FailOn.USAGE + "; the worksheets are written whatever the findings.\n"
                + RulesOption.USAGE + "; the Validation sheet follows them.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String file;
        Path out;
        Set<ExportFormat> formats;
        ExportOptions options;
        FailOn failOn;
        RuleSettings rules;
        try {
            Arguments args = Arguments.parse(arguments, Set.of("--stamp"),
                    Set.of("--out", "--format", "--paper", FailOn.OPTION, RulesOption.OPTION));
            failOn = FailOn.of(args);
            file = args.single("topology file");
            out = Path.of(args.option("--out").orElseThrow(() -> new UsageException("missing --out DIR")));
            formats = args.option("--format").map(ExportCommand::formats).orElse(EnumSet.allOf(ExportFormat.class));
            options = new ExportOptions(args.option("--paper").map(Paper::parse).orElseGet(Paper::ofDefaultLocale),
                    args.flag("--stamp") ? Optional.of(Instant.now()) : Optional.empty());
            rules = RulesOption.of(args);
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " export: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException | RuleSettingsException e) {
            console.err().println(CommandLine.PROGRAM + " export: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        Optional<ExportResult> result = export(topology.get(), file, out, formats, options, rules, console);
        if (result.isEmpty()) {
            return ExitCode.IO;
        }
        return failOn.exitCode(file, result.get().validation(), console);
    }

    static boolean export(Topology topology, String file, Path out, Set<ExportFormat> formats, RuleSettings rules,
            Console console) {
        return export(topology, file, out, formats, ExportOptions.defaults(), rules, console).isPresent();
    }

    /** The export, or empty when it failed (and said why). */
    private static Optional<ExportResult> export(Topology topology, String file, Path out, Set<ExportFormat> formats,
            ExportOptions options, RuleSettings rules, Console console) {
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.topology$", "");
        try {
            ExportResult result = WorksheetExporter.export(topology, name, out, formats, Optional.empty(), Optional.empty(), options, rules);
            console.out().println("Wrote " + result.files().size() + " file(s) to " + out.toAbsolutePath() + ":");
            result.files().forEach(f -> console.out().println("  " + f.getFileName()));
            result.warnings().forEach(w -> console.err().println(CommandLine.PROGRAM + ": warning: " + w));
            return Optional.of(result);
        } catch (IOException e) {
            // The exporter's message names the file, the reason, and what was and was not written.
            console.err().println(CommandLine.PROGRAM + ": the worksheets were not written: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Set<ExportFormat> formats(String list) {
        return ExportFormat.parse(list);
    }
}
