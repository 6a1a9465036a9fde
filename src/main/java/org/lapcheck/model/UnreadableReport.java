package org.lapcheck.model;

import java.util.List;

/**
 * A submission file that exists but could not be read. It is reported as an input error with every problem,
 * and counts as a report on file: a broken file is never mistaken for a report that was not sent.
 */
public record UnreadableReport(String iso3, int year, String file, List<Problem> problems) implements StateFact {

    public UnreadableReport {
        problems = List.copyOf(problems);
    }
}
