package org.lapcheck.cli;

/** Invalid usage or input that stops a command before it starts (exit 2), with a message saying what to do. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
