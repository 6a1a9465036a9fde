package org.lapcheck.model.derived;

import java.time.LocalDate;

/**
 * Where the reported pace leads: what remains, the yearly rate achieved (the mean over this report and earlier
 * years' reports), and the date the work would be finished at that rate, against the deadline in force.
 *
 * @param remaining          km² (clearance) or submunitions (stockpile) still to do
 * @param ratePerYear        the mean yearly amount achieved; 0 when nothing was released or destroyed
 * @param projectedCompletion null when the rate is 0: at that pace the work never finishes
 */
public record Projection(String iso3, int year, String article, double remaining, double ratePerYear,
        LocalDate from, LocalDate projectedCompletion, LocalDate deadline) implements PartyScoped {

    public static Projection of(String iso3, int year, String article, double remaining, double ratePerYear,
            LocalDate from, LocalDate deadline) {
        LocalDate done = null;
        if (remaining <= 0) {
            done = from;
        } else if (ratePerYear > 0) {
            done = from.plusDays((long) Math.ceil(remaining / ratePerYear * 365.25));
        }
        return new Projection(iso3, year, article, remaining, ratePerYear, from, done, deadline);
    }

    /** True when, at the reported pace, the work will not be done by the deadline. */
    public boolean behind() {
        return projectedCompletion == null || projectedCompletion.isAfter(deadline);
    }

    /** Years needed at the reported pace, to one decimal; null when it never finishes. */
    public Double yearsNeeded() {
        return ratePerYear > 0 ? Math.round(remaining / ratePerYear * 10) / 10.0 : null;
    }
}
