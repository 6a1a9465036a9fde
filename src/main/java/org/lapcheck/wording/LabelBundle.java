package org.lapcheck.wording;

import java.util.Locale;
import java.util.ResourceBundle;
import org.lapcheck.model.Language;

/**
 * A component's own words in one language (the reports' labels, the digests' words): the bundle and what a page or
 * an e-mail needs to know of its language. The bundle never falls back to the machine's default locale: an English
 * report on a French desktop stays English.
 */
public abstract class LabelBundle {

    protected final Locale locale;
    protected final ResourceBundle bundle;

    protected LabelBundle(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The language's tag for HTML {@code lang} and {@code Content-Language}: {@code zh-Hans} for Chinese, else the code. */
    public String tag() {
        return Language.of(locale).tag();
    }

    /** True when the language is written right to left: pages and e-mails set {@code dir="rtl"}, charts mirror. */
    public boolean rightToLeft() {
        return Language.of(locale).rightToLeft();
    }
}
