package io.trunkline.cli.internal;

import java.util.Locale;

import io.trunkline.validation.Severity;
import io.trunkline.validation.ValidationResult;

/**
 * The one exit policy of every command that validates ({@code validate}, {@code plan}, {@code export}): exit code
 * 1 when a finding is at least as severe as {@code --fail-on} (default {@code error}); {@code never} leaves the
 * findings to the output. Worksheets are written whatever the findings, so a failing exit code never means that
 * nothing was written.
 */
enum FailOn {
    ERROR, WARNING, NEVER;

    static final String OPTION = "--fail-on";

    /** The line every usage text that takes the option shows. */
    static final String USAGE = "  --fail-on error|warning|never  exit 1 when a finding is at least this severe (default: error)";

    /** The level {@code --fail-on} names, or {@code error} when it is not given. */
    static FailOn of(Arguments args) throws UsageException {
        String value = args.option(OPTION).orElse("error");
        return switch (value) {
        case "error" -> ERROR;
        case "warning" -> WARNING;
        case "never" -> NEVER;
        default -> throw new UsageException(OPTION + " takes error, warning or never, not '" + value + "'");
        };
    }

    /** Whether {@code result} has a finding at or above this level. */
    boolean fails(ValidationResult result) {
        return switch (this) {
        case ERROR -> !result.of(Severity.ERROR).isEmpty();
        case WARNING -> !result.of(Severity.ERROR).isEmpty() || !result.of(Severity.WARNING).isEmpty();
        case NEVER -> false;
        };
    }

    /**
     * The exit code for {@code result}, saying on stderr why it is 1, since the worksheets a command wrote may make
     * it look like a success.
     */
    int exitCode(String file, ValidationResult result, Console console) {
        if (!fails(result)) {
            return ExitCode.OK;
        }
        console.err().println(String.format(Locale.ROOT, "%s: %s has findings at or above --fail-on %s (%d errors, %d warnings): exit code 1.",
                CommandLine.PROGRAM, file, name().toLowerCase(Locale.ROOT), result.of(Severity.ERROR).size(),
                result.of(Severity.WARNING).size()));
        return ExitCode.FINDINGS;
    }
}
