package org.lapcheck.notify;

import java.time.Duration;

/**
 * How often to try again when the server is unreachable or answers "try later" (4xx), and how long to wait:
 * the delay doubles each time (1 s, 2 s, 4 s by default). Bounded, so a run always ends; what is still undelivered
 * stays in the outbox for the next send.
 *
 * @param retries tries after the first one
 */
public record RetryPolicy(int retries, Duration firstDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1));

    public RetryPolicy {
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be between 0 and 10, not " + retries);
        }
        if (firstDelay == null || firstDelay.isNegative()) {
            throw new IllegalArgumentException("the retry delay must not be negative");
        }
    }

    /** The wait before try number {@code attempt + 1}, for {@code attempt} = 1, 2, ... */
    Duration delayAfter(int attempt) {
        return firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
