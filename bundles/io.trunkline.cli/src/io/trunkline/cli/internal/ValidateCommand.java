package io.trunkline.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.trunkline.model.Topology;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationReport;
import io.trunkline.validation.ValidationResult;

/** {@code trunkline validate FILE [--json]}: the planning rules, for a terminal or a planner's CI. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check a topology against the planning rules; exit 1 when there are errors.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline validate FILE [--json]\n\n"
                + "Checks FILE against every planning rule (see 'trunkline rules') and prints one line per finding\n"
                + "and a summary, or with --json one JSON object. Exit code 1 when any finding is an error.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args;
        String file;
        try {
            args = Arguments.parse(arguments, Set.of("--json"), Set.of());
            file = args.single("topology file");
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " validate: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        ValidationResult result = Validation.validate(topology.get());
        String name = Path.of(file).getFileName().toString();
        console.out().print(args.flag("--json") ? ValidationReport.json(name, result) + "\n" : ValidationReport.text(name, result));
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
