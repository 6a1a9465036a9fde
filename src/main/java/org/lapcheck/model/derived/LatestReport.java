package org.lapcheck.model.derived;

import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateFact;

/**
 * A state's most recent readable report in the inputs: the one whose picture of ongoing obligations is current
 * (earlier years' reports serve for trends only).
 */
public record LatestReport(String iso3, int year, SelfReport report) implements StateFact {}
