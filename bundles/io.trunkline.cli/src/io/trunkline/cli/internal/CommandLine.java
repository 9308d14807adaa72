package io.trunkline.cli.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dispatches {@code trunkline VERB ARGS...} to its {@link Command}. Usable without OSGi, which is how the
 * tests drive it.
 */
public final class CommandLine {

    static final String PROGRAM = "trunkline";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** A command line with {@code verbs} only; {@link #standard()} has every verb Trunkline ships. */
    public CommandLine(List<Command> verbs) {
        for (Command verb : verbs) {
            commands.put(verb.name(), verb);
        }
    }

    /** The command line with every verb Trunkline ships. */
    public static CommandLine standard() {
        return new CommandLine(List.of(new PlanCommand(), new ValidateCommand(), new RulesCommand(), new SizeCommand(),
                new ExportCommand(), new ResilienceCommand(),
                new GenerateCommand(), new VersionCommand()));
    }

    /** Runs one invocation and returns its exit code. */
    public int run(String[] args, Console console) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty() || isHelp(arguments.get(0))) {
            return help(arguments.size() > 1 ? arguments.get(1) : null, console);
        }
        Optional<Command> verb = find(arguments.get(0));
        if (verb.isEmpty()) {
            console.err().println(PROGRAM + ": unknown command '" + arguments.get(0) + "'. Run '" + PROGRAM
                    + " --help' for the list of commands.");
            return ExitCode.USAGE;
        }
        List<String> rest = arguments.subList(1, arguments.size());
        if (rest.stream().anyMatch(CommandLine::isHelp)) {
            console.out().println(verb.get().usage());
            return ExitCode.OK;
        }
        try {
            return verb.get().run(rest, console);
        } catch (RuntimeException | Error unexpected) {
            // Out of memory included: by now the failed command's data is unreachable, so reporting has room.
            return Failure.report(verb.get().name(), arguments, unexpected, console);
        }
    }

    private int help(String verbName, Console console) {
        if (verbName != null) {
            Optional<Command> verb = find(verbName);
            if (verb.isEmpty()) {
                console.err().println(PROGRAM + ": no help for unknown command '" + verbName + "'.");
                return ExitCode.USAGE;
            }
            console.out().println(verb.get().usage());
            return ExitCode.OK;
        }
        StringBuilder text = new StringBuilder();
        text.append("Trunkline — plan Skype for Business Server Enterprise Voice topologies from the command line.\n\n");
        text.append("Usage: ").append(PROGRAM).append(" COMMAND [ARGUMENTS]\n\nCommands:\n");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        commands.values().forEach(c -> text.append("  ").append(pad(c.name(), width)).append(c.summary()).append('\n'));
        text.append("\nRun '").append(PROGRAM).append(" help COMMAND' for the arguments of one command.\n");
        text.append("Exit codes: 0 ok, 1 validation errors found, 2 wrong command line, 3 unreadable input or unwritable output,\n"
                + "4 unexpected failure (one line names it and the log with the details).");
        console.out().println(text);
        return ExitCode.OK;
    }

    private Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    private static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h") || argument.equals("help");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
