package io.trunkline.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trunkline.model.persistence.LoadProblem;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;
import io.trunkline.validation.SarifReport;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationReport;
import io.trunkline.validation.ValidationResult;

/**
 * {@code trunkline validate FILE|FOLDER... [--format text|json|sarif] [--fail-on LEVEL] [--rules FILE]}: the planning rules, for
 * a terminal or a planner's CI, over every topology below the folders given.
 */
final class ValidateCommand implements Command {

    private enum Format {
        TEXT, JSON, SARIF
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check topologies against the planning rules; exit 1 when there are errors.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline validate FILE|FOLDER... [--format text|json|sarif] [--fail-on error|warning|never]\n"
                + "                          [--rules FILE]\n\n"
                + "Checks each FILE, and every *.topology below each FOLDER (symbolic links followed, loops not),\n"
                + "against every planning rule (see 'trunkline rules').\n"
                + "  --format text   one line per finding and a summary per file (the default)\n"
                + "  --format json   one JSON object per file, one per line (--json is the same)\n"
                + "  --format sarif  one SARIF 2.1.0 log for all files: rule, level, message, file and line of the\n"
                + "                  element, the rule's source as help; for a Git host's code scanning\n"
                + FailOn.USAGE + "\n"
                + RulesOption.USAGE + "\n"
                + "Exit code 2 when the command line or the --rules file is wrong (nothing is checked), 3 when a file or folder cannot be read or a file is not a topology (the others are\n"
                + "still checked), else 1 when a finding reaches --fail-on, else 0.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Format format;
        FailOn failOn;
        List<String> inputs;
        RuleSettings rules;
        try {
            Arguments args = Arguments.parse(arguments, Set.of("--json"), Set.of("--format", FailOn.OPTION, RulesOption.OPTION));
            format = format(args);
            failOn = FailOn.of(args);
            rules = RulesOption.of(args);
            inputs = args.positional();
            if (inputs.isEmpty()) {
                throw new UsageException("missing topology file");
            }
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " validate: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        } catch (RuleSettingsException e) {
            console.err().println(CommandLine.PROGRAM + " validate: " + e.getMessage());
            return ExitCode.USAGE;
        }
        TopologyFinder.Found found = TopologyFinder.find(inputs);
        found.notes().forEach(note -> console.err().println(CommandLine.PROGRAM + ": note: " + note));
        found.problems().forEach(problem -> console.err().println(CommandLine.PROGRAM + ": " + problem));
        boolean unreadable = !found.problems().isEmpty();
        if (found.files().isEmpty() && !unreadable) {
            console.err().println(CommandLine.PROGRAM + ": no *.topology file in " + String.join(", ", inputs));
            unreadable = true;
        }
        SarifReport sarif = new SarifReport();
        boolean failed = false;
        int errors = 0;
        int warnings = 0;
        for (Path file : found.files()) {
            TopologyInput.Read read = TopologyInput.read(file.toString());
            if (read.topology().isEmpty()) {
                unreadable = true;
                report(file, read, format, sarif, console);
                continue;
            }
            ValidationResult result = Validation.validate(read.topology().get(), rules);
            failed |= failOn.fails(result);
            errors += result.of(Severity.ERROR).size();
            warnings += result.of(Severity.WARNING).size();
            String name = found.files().size() == 1 ? file.getFileName().toString() : file.toString();
            switch (format) {
            case TEXT -> console.out().print(ValidationReport.text(name, result));
            case JSON -> console.out().println(ValidationReport.json(name, result));
            case SARIF -> {
                Map<String, Integer> lines = ElementLines.of(file);
                sarif.add(SarifReport.uri(file), result, id -> lines.getOrDefault(id, 0));
            }
            }
        }
        if (format == Format.SARIF) {
            console.out().println(sarif.json());
        } else if (format == Format.TEXT && found.files().size() > 1) {
            console.out().println(String.format(Locale.ROOT, "%d files: %d errors, %d warnings", found.files().size(), errors,
                    warnings));
        }
        return unreadable ? ExitCode.IO : failed ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void report(Path file, TopologyInput.Read read, Format format, SarifReport sarif, Console console) {
        if (read.failure().isPresent()) {
            console.err().println(CommandLine.PROGRAM + ": " + read.failure().get());
        } else {
            console.err().println(CommandLine.PROGRAM + ": cannot load " + file + ":");
            read.lines().forEach(console.err()::println);
        }
        if (format == Format.SARIF) {
            sarif.addLoadProblems(SarifReport.uri(file), read.problems().isEmpty()
                    ? List.of(new LoadProblem(file.toString(), 0, 0, "", read.failure().orElse("")))
                    : read.problems());
        }
    }

    private static Format format(Arguments args) throws UsageException {
        String value = args.option("--format").orElse(args.flag("--json") ? "json" : "text");
        return switch (value) {
        case "text" -> Format.TEXT;
        case "json" -> Format.JSON;
        case "sarif" -> Format.SARIF;
        default -> throw new UsageException("--format takes text, json or sarif, not '" + value + "'");
        };
    }
}
