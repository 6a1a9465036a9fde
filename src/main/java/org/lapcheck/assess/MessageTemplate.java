package org.lapcheck.assess;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template: {@code {name}} takes the named value, dates read as "30 April 2025" in the
 * chosen language. An unknown placeholder stays visible rather than vanishing from a diplomat's letter.
 */
public final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}");
    /** Built once per language, not once per message: parsing the pattern showed in the evaluation profile. */
    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

    private MessageTemplate() {}

    public static String fill(String template, Map<String, String> values, Locale locale) {
        if (template == null) {
            return null;
        }
        if (template.indexOf('{') < 0) {
            return template;
        }
        DateTimeFormatter dates = DATES.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMMM uuuu", l));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String shown = value == null ? m.group() : display(value, dates);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String display(String value, DateTimeFormatter dates) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return LocalDate.parse(value).format(dates);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
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
