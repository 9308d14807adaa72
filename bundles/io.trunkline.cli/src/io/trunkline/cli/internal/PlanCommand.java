package io.trunkline.cli.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.trunkline.export.ExportFormat;
import io.trunkline.model.Topology;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationReport;
import io.trunkline.validation.ValidationResult;

/**
 * {@code trunkline plan FILE --out DIR}: the whole headless job: validate, size, and write every worksheet.
 * Worksheets are written even when there are errors (their Validation sheet lists them); the exit code still
 * says whether errors remain.
 */
final class PlanCommand implements Command {

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "Validate a topology and write all its worksheets (what ./trunkline --headless runs).";
    }

    @Override
    public String usage() {
        return "Usage: trunkline plan FILE --out DIR [--fail-on error|warning|never] [--rules FILE]\n\n"
                + "Validates FILE, prints the findings, and writes the xlsx, CSV and HTML worksheets into DIR.\n"
                + FailOn.USAGE + "\n"
                + RulesOption.USAGE + "\n"
                + "The worksheets are written whatever the findings.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String file;
        Path out;
        FailOn failOn;
        RuleSettings rules;
        try {
            Arguments args = Arguments.parse(arguments, Set.of(), Set.of("--out", FailOn.OPTION, RulesOption.OPTION));
            failOn = FailOn.of(args);
            file = args.single("topology file");
            out = Path.of(args.option("--out").orElseThrow(() -> new UsageException("missing --out DIR")));
            rules = RulesOption.of(args);
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " plan: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        } catch (RuleSettingsException e) {
            console.err().println(CommandLine.PROGRAM + " plan: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        ValidationResult result = Validation.validate(topology.get(), rules);
        console.out().print(ValidationReport.text(Path.of(file).getFileName().toString(), result));
        if (!ExportCommand.export(topology.get(), file, out, EnumSet.allOf(ExportFormat.class), rules, console)) {
            return ExitCode.IO;
        }
        console.out().println("Open " + out.toAbsolutePath().resolve(
                Path.of(file).getFileName().toString().replaceFirst("\\.topology$", "") + ".html") + " for the report.");
        return failOn.exitCode(file, result, console);
    }
}
