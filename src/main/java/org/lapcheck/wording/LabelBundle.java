package org.lapcheck.wording;

import java.util.Locale;
import java.util.ResourceBundle;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Language;
import org.lapcheck.model.Severity;

/**
 * A component's own words in one language (the reports' labels, the digests' words): the bundle and what a page or
 * an e-mail needs to know of its language. The bundle never falls back to the machine's default locale: an English
 * report on a French desktop stays English.
 */
public abstract class LabelBundle {

    /** The names every component shares: areas, severities, kinds of finding ({@code terms*.properties} here). */
    private static final String TERMS = "org.lapcheck.wording.terms";

    protected final Locale locale;
    protected final ResourceBundle bundle;
    private final ResourceBundle terms;

    protected LabelBundle(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = bundle(bundleName, locale);
        this.terms = bundle(TERMS, locale);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * An area's name in this language, the same in a report, an e-mail and a page; "no area" for null, and an area
     * this version does not know as its code.
     */
    public String area(String code) {
        String key = "area." + (code == null ? "none" : code);
        return terms.containsKey(key) ? terms.getString(key) : code.replace('_', ' ');
    }

    public String severity(Severity s) {
        return terms.getString("severity." + s.id());
    }

    public String kind(FindingKind k) {
        return terms.getString("kind." + k.id());
    }

    public Locale locale() {
        return locale;
    }

    /** The language's code: {@code fr}, {@code zh}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The language itself. */
    public Language lang() {
        return Language.of(locale);
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
