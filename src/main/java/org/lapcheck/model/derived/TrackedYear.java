package org.lapcheck.model.derived;

/**
 * A reporting year under assessment: the cycle year, and every year for which the inputs hold annual reports.
 * A state party with no report for a tracked year has a report missing; untracked years are outside the data.
 */
public record TrackedYear(int year) {}
