package org.lapcheck.notify;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/**
 * The digests' own words (headings, area names, severities, subjects) in English, French or Spanish, from
 * {@code org/lapcheck/notify/digest*.properties}. Rule messages are not translated here: they stay as the
 * assessment wrote them in findings.json.
 */
final class Labels {

    static final List<String> LANGUAGES = org.lapcheck.model.Language.codes();

    private static final String BUNDLE = "org.lapcheck.notify.digest";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an unknown language gets the English base bundle, always.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Labels for a language code (en, fr, es); anything else gets English. */
    static Labels of(String language) {
        String lang = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
        return new Labels(LANGUAGES.contains(lang) ? Locale.forLanguageTag(lang) : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... args) {
        // Always through MessageFormat, so a doubled quote reads the same with or without arguments.
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** An area's name in this language; the area id itself when the bundle does not know it. */
    String area(String area) {
        if (area == null) {
            return get("area.none");
        }
        try {
            return get("area." + area);
        } catch (MissingResourceException e) {
            return area.replace('_', ' ');
        }
    }

    String severity(Severity s) {
        return get("severity." + s.id());
    }

    String kind(FindingKind k) {
        return get("kind." + k.id());
    }

    /** "29 November 2026" in English, as the rule messages write dates; the long form elsewhere. */
    String date(LocalDate d) {
        DateTimeFormatter f = "en".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return d.format(f);
    }
}
