package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reports a failure no command expected as one line a planner can act on: what Trunkline was doing, what went
 * wrong in plain words, and where the details are. The stack trace goes to the {@link CrashLog} only.
 */
final class Failure {

    private Failure() {
    }

    static int report(String verb, List<String> arguments, Throwable failure, Console console) {
        String where;
        try {
            Path log = CrashLog.write(arguments, failure);
            where = "the details are in " + log;
        } catch (IOException noLog) {
            where = "no log could be written (" + TopologyInput.reason(noLog) + ")";
        } catch (RuntimeException noLog) {
            where = "no log could be written";
        }
        String doing = doing(failure, verb);
        String line;
        if (failure instanceof OutOfMemoryError) {
            line = String.format(Locale.ROOT, "ran out of memory while %s (the limit is %,d MB); the input is too large", doing,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } else if (failure instanceof StackOverflowError) {
            line = "the input is nested too deeply to handle while " + doing;
        } else {
            line = "unexpected failure while " + doing + "; this is a Trunkline bug, please report it";
        }
        console.err().println(CommandLine.PROGRAM + ": " + line + "; " + where);
        return ExitCode.INTERNAL;
    }

    /**
     * What was going on, from the first Trunkline frame below the command line that is not the model's: rules and
     * writers call the model's helpers (a label's printable text, say), so a model frame on top means reading the
     * topology only when no sizing, validation or export frame lies below it.
     */
    private static String doing(Throwable failure, String verb) {
        boolean inModel = false;
        for (StackTraceElement frame : failure.getStackTrace()) {
            String name = frame.getClassName();
            inModel |= name.startsWith("io.trunkline.model.");
            if (name.startsWith("io.trunkline.planning.")) {
                return "sizing";
            }
            if (name.startsWith("io.trunkline.validation.")) {
                return "validating";
            }
            if (name.startsWith("io.trunkline.export.")) {
                return "writing the worksheets";
            }
        }
        return inModel ? "reading the topology" : "running '" + verb + "'";
    }
}
