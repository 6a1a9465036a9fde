package org.lapcheck.report;

import org.lapcheck.findings.Change;
import org.lapcheck.wording.Formats;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The reports' own headings and labels in one language ({@code messages*.properties} beside this class), with the
 * language's dates and numbers. {@code {0}}, {@code {1}} in a label take arguments; apostrophes are plain text.
 */
final class Labels extends org.lapcheck.wording.LabelBundle {

    private static final String BUNDLE = "org.lapcheck.report.messages";

    private Labels(Locale locale) {
        super(BUNDLE, locale);
    }

    static Labels of(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
        return new Labels(language);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The label for {@code key}, or {@code fallback} when the bundle has none (labels keyed by data values). */
    String orElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback; // no exception per unknown value
    }

    /** ": " in English and Spanish, " : " (no-break space first) in French. */
    String colon() {
        return get("punct.colon");
    }

    String change(Change c) {
        return get("change." + c.id());
    }

    /** A coordinator area as words; a finding of no area is the machinery's. */
    @Override
    public String area(String area) {
        return super.area(area == null ? "machinery" : area);
    }

    /** What a date param of a rule means on a timeline ("due", "submitted"); unknown names shown as they are. */
    String param(String name) {
        return orElse("param." + name, name.replace('_', ' '));
    }

    /** A treaty article as the rules cite it ("Art. 7.2") in this language ("المادة 7.2", "第7.2条"); "LAP" as it is. */
    String article(String article) {
        return article != null && article.startsWith("Art. ") ? get("finding.article", article.substring(5)) : article;
    }

    String date(LocalDate date) {
        return date == null ? "" : Formats.date(date, locale);
    }

    String number(long n) {
        return Formats.number(n, locale);
    }

    String percent(double share) {
        return Formats.percent(share, locale);
    }
}
