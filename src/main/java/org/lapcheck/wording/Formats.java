package org.lapcheck.wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, numbers and shares as a reader of each language writes them. Written out by hand rather than taken from
 * the JDK's locale data for numbers, so a report does not change when the JDK's CLDR tables do.
 */
public final class Formats {

    private static final char NBSP = '\u00a0';

    // Built once: a report formats tens of thousands of dates.
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern(" MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter SPANISH_DATE =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Formats() {}

    /** "30 April 2025", "1er avril 2025", "30 de abril de 2025". */
    public static String date(LocalDate date, Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth()))
                    + date.format(FRENCH_MONTH_YEAR);
            case "es" -> date.format(SPANISH_DATE);
            default -> date.format(ENGLISH_DATE);
        };
    }

    /**
     * A whole number. French and Spanish typography groups thousands with a space only from five digits on, which
     * also keeps years ("2024") whole; English groups with commas from the same point for the same reason.
     */
    public static String number(long n) {
        return number(n, Locale.ENGLISH);
    }

    public static String number(long n, Locale locale) {
        String digits = Long.toString(Math.abs(n));
        if (digits.length() < 5) {
            return Long.toString(n);
        }
        char group = "en".equals(locale.getLanguage()) ? ',' : NBSP;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }

    /** A decimal written as text ("12.5"): the decimal comma where the language uses it. */
    public static String decimal(String plain, Locale locale) {
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    /** A share 0..1 as a whole percentage: "76%", "76 %". */
    public static String percent(double share, Locale locale) {
        long p = Math.round(share * 100);
        return "en".equals(locale.getLanguage()) ? p + "%" : p + "" + NBSP + "%";
    }

    /** True for the ISO form a finding keeps its dates in. */
    public static boolean isIsoDate(String value) {
        if (value == null || value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
