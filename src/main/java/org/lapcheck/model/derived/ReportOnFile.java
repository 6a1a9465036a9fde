package org.lapcheck.model.derived;

import org.lapcheck.model.StateFact;

/**
 * The inputs hold a report of this state for this year, readable or not. Rules that look for a missing report
 * ask for this fact, so a broken file is never mistaken for a report that was not sent.
 */
public record ReportOnFile(String iso3, int year, String file) implements StateFact {}
