package org.lapcheck.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The areas findings are routed and reported by, in the order of the Lausanne Action Plan: the thematic coordinators'
 * areas, the cross-cutting ones and the convention's own machinery. One list for the rulebook's {@code @area}, the
 * machinery file's coordinator areas and the report's states × sections matrix.
 */
public enum Area {
    GENERAL_STATUS(true, true),
    GENDER_DIVERSITY(false, true),
    UNIVERSALIZATION(true, true),
    STOCKPILE(true, true),
    CLEARANCE(true, true),
    RISK_EDUCATION(true, true),
    VICTIM_ASSISTANCE(true, true),
    COOPERATION(true, true),
    TRANSPARENCY(true, true),
    NATIONAL_IMPLEMENTATION(true, true),
    COMPLIANCE(false, true),
    MACHINERY(false, false);

    private final boolean coordinated;
    private final boolean section;

    Area(boolean coordinated, boolean section) {
        this.coordinated = coordinated;
        this.section = section;
    }

    /** The code rules, files and findings use: {@code victim_assistance}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Area> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }

    /** Every code, in the plan's order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Area::code).toList();
    }

    /** Areas that have thematic coordinators in the machinery (gender has focal points, compliance the President). */
    public static List<String> coordinatedCodes() {
        return Arrays.stream(values()).filter(a -> a.coordinated).map(Area::code).toList();
    }

    /** The LAP's sections as areas: the columns of the states × sections matrix. */
    public static List<String> sectionCodes() {
        return Arrays.stream(values()).filter(a -> a.section).map(Area::code).toList();
    }
}
