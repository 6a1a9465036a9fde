package org.lapcheck.model.derived;

import java.time.LocalDate;

/**
 * Where the reported pace leads: what remains, the yearly rate achieved (the mean over this report and earlier
 * years' reports), and the date the work would be finished at that rate, against the deadline in force.
 *
 * @param remaining          km² (clearance) or submunitions (stockpile) still to do
 * @param ratePerYear        the mean yearly amount achieved; 0 when nothing was released or destroyed
 * @param projectedCompletion null when the rate is 0, or when at that pace the work would take more than a century
 *                            (projections saturate: a pace of one square metre a year never overflows a date)
 */
public record Projection(String iso3, int year, String article, double remaining, double ratePerYear,
        LocalDate from, LocalDate projectedCompletion, LocalDate deadline) implements PartyScoped {

    /** Beyond this many years a projection says "more than a century" rather than a date. */
    public static final double HORIZON_YEARS = 100;

    public static Projection of(String iso3, int year, String article, double remaining, double ratePerYear,
            LocalDate from, LocalDate deadline) {
        LocalDate done = null;
        if (remaining <= 0) {
            done = from;
        } else if (ratePerYear > 0 && remaining / ratePerYear <= HORIZON_YEARS) {
            done = from.plusDays((long) Math.ceil(remaining / ratePerYear * 365.25));
        }
        return new Projection(iso3, year, article, remaining, ratePerYear, from, done, deadline);
    }

    /** True when some progress was reported: a mean yearly rate above zero. */
    public boolean progress() {
        return ratePerYear > 0;
    }

    /** The projected completion as findings show it: a date, or words that are translated as values. */
    public Object projectedText() {
        if (projectedCompletion != null) {
            return projectedCompletion;
        }
        return progress() ? "not within a century at this pace" : "none at this pace: no progress reported";
    }

    /** The years needed as findings show it: a number to one decimal, or "more than a century". */
    public String yearsText() {
        Double years = yearsNeeded();
        return years == null || years > HORIZON_YEARS ? "more than a century" : String.valueOf(years);
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
