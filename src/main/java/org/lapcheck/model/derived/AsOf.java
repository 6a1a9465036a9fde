package org.lapcheck.model.derived;

import java.time.LocalDate;

/**
 * The assessment date and what follows from it.
 *
 * @param cycleYear   the latest reporting year whose annual report is due on or before {@code date}
 * @param windowStart the first day the inputs cover: obligations falling due earlier are outside the data
 */
public record AsOf(LocalDate date, int cycleYear, LocalDate windowStart) {

    /** Annual reports covering a calendar year are due on 30 April of the next year (Art. 7.2). */
    public static LocalDate annualReportDue(int coveredYear) {
        return LocalDate.of(coveredYear + 1, 4, 30);
    }

    /** The latest year whose annual report is due by {@code date}. */
    public static int cycleYearOf(LocalDate date) {
        return date.isBefore(annualReportDue(date.getYear() - 1)) ? date.getYear() - 2 : date.getYear() - 1;
    }
}
