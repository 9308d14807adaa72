package io.trunkline.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * How {@code trunkline cli} starts: a plain Java main class, the command line's bundle jars on an ordinary class
 * path and no OSGi framework (issue 18, item 5; docs/benchmarks.md, "Command-line start"). Starting Equinox,
 * resolving 18 bundles and reading the extension registry cost more than the command itself, and nothing on the
 * command line's path needs them: {@link io.trunkline.model.persistence.TopologyFiles#newResourceSet()} registers
 * the topology package and resource factory in each resource set it makes, and the command line validates through
 * {@link io.trunkline.validation.Validation}, not through EMF's {@code Diagnostician}, so the validator registry the
 * validation bundle's activator fills inside OSGi is not needed either. {@link HeadlessApplication} runs the same
 * command line inside OSGi.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command on the process's own terminal and returns its exit code. */
    static int run(String[] args) {
        PrintStream out = terminal(System.out);
        PrintStream err = terminal(System.err);
        try {
            return CommandLine.standard().run(args, new Console(out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintStream terminal(PrintStream stream) {
        return new PrintStream(new TerminalSafeStream(stream), true, StandardCharsets.UTF_8);
    }
}
