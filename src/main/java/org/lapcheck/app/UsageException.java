package org.lapcheck.app;

/** Invalid usage or input that stops a command before it starts (exit 2), with a message saying what to do. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
