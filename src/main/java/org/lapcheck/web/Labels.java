package org.lapcheck.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lapcheck.model.Language;

/**
 * The pages' own words, from {@code org/lapcheck/web/labels*.properties} (UTF-8), in every {@link Language}: a new
 * language is a new properties file (a test requires every key in each).
 */
final class Labels extends org.lapcheck.wording.LabelBundle {

    static final String BUNDLE = "org.lapcheck.web.labels";

    private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

    private Labels(Language language) {
        super(BUNDLE, language.locale());
    }

    static Labels of(Language language) {
        return CACHE.computeIfAbsent(language, Labels::new);
    }



    /** The label, plain text (escape it when it goes into HTML). */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The label escaped for HTML. */
    String h(String key, Object... args) {
        return Html.text(get(key, args));
    }
}
