package org.lapcheck.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.lapcheck.model.Language;

/**
 * The pages' own words, from {@code org/lapcheck/web/labels*.properties} (UTF-8), in every {@link Language}: a new
 * language is a new properties file (a test requires every key in each).
 */
final class Labels {

    static final String BUNDLE = "org.lapcheck.web.labels";

    private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: a language without its file gets the English base bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Labels of(Language language) {
        return CACHE.computeIfAbsent(language, Labels::new);
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    /** The label, plain text (escape it when it goes into HTML). */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The label escaped for HTML. */
    String h(String key, Object... args) {
        return Html.text(get(key, args));
    }
}
