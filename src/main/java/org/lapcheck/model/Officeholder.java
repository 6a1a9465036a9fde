package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One office of the convention's machinery, from the machinery reference data: a presidency of the troika, a
 * thematic coordinator, a gender focal point or the ISU, with the term its holder serves.
 *
 * @param role      president, president_outgoing, president_designate, coordinator, gender_focal_point, isu
 * @param area      for coordinators: the thematic area (transparency, clearance, ...); otherwise null
 * @param holder    the state (ISO3) or body holding the office
 * @param email     where mail for this office goes; null when not known
 * @param language  preferred language of correspondence (en, fr, es, ar, zh, ru), or null
 * @param mandates  what the office is responsible for beyond its area (compliance, early_warning, ...)
 * @param from      the first day of the term; null for no known start
 * @param until     the day the term ends, when the successor takes over (the close of a meeting): the holder no
 *                  longer serves that day, so successive terms share the date; null for no known end
 */
public record Officeholder(
        String role,
        String area,
        String holder,
        String email,
        String language,
        List<String> mandates,
        LocalDate from,
        LocalDate until,
        Evidence evidence) {

    public Officeholder {
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }

    /** True when this entry's term covers {@code date}: from {@code from}, up to the day before {@code until}. */
    public boolean servesOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /** True when the two entries' terms share at least one day. */
    public boolean overlaps(Officeholder other) {
        return (from == null || other.until == null || from.isBefore(other.until))
                && (other.from == null || until == null || other.from.isBefore(until));
    }
}
