package org.lapcheck.report;

import org.lapcheck.FindingBuilder;
import org.lapcheck.wording.MessageCatalog;
import org.lapcheck.wording.Template;
import org.lapcheck.wording.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Severity;

/** Dates, numbers, labels and rule messages as each language writes them. */
class WordingTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "en, 2025-04-30, 30 April 2025",
            "fr, 2025-04-30, 30 avril 2025",
            "fr, 2025-04-01, 1er avril 2025",
            "es, 2025-04-30, 30 de abril de 2025",
            "es, 2025-04-01, 1 de abril de 2025",
            "ar, 2025-04-30, 30 نيسان/أبريل 2025",
            "ar, 2025-12-01, 1 كانون الأول/ديسمبر 2025",
            "zh, 2025-04-30, 2025年4月30日",
            "zh, 2025-12-01, 2025年12月1日",
            "ru, 2025-04-30, 30 апреля 2025 г.",
            "ru, 2025-12-01, 1 декабря 2025 г."})
    void writesDatesForTheLanguage(String lang, LocalDate date, String text) {
        assertThat(Formats.date(date, Locale.forLanguageTag(lang))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "en|2024|2024", "fr|2024|2024", "en|12345|12,345", "fr|12345|12\u00a0345", "es|1234567|1\u00a0234\u00a0567",
            "ar|2024|2024", "ar|1234567|1,234,567", "zh|2024|2024", "zh|12345|12,345", "ru|2024|2024",
            "ru|1234567|1\u00a0234\u00a0567"})
    void groupsThousandsFromFiveDigitsOnSoYearsStayWhole(String lang, long n, String text) {
        assertThat(Formats.number(n, Locale.forLanguageTag(lang))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {"en|12.5|0.76|12.5 76%", "fr|12.5|0.76|12,5 76\u00a0%", "ar|12.5|0.76|12.5 76%",
            "zh|12.5|0.76|12.5 76%", "ru|12.5|0.76|12,5 76\u00a0%"})
    void writesDecimalsAndSharesForTheLanguage(String lang, String decimal, double share, String text) {
        Locale locale = Locale.forLanguageTag(lang);
        assertThat(Formats.decimal(decimal, locale) + " " + Formats.percent(share, locale)).isEqualTo(text);
    }

    @Test
    void arabicUsesWesternDigitsAndNoInvisibleMarks() {
        Locale ar = Locale.forLanguageTag("ar");
        String all = Formats.date(LocalDate.of(2026, 9, 18), ar) + Formats.number(130000, ar) + Formats.percent(0.5, ar);
        assertThat(all).isEqualTo("18 أيلول/سبتمبر 2026130,00050%").doesNotContainPattern("[\u0660-\u0669\u200e\u200f\u061c]");
    }

    @Test
    void fillsATranslatedTemplateWithLocalDatesNumbersAndValues() {
        String filled = Template.fill("{state} : {remaining} km² avant le {due} ({obligation}) {unknown}",
                Map.of("state", "Pérou", "remaining", "12.5", "due", "2027-03-01", "obligation", "AFFECTED"),
                Locale.FRENCH, v -> v.equals("AFFECTED") ? "dépollution" : v);
        assertThat(filled).isEqualTo("Pérou : 12,5 km² avant le 1er mars 2027 (dépollution) {unknown}");
    }

    @Test
    void fallsBackToEnglishAndNamesTheRulesWithoutTranslation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_fr.properties"),
                "T-EARLY.title=rapport en avance\nT-EARLY.message={state} a présenté le {submitted}.\n", StandardCharsets.UTF_8);
        MessageCatalog fr = MessageCatalog.load(dir, Locale.FRENCH);
        Finding early = finding("T-EARLY", Map.of("state", "France", "submitted", "2026-03-02"), "France submitted early.", null);
        Finding late = finding("T-ANNUAL-LATE", Map.of(), "Germany was late.", "submitted 20 May 2026");
        assertThat(fr.message(early)).isEqualTo("France a présenté le 2 mars 2026.");
        assertThat(fr.message(late)).isEqualTo("Germany was late.");
        assertThat(fr.missing(List.of(early, late))).containsExactly("T-ANNUAL-LATE");
        assertThat(MessageCatalog.load(dir, Locale.ENGLISH).missing(List.of(late))).isEmpty();
        assertThat(MessageCatalog.load(null, Locale.FRENCH).message(early)).isEqualTo("France submitted early.");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyLabelIsTranslatedWithTheSameArguments(String lang) throws IOException {
        Properties en = bundle("messages.properties");
        assertThat(WordingTest.class.getResource("/org/lapcheck/report/messages_" + lang + ".properties"))
                .as("src/main/resources/org/lapcheck/report/messages_%s.properties", lang).isNotNull();
        Properties other = bundle("messages_" + lang + ".properties");
        TreeSet<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        TreeSet<String> unknown = new TreeSet<>(other.stringPropertyNames());
        unknown.removeAll(en.stringPropertyNames());
        List<String> differing = en.stringPropertyNames().stream().filter(other::containsKey).sorted()
                .filter(k -> !arguments(other.getProperty(k)).equals(arguments(en.getProperty(k))))
                .map(k -> k + " " + arguments(other.getProperty(k)) + " instead of " + arguments(en.getProperty(k))).toList();
        assertThat(missing).as("labels missing from messages_%s.properties", lang).isEmpty();
        assertThat(unknown).as("labels in messages_%s.properties that messages.properties does not have", lang).isEmpty();
        assertThat(differing).as("messages_%s.properties: labels whose {N} arguments differ from the English", lang).isEmpty();
    }

    @Test
    void labelsDoNotFollowTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(Labels.of(Locale.ENGLISH).get("heading.overview")).isEqualTo("Overview");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> args = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            args.add(m.group());
        }
        return args;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = WordingTest.class.getResourceAsStream("/org/lapcheck/report/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Finding finding(String ruleId, Map<String, String> params, String message, String actual) {
        return FindingBuilder.finding(ruleId, "DEU").severity(Severity.LOW).params(params).message(message).expected(null)
                .actual(actual).build();
    }
}
