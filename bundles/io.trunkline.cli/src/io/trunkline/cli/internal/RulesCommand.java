package io.trunkline.cli.internal;

import java.util.List;
import java.util.Set;

import io.trunkline.validation.ValidationReport;

/** {@code trunkline rules [--markdown]}: the rule catalogue with sources. */
final class RulesCommand implements Command {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "List the planning rules with their severity and source.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline rules [--markdown]\n\nLists every rule: id, severity, what it asks for, and where it comes from.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        try {
            Arguments args = Arguments.parse(arguments, Set.of("--markdown"), Set.of());
            if (!args.positional().isEmpty()) {
                throw new UsageException("unexpected " + args.positional());
            }
            console.out().print(args.flag("--markdown") ? ValidationReport.catalogueMarkdown() : ValidationReport.catalogue());
            return ExitCode.OK;
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " rules: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        }
    }
}
