package org.lapcheck.wording;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a translated rule message from a finding's params: {@code {name}} takes the named value, ISO dates and
 * numbers are written for the language, and other values pass through the catalogue's value translations.
 * The same placeholder syntax as the rules' English templates (filled by the assess package, which report must
 * not depend on); an unknown placeholder stays visible rather than vanishing from a diplomat's letter.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private Template() {}

    public static String fill(String template, Map<String, String> params, Locale locale, UnaryOperator<String> values) {
        if (template == null) {
            return null;
        }
        // A scan rather than a regular expression: every finding fills three templates, tens of thousands a run.
        StringBuilder out = null;
        int copied = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = nameEnd(template, open + 1);
            if (close < 0) {
                continue;
            }
            String value = params.get(template.substring(open + 1, close));
            if (value == null) {
                continue; // an unknown placeholder stays visible
            }
            if (out == null) {
                out = new StringBuilder(template.length() + 64);
            }
            out.append(template, copied, open).append(display(value, locale, values));
            copied = close + 1;
            open = close;
        }
        return out == null ? template : out.append(template, copied, template.length()).toString();
    }

    /** Where a placeholder name starting at {@code from} ends (its '}'), or -1 when no name in {@link #PLACEHOLDER}'s syntax starts there. */
    private static int nameEnd(String s, int from) {
        int i = from;
        if (i >= s.length() || !(s.charAt(i) == '_' || (s.charAt(i) >= 'a' && s.charAt(i) <= 'z'))) {
            return -1;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}') {
                return i;
            }
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The placeholder names a template uses, so a translation can be checked against its English original. */
    public static java.util.Set<String> names(String template) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String display(String value, Locale locale, UnaryOperator<String> values) {
        if (value.isEmpty()) {
            return values.apply(value);
        }
        char first = value.charAt(0);
        if (first != '-' && (first < '0' || first > '9')) {
            return values.apply(value); // most values are words: no date, no number
        }
        if (Formats.isIsoDate(value)) {
            return Formats.date(LocalDate.parse(value), locale);
        }
        if (INTEGER.matcher(value).matches()) {
            return Formats.number(Long.parseLong(value), locale);
        }
        if (DECIMAL.matcher(value).matches()) {
            return Formats.decimal(value, locale);
        }
        return values.apply(value);
    }
}
