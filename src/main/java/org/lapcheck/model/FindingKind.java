package org.lapcheck.model;

import java.util.Locale;

/**
 * What sort of observation a finding is. {@link #NOT_REPORTED} is an information gap, never evidence of a
 * breach; {@link #GAP} means the report says something that falls short of a commitment.
 */
public enum FindingKind {
    GAP, NOT_REPORTED, EARLY_WARNING, POSITIVE, INPUT_ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FindingKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
