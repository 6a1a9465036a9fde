package org.lapcheck.report;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/** Dates, numbers, labels and rule messages as each language writes them. */
class WordingTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "en, 2025-04-30, 30 April 2025",
            "fr, 2025-04-30, 30 avril 2025",
            "fr, 2025-04-01, 1er avril 2025",
            "es, 2025-04-30, 30 de abril de 2025",
            "es, 2025-04-01, 1 de abril de 2025"})
    void writesDatesForTheLanguage(String lang, LocalDate date, String text) {
        assertThat(Formats.date(date, Locale.forLanguageTag(lang))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "en|2024|2024", "fr|2024|2024", "en|12345|12,345", "fr|12345|12\u00a0345", "es|1234567|1\u00a0234\u00a0567"})
    void groupsThousandsFromFiveDigitsOnSoYearsStayWhole(String lang, long n, String text) {
        assertThat(Formats.number(n, Locale.forLanguageTag(lang))).isEqualTo(text);
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
    @ValueSource(strings = {"fr", "es"})
    void everyLabelIsTranslatedWithTheSameArguments(String lang) throws IOException {
        Properties en = bundle("messages.properties");
        Properties other = bundle("messages_" + lang + ".properties");
        assertThat(new TreeSet<>(other.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(other.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
        }
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
        return new Finding(ruleId + ":X", ruleId, "a rule", 43, List.of(43), "Art. 7", "DEU", 2025, Severity.LOW,
                FindingKind.GAP, "transparency", message, null, actual, List.of(), List.of(), params);
    }
}
