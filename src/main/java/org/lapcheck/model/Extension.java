package org.lapcheck.model;

import java.time.LocalDate;

/**
 * A request to extend an Article 3 (stockpile) or Article 4 (clearance) deadline, and what the states parties
 * decided. {@code index} is its place in the report's list, for evidence paths; {@code consideredAt} names the
 * meeting a pending request is addressed to (an additive field of the format).
 */
public record Extension(
        int index,
        LocalDate submitted,
        LocalDate requestedUntil,
        LocalDate decided,
        LocalDate grantedUntil,
        String forum,
        String consideredAt,
        Boolean costedWorkplan,
        Boolean exceptionalCircumstances) {

    public boolean granted() {
        return grantedUntil != null;
    }

    public boolean pending() {
        return decided == null;
    }

    /**
     * The meeting that decided the request ({@code forum}) or, while it is pending, the one it is addressed to
     * ({@code considered_at}); null when the report names neither.
     */
    public String meeting() {
        return forum != null ? forum : consideredAt;
    }
}
