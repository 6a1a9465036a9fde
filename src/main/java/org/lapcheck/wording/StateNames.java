package org.lapcheck.wording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A state's name in the report's language: the JDK's CLDR name of its ISO3 code ("ألمانيا", "德国", "Германия"), with
 * the United Nations' own short name where CLDR's differs from it in a way a diplomat would notice (a State Party
 * called "territories", a Congo told apart by its capital, the Holy See called the Vatican City). English keeps the
 * name the membership data give; a code CLDR does not know (a fictional state) keeps the name it was given.
 */
public final class StateNames {

    /** ISO 3166-1 alpha-3 to alpha-2, from the JDK's own table. */
    private static final Map<String, String> ISO2 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            ISO2.put(new Locale("", iso2).getISO3Country(), iso2);
        }
    }

    /** The UN short names (UNTERM) where CLDR's name differs, per language. */
    private static final Map<String, Map<String, String>> UN = Map.of(
            "fr", Map.of("PSE", "État de Palestine", "COD", "République démocratique du Congo", "COG", "Congo",
                    "LAO", "République démocratique populaire lao", "MDA", "République de Moldova", "VAT", "Saint-Siège"),
            "es", Map.of("PSE", "Estado de Palestina", "LAO", "República Democrática Popular Lao",
                    "MDA", "República de Moldova", "VAT", "Santa Sede"),
            "ar", Map.of("PSE", "دولة فلسطين", "COD", "جمهورية الكونغو الديمقراطية", "COG", "الكونغو",
                    "LAO", "جمهورية لاو الديمقراطية الشعبية", "MDA", "جمهورية مولدوفا", "VAT", "الكرسي الرسولي",
                    "CIV", "كوت ديفوار"),
            "zh", Map.of("PSE", "巴勒斯坦国", "COD", "刚果民主共和国", "COG", "刚果", "LAO", "老挝人民民主共和国",
                    "MDA", "摩尔多瓦共和国", "VAT", "教廷"),
            "ru", Map.of("PSE", "Государство Палестина", "COD", "Демократическая Республика Конго", "COG", "Конго",
                    "LAO", "Лаосская Народно-Демократическая Республика", "MDA", "Республика Молдова",
                    "VAT", "Святейший Престол"));

    private StateNames() {}

    /**
     * @param given the name as the membership data or the state's report give it (English), or null
     * @return the name in {@code locale}'s language; {@code given} in English or for a code CLDR does not know
     */
    public static String name(String iso3, Locale locale, String given) {
        String language = locale == null ? "en" : locale.getLanguage();
        if (iso3 == null || "en".equals(language)) {
            return given;
        }
        String un = UN.getOrDefault(language, Map.of()).get(iso3);
        if (un != null) {
            return un;
        }
        String iso2 = ISO2.get(iso3);
        if (iso2 == null) {
            return given;
        }
        String cldr = new Locale("", iso2).getDisplayCountry(Formats.formatting(locale));
        return cldr.isEmpty() || cldr.equals(iso2) ? given : cldr;
    }
}
