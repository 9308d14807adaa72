package io.trunkline.cli.internal;

import java.util.List;

/** One verb of the {@code trunkline} command line, e.g. {@code validate}. */
public interface Command {

    /** The verb the user types. */
    String name();

    /** One line for the {@code --help} overview. */
    String summary();

    /** Full usage text printed by {@code trunkline help VERB} and on a usage error. */
    String usage();

    /** Runs the verb and returns the process exit code (see {@link ExitCode}). */
    int run(List<String> arguments, Console console);
}
