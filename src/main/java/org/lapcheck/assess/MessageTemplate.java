package org.lapcheck.assess;

import java.util.Locale;
import java.util.Map;

/**
 * Fills a rule's message template: {@code {name}} takes the named value, dates read as "30 April 2025" in the
 * chosen language. An unknown placeholder stays visible rather than vanishing from a diplomat's letter.
 */
public final class MessageTemplate {

    private MessageTemplate() {}

    /**
     * The English wording of a finding: the same filling as every other language's (dates as "30 April 2025",
     * whole numbers grouped from five digits), so findings.json and the English reports read alike.
     */
    public static String fill(String template, Map<String, String> values, Locale locale) {
        return org.lapcheck.wording.Template.fill(template, values, locale, v -> v);
    }

    /** The text form a value is kept in: ISO dates, plain numbers without a trailing ".0". */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(value);
    }
}
