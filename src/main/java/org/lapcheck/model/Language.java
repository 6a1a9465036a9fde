package org.lapcheck.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages lapcheck words its reports and e-mails in, the Convention's six official languages: one list for the
 * CLI, the reports, the digests and the machinery. Chinese is simplified Chinese: its code is {@code zh} on the
 * command line, in the machinery, in self-reports and in file names ({@code messages_zh.properties}), and its
 * language tag is {@code zh-Hans} where a reader's software picks fonts and spelling by it (HTML {@code lang},
 * {@code Content-Language}).
 */
public enum Language {
    EN("en"), FR("fr"), ES("es"), AR("ar"), ZH("zh-Hans"), RU("ru");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The code used on the command line and in files: {@code fr}, {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The BCP 47 tag for HTML {@code lang} and mail {@code Content-Language}: {@code zh-Hans} for Chinese. */
    public String tag() {
        return tag;
    }

    /** True for the languages written right to left (Arabic). */
    public boolean rightToLeft() {
        return this == AR;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /**
     * The language a user names ({@code --lang}): en, fr, es, ar, zh or ru in any case, a region such as
     * {@code fr-CH} or {@code es_MX} reduced to its language; null or blank is English. Chinese is simplified
     * Chinese: {@code zh}, {@code zh-Hans} and {@code zh-CN} are accepted, traditional Chinese ({@code zh-Hant},
     * {@code zh-TW}, {@code zh-HK}) is refused rather than answered in the other script. Data (self-reports, the
     * machinery) names languages by their exact {@link #code()}; see {@link #of(String)}.
     *
     * @throws IllegalArgumentException naming the unknown language and the known ones
     */
    public static Language parse(String text) {
        if (text == null || text.isBlank()) {
            return EN;
        }
        Locale asked = Locale.forLanguageTag(text.strip().replace('_', '-'));
        boolean traditional = "zh".equals(asked.getLanguage()) && ("Hant".equals(asked.getScript())
                || asked.getScript().isEmpty() && java.util.Set.of("TW", "HK", "MO").contains(asked.getCountry()));
        return of(asked.getLanguage()).filter(l -> !traditional).orElseThrow(() -> new IllegalArgumentException(
                "unknown language '" + text.strip() + "' (choose from " + String.join(", ", codes()) + ")"));
    }

    /** The language of an exact {@link #code()}, as data names it. */
    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** The language of a locale ({@code zh-CN} is Chinese), or English for one lapcheck does not write. */
    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage()).orElse(EN);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
