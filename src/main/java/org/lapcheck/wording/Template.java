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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            String shown = value == null ? m.group() : display(value, locale, values);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
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
