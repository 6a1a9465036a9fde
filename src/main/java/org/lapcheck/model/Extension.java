package org.lapcheck.model;

import java.time.LocalDate;

/**
 * A request to extend an Article 3 (stockpile) or Article 4 (clearance) deadline, and what the states parties
 * decided. {@code index} is its place in the report's list, for evidence paths.
 */
public record Extension(
        int index,
        LocalDate submitted,
        LocalDate requestedUntil,
        LocalDate decided,
        LocalDate grantedUntil,
        String forum,
        Boolean costedWorkplan,
        Boolean exceptionalCircumstances) {

    public boolean granted() {
        return grantedUntil != null;
    }

    public boolean pending() {
        return decided == null;
    }
}
