package org.lapcheck.model;

import java.util.Locale;

/** How urgently a finding needs attention; ordered from least to most. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** The order people read severities in: the worst first. */
    public static final java.util.List<Severity> WORST_FIRST = java.util.List.of(CRITICAL, HIGH, MEDIUM, LOW, INFO);

    /** The lower-case name used in findings.json and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (info, low, medium, high, critical)");
        }
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
