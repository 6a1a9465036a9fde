package org.lapcheck.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The convention's machinery: every office with its holder, address and term. The file describes one presidency
 * term ({@code term}, from {@code termStart} up to {@code termEnd}, the day the next term begins); its entries
 * may also record earlier or later holders with their own terms, so an assessment routes to whoever held each
 * office on its as-of date ({@link #onDate}).
 */
public record Machinery(String term, LocalDate termStart, LocalDate termEnd, List<Officeholder> offices, String file,
        java.util.Map<String, String> stateLanguages) {

    /** An office whoever holds it: its role, and for coordinators the area. */
    public record Office(String role, String area) {

        static Office of(Officeholder o) {
            return new Office(o.role(), o.area());
        }
    }

    public Machinery {
        offices = List.copyOf(offices);
        stateLanguages = stateLanguages == null ? java.util.Map.of() : java.util.Map.copyOf(stateLanguages);
    }

    /** Without the states' languages. */
    public Machinery(String term, LocalDate termStart, LocalDate termEnd, List<Officeholder> offices, String file) {
        this(term, termStart, termEnd, offices, file, java.util.Map.of());
    }

    /** The language (en, fr, es, ar, zh, ru) the machinery records for a state's correspondence, or null. */
    public String stateLanguage(String iso3) {
        return iso3 == null ? null : stateLanguages.get(iso3);
    }

    /**
     * The machinery as it stood on {@code date}: only the entries whose term covers it. The one place where an
     * assessment's date picks the holders, for the rules (the machinery facts of that date) and for routing alike.
     * Outside the file's own term it is named by the date ("term in force on 2025-11-29"), so a finding does not
     * call the machinery of 2025 that of a term beginning in 2026, nor claim a presidency the file does not name.
     */
    public Machinery onDate(LocalDate date) {
        boolean inTerm = (termStart == null || !date.isBefore(termStart)) && (termEnd == null || date.isBefore(termEnd));
        String named = inTerm ? term : "term in force on " + date;
        return new Machinery(named, termStart, termEnd, offices.stream().filter(o -> o.servesOn(date)).toList(), file,
                stateLanguages);
    }

    /**
     * Offices the file lists for some other date but with no entry serving on {@code date}, in the file's order:
     * on that date nobody holds them, as far as the file knows.
     */
    public List<Office> vacantOn(LocalDate date) {
        Set<Office> listed = new LinkedHashSet<>();
        offices.forEach(o -> listed.add(Office.of(o)));
        offices.stream().filter(o -> o.servesOn(date)).forEach(o -> listed.remove(Office.of(o)));
        return List.copyOf(listed);
    }

    public List<Officeholder> withRole(String role) {
        return offices.stream().filter(o -> role.equals(o.role())).toList();
    }

    public List<Officeholder> coordinatorsOf(String area) {
        return offices.stream().filter(o -> "coordinator".equals(o.role()) && area.equals(o.area())).toList();
    }
}
