package io.trunkline.cli.internal;

/** Exit codes of the command line, stable so planners can script around them. */
public final class ExitCode {
    /** The command did what was asked and found no errors. */
    public static final int OK = 0;
    /** The topology has validation errors (warnings alone do not fail). */
    public static final int FINDINGS = 1;
    /** The command line was wrong: unknown verb, missing file argument, unknown option. */
    public static final int USAGE = 2;
    /** An input could not be read or an output could not be written. */
    public static final int IO = 3;
    /** Something failed that no command expected; one line says what, the details go to a log file. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
