package io.trunkline.cli.internal;

/** A command line the user has to correct; the message says how. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
