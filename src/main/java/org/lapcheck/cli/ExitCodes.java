package org.lapcheck.cli;

/** Every exit code lapcheck uses, in one place, so scripts and CI can rely on them. */
public final class ExitCodes {

    /** The command ran; any findings are below {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (or failing rule cases for {@code rules test}). */
    public static final int FINDINGS = 1;
    /** Invalid input or usage: bad files are listed with file:line:column; the valid ones were still assessed. */
    public static final int INVALID_INPUT = 2;
    /** The rulebook under {@code rules/} cannot be used: every problem is listed as file:line: message. */
    public static final int RULEBOOK = 3;
    /** Mail delivery failed; the undelivered messages stay in the outbox for the next {@code --send}. */
    public static final int DELIVERY_FAILED = 4;
    /** An unexpected internal error (a bug): run again with --verbose for the stack trace. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}

    /** The exit code of a finished e-mail job. */
    static int of(org.lapcheck.app.NotifyJob.Result result) {
        return switch (result) {
            case DONE -> OK;
            case MALFORMED_ADDRESS -> INVALID_INPUT;
            case UNDELIVERED -> DELIVERY_FAILED;
        };
    }
}
