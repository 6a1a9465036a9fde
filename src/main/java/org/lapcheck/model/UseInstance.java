package org.lapcheck.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One entry of the register of instances of use of cluster munitions ({@code inputs/reference/use-register.yaml}):
 * an instance or campaign of use as its public sources record it. lapcheck never attributes use itself: it carries
 * what the register records, with the status and the sources the register gives.
 *
 * @param id        stable id (capitals, digits, hyphens), quoted by states in their reports
 * @param title     short neutral name, e.g. "Use of cluster munitions in Syria"
 * @param territory where, in words
 * @param from      first year of use the sources record
 * @param until     last year of use the sources record; null when they record no end (the account then shows the
 *                  date of the latest source, so a reader sees how old the record is)
 * @param status    {@code alleged}, {@code documented}, {@code confirmed} or {@code denied} (see inputs/README.md)
 * @param users     the users as the sources name them; empty when they name none
 * @param sources   at least one public source
 * @param note      optional neutral note, or null
 */
public record UseInstance(String id, String title, String territory, int from, Integer until, String status,
        List<User> users, List<Source> sources, String note, Evidence evidence) {

    /** The statuses, weakest claim first. */
    public static final List<String> STATUSES = List.of("alleged", "documented", "confirmed", "denied");

    public UseInstance {
        users = users == null ? List.of() : List.copyOf(users);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * A user as the sources name it: a state by ISO3 ({@code state}, with its {@code name}) or another actor by
     * {@code name} alone. {@code role} is {@code use} (the sources say it used them) or {@code support} (the sources
     * say it supported the use).
     */
    public record User(String state, String name, String role) {

        public boolean namesState() {
            return state != null;
        }

        public boolean used() {
            return !"support".equals(role);
        }

        /** The name, or the code when the register gives no name. */
        public String shown() {
            return name != null ? name : state;
        }
    }

    public record Source(String title, String publisher, LocalDate date, String link) {}

    /** Whether the sources record use in {@code year}: from its first year to its last (or with no end recorded). */
    public boolean activeIn(int year) {
        return year >= from && (until == null || year <= until);
    }

    /** Whether the register records it as alleged, documented or confirmed (not denied). */
    public boolean standing() {
        return !"denied".equals(status);
    }

    /** The date of its most recent source, or null. */
    public LocalDate latestSource() {
        return sources.stream().map(Source::date).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** "2012 onwards (no end recorded)", "2019", "2019-2020": the period in figures, for messages. */
    public String period() {
        if (until == null) {
            return from + "–";
        }
        return until == from ? String.valueOf(from) : from + "–" + until;
    }

    /** The sources in one line: "Title (Publisher, 2020-12-09, link); ...". */
    public String sourcesLine() {
        StringBuilder out = new StringBuilder();
        for (Source s : sources) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(s.title()).append(" (").append(s.publisher());
            if (s.date() != null) {
                out.append(", ").append(s.date());
            }
            if (s.link() != null) {
                out.append(", ").append(s.link());
            }
            out.append(')');
        }
        return out.toString();
    }

    /** The users as the sources name them, in one line ("none named" is for the caller to word). */
    public String usersLine() {
        return String.join(", ", users.stream().map(u -> u.used() ? u.shown() : u.shown() + " (support)").toList());
    }
}
