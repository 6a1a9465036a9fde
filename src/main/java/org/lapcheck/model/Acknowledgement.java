package org.lapcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision of the machinery about a finding (an entry of {@code inputs/acknowledgements.yaml}): it was seen and
 * is being followed up for {@code reason}, by {@code by}, until {@code until}. It covers one finding by {@code id}, or
 * every finding of {@code rule} for {@code state} and {@code year}, where {@code *} stands for any state or year.
 * An acknowledged finding stays in every report, counted apart; it is never dropped.
 *
 * @param by    the office that decided ({@code president}, {@code coordinator:transparency}), or null
 * @param date  the day it was decided, or null
 * @param until the last day it applies; on a later as-of date the finding says it expired
 * @param at    where the entry stands in the file (null when carried on a finding read back from findings.json)
 */
public record Acknowledgement(String id, String rule, String state, String year, String reason, String by,
        LocalDate date, LocalDate until, Evidence at) {

    public static final String ANY = "*";

    /** Only what a finding carries: the reason, the office, the dates. */
    public static Acknowledgement decision(String reason, String by, LocalDate date, LocalDate until) {
        return new Acknowledgement(null, null, null, null, reason, by, date, until, null);
    }

    public boolean covers(Finding f) {
        if (id != null) {
            return id.equals(f.id());
        }
        return Objects.equals(rule, f.ruleId())
                && (ANY.equals(state) || Objects.equals(state, f.state() == null ? "CCM" : f.state()))
                && (ANY.equals(year) || Objects.equals(year, f.year() == null ? null : String.valueOf(f.year())));
    }

    /** Applies on {@code day} up to and including {@code until}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isAfter(until);
    }

    /** What the entry names: the finding id, or {@code RULE for STATE YEAR}. */
    public String target() {
        return id != null ? id : rule + " for " + state + " " + year;
    }

    /** The decision alone, as a finding carries it. */
    public Acknowledgement decision() {
        return decision(reason, by, date, until);
    }
}
