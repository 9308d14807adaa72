package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.trunkline.export.ExportFormat;
import io.trunkline.export.ExportResult;
import io.trunkline.export.WorksheetExporter;
import io.trunkline.model.Topology;
import io.trunkline.validation.Validation;

/** {@code trunkline export FILE --out DIR [--format xlsx,csv,html]}: the planning worksheets. */
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
        return "Usage: trunkline export FILE --out DIR [--format xlsx,csv,html] [--fail-on error|warning|never]\n\n"
                + "Writes FILE's worksheets (Summary, Sites, Gateways, Mediation Servers, Trunks, SBA-SBS, WAN links,\n"
                + "Validation) into DIR: one workbook, one CSV per sheet and one HTML report; all three by default.\n"
                + FailOn.USAGE + "; the worksheets are written whatever the findings.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String file;
        Path out;
        Set<ExportFormat> formats;
        FailOn failOn;
        try {
            Arguments args = Arguments.parse(arguments, Set.of(), Set.of("--out", "--format", FailOn.OPTION));
            failOn = FailOn.of(args);
            file = args.single("topology file");
            out = Path.of(args.option("--out").orElseThrow(() -> new UsageException("missing --out DIR")));
            formats = args.option("--format").map(ExportCommand::formats).orElse(EnumSet.allOf(ExportFormat.class));
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " export: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            console.err().println(CommandLine.PROGRAM + " export: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        if (!export(topology.get(), file, out, formats, console)) {
            return ExitCode.IO;
        }
        return failOn.exitCode(file, Validation.validate(topology.get()), console);
    }

    static boolean export(Topology topology, String file, Path out, Set<ExportFormat> formats, Console console) {
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.topology$", "");
        try {
            ExportResult result = WorksheetExporter.export(topology, name, out, formats, Optional.empty());
            console.out().println("Wrote " + result.files().size() + " file(s) to " + out.toAbsolutePath() + ":");
            result.files().forEach(f -> console.out().println("  " + f.getFileName()));
            result.warnings().forEach(w -> console.err().println(CommandLine.PROGRAM + ": warning: " + w));
            return true;
        } catch (IOException e) {
            // The exporter's message names the file, the reason, and what was and was not written.
            console.err().println(CommandLine.PROGRAM + ": the worksheets were not written: " + e.getMessage());
            return false;
        }
    }

    private static Set<ExportFormat> formats(String list) {
        return ExportFormat.parse(list);
    }
}
