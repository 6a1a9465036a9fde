package org.lapcheck.assess;

import java.util.List;

/**
 * The rules fired more times than any sound rulebook needs for the facts given (a rule that re-triggers itself, or
 * keeps inserting facts): the session was stopped at the bound, and nothing it concluded is used.
 */
public final class RunawayRulesException extends RuntimeException {

    private final List<String> busiest;

    RunawayRulesException(long limit, List<String> busiest) {
        super("the rules fired " + limit + " times, more than any sound rulebook needs for these facts, and were "
                + "stopped; the rule(s) that fired most: " + String.join(", ", busiest)
                + ". A rule that re-triggers itself (its consequence changes what its condition reads, or inserts a "
                + "fact it matches again) is the usual cause.");
        this.busiest = List.copyOf(busiest);
    }

    /** {@code ID (file:line) N times}, the busiest first. */
    public List<String> busiest() {
        return busiest;
    }
}
