package org.lapcheck.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.lapcheck.model.StateParty;

/**
 * The number of states parties over the years and where the current pace leads: the Dubrovnik Action Plan's
 * universalization goal of 130 states parties, which at the 2020 pace would only be reached around 2030.
 */
public final class MembershipTrend {

    /** The universalization goal the Second Review Conference measured itself against. */
    public static final int TARGET = 130;

    /** "The current rate": the least-squares slope over the last five years. */
    public static final int RATE_YEARS = 5;

    private MembershipTrend() {}

    /**
     * States parties bound (entered into force, withdrawal not yet effective) on 31 December of each year from the
     * convention's first entry into force to the as-of year, which is counted on the as-of date.
     */
    public static SortedMap<Integer, Integer> partiesPerYear(Collection<StateParty> membership, LocalDate asOf) {
        SortedMap<Integer, Integer> perYear = new TreeMap<>();
        int first = membership.stream().map(StateParty::entryIntoForce).filter(java.util.Objects::nonNull)
                .mapToInt(LocalDate::getYear).min().orElse(asOf.getYear());
        for (int year = first; year <= asOf.getYear(); year++) {
            LocalDate day = year == asOf.getYear() ? asOf : LocalDate.of(year, 12, 31);
            perYear.put(year, (int) membership.stream().filter(s -> s.boundOn(day)).count());
        }
        return perYear;
    }

    /**
     * The straight line through the last {@value #RATE_YEARS} years and the year it reaches {@link #TARGET}.
     *
     * @param perYear   states parties per year
     * @param slope     states parties gained per year at the current rate
     * @param reachedIn the first year the line (or the count itself) reaches the target; null when the line never
     *                  rises to it
     */
    public record Projection(SortedMap<Integer, Integer> perYear, int firstYear, int lastYear, double slope,
            double intercept, Integer reachedIn) {

        public double at(int year) {
            return intercept + slope * year;
        }
    }

    /** The projection, or null when there are fewer than two years to draw a line through. */
    public static Projection project(Map<Integer, Integer> counts) {
        SortedMap<Integer, Integer> perYear = new TreeMap<>(counts);
        if (perYear.size() < 2) {
            return null;
        }
        List<Map.Entry<Integer, Integer>> recent = perYear.entrySet().stream()
                .skip(Math.max(0, perYear.size() - RATE_YEARS)).toList();
        double meanX = recent.stream().mapToInt(Map.Entry::getKey).average().orElseThrow();
        double meanY = recent.stream().mapToInt(Map.Entry::getValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Integer, Integer> e : recent) {
            sxy += (e.getKey() - meanX) * (e.getValue() - meanY);
            sxx += (e.getKey() - meanX) * (e.getKey() - meanX);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        int lastYear = perYear.lastKey();
        Integer reached = perYear.entrySet().stream().filter(e -> e.getValue() >= TARGET).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (reached == null && slope > 1e-9) {
            reached = Math.max(lastYear + 1, (int) Math.ceil((TARGET - intercept) / slope - 1e-9));
        }
        return new Projection(perYear, recent.get(0).getKey(), lastYear, slope, intercept, reached);
    }
}
