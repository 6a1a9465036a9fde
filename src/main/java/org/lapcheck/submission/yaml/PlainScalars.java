package org.lapcheck.submission.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an unquoted scalar means, by the YAML 1.2 core schema rather than SnakeYAML's YAML 1.1 resolver: only
 * {@code true}/{@code false} are booleans (so {@code NO} for Norway stays text), and {@code 2025-04-20} is a
 * date we parse ourselves, so that an impossible date is caught instead of silently rolled over.
 */
public final class PlainScalars {

    static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.\\d+|\\d+(\\.\\d*)?)([eE][-+]?\\d+)?");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
    /** YAML 1.1 booleans: SnakeYAML reads them as booleans, other tools as text, so we refuse them. */
    private static final Set<String> AMBIGUOUS_BOOLEANS = Set.of(
            "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N");

    private PlainScalars() {}

    static boolean isNull(String text) {
        return NULLS.contains(text);
    }

    /** TRUE, FALSE, or null when the text is not a YAML 1.2 boolean. */
    public static Boolean bool(String text) {
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        return FALSE.contains(text) ? Boolean.FALSE : null;
    }

    public static boolean ambiguousBoolean(String text) {
        return AMBIGUOUS_BOOLEANS.contains(text);
    }

    public static boolean isWhole(String text) {
        return WHOLE.matcher(text).matches();
    }

    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    public static boolean looksLikeDate(String text) {
        return ISO_DATE.matcher(text).matches();
    }

    /** The date, or null when the text has the shape of a date but names no real day (2025-02-30). */
    public static LocalDate date(String text) {
        var m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The plain Java value of an unquoted scalar: null, Boolean, Integer or Long, Double, LocalDate, else the
     * text itself (also for whole numbers too large for a long and for impossible dates).
     */
    static Object resolve(String text) {
        if (isNull(text)) {
            return null;
        }
        Boolean b = bool(text);
        if (b != null) {
            return b;
        }
        if (isWhole(text)) {
            try {
                long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
                if (value == (int) value) {
                    return Integer.valueOf((int) value); // not a ternary: that would widen both to Long
                }
                return Long.valueOf(value);
            } catch (NumberFormatException tooLarge) {
                return text;
            }
        }
        if (isDecimal(text)) {
            return Double.valueOf(text);
        }
        switch (text) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN":
                return Double.NaN;
            default:
                break;
        }
        if (looksLikeDate(text)) {
            LocalDate d = date(text);
            return d == null ? text : d;
        }
        return text;
    }
}
