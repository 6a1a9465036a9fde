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
 * The digests' own words (headings, subjects) in each language, from
 * {@code org/lapcheck/notify/digest*.properties}; findings in the words of the rules' own translations
 * ({@code rules/**}{@code /messages_LANG.properties}), as the reports word them, so a French digest is French throughout.
 */
final class Labels extends org.lapcheck.wording.LabelBundle {


    private static final String BUNDLE = "org.lapcheck.notify.digest";

    private final org.lapcheck.wording.MessageCatalog wording;

    private Labels(Locale locale, org.lapcheck.wording.MessageCatalog wording) {
        super(BUNDLE, locale);
        this.wording = wording;
    }

    /** Labels for a language, with findings worded by the translations under {@code ruleWording} (null: English). */
    static Labels of(String language, java.nio.file.Path ruleWording) {
        Locale locale = org.lapcheck.model.Language.of(language == null ? "en" : language.strip().toLowerCase(Locale.ROOT))
                .orElse(org.lapcheck.model.Language.EN).locale();
        return new Labels(locale, ruleWording == null ? org.lapcheck.wording.MessageCatalog.english()
                : org.lapcheck.wording.MessageCatalog.load(ruleWording, locale));
    }

    String message(org.lapcheck.model.Finding f) {
        return wording.message(f);
    }

    String expected(org.lapcheck.model.Finding f) {
        return wording.expected(f);
    }

    String actual(org.lapcheck.model.Finding f) {
        return wording.actual(f);
    }

    String get(String key, Object... args) {
        // Always through MessageFormat, so a doubled quote reads the same with or without arguments.
        // In the language's number forms as wording.Formats owns them: Western digits in Arabic ("2025", not "٢٠٢٥").
        return new MessageFormat(bundle.getString(key), org.lapcheck.wording.Formats.formatting(locale)).format(args);
    }

    /** A state's name in this language (CLDR's or the UN's); {@code given} in English or for an unknown code. */
    String stateName(String iso3, String given) {
        return org.lapcheck.wording.StateNames.name(iso3, locale, given);
    }

    /** A treaty article as the rules cite it ("Art. 7.2") in this language ("المادة 7.2", "第7.2条"); "LAP" as it is. */
    String article(String article) {
        return article != null && article.startsWith("Art. ") ? get("label.article", article.substring(5)) : article;
    }

    /** "29 November 2026" in English, as the rule messages write dates; the long form elsewhere. */
    String date(LocalDate d) {
        return org.lapcheck.wording.Formats.date(d, locale);
    }
}
