package org.lapcheck.assess;

/**
 * Stable finding ids: rule, state, year and subject, never a line number, so the same observation keeps its id
 * from one run to the next and a coordinator can quote it ({@code T-ANNUAL-LATE:DEU:2024}).
 */
public final class FindingIds {

    /** Stands in for the state in findings about the convention's machinery. */
    public static final String CONVENTION = "CCM";

    private FindingIds() {}

    public static String of(String ruleId, String iso3, Integer year, String subject) {
        StringBuilder id = new StringBuilder(ruleId).append(':').append(iso3 == null ? CONVENTION : iso3);
        if (year != null) {
            id.append(':').append(year);
        }
        if (subject != null && !subject.isBlank()) {
            id.append(':').append(subject.strip().replaceAll("[^A-Za-z0-9._-]+", "-"));
        }
        return id.toString();
    }
}
