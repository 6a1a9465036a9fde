package org.lapcheck.report;

import org.lapcheck.FindingBuilder;
import org.lapcheck.wording.MessageCatalog;
import org.lapcheck.wording.Template;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;

/**
 * The rules' translations (messages_<lang>.properties under {@code rules/}) keep up with the rules: every rule outside {@code 00-derived}
 * (read from the .drl files, as rule authors write them) is translated into every language lapcheck writes (French,
 * Spanish, Arabic, Chinese, Russian) with exactly the placeholders of the English text, every shared key (action
 * titles, values, LAP citations) is there in every language, and a report in those languages carries none of the
 * rules' English wording.
 */
class RuleTranslationsTest {

    private static final Pattern RULE = Pattern.compile("rule\\s+\"([^\"]+)\"");

    /** A rule as its .drl file declares it. */
    record DrlRule(String id, String title, String message, String expected, String actual, String file) {}

    static List<DrlRule> rules() throws IOException {
        Path dir = Fixtures.home().resolve("rules");
        List<DrlRule> rules = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                if (dir.relativize(file).toString().replace('\\', '/').startsWith("00-derived/")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher r = RULE.matcher(text);
                List<Integer> starts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                while (r.find()) {
                    starts.add(r.start());
                    names.add(r.group(1));
                }
                for (int i = 0; i < starts.size(); i++) {
                    String block = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
                    Map<String, String> meta = metadata(block);
                    String name = names.get(i);
                    String title = name.contains(": ") ? name.substring(name.indexOf(": ") + 2) : name;
                    rules.add(new DrlRule(meta.get("id"), title, meta.get("message"), meta.get("expected"),
                            meta.get("actual"), dir.relativize(file).toString()));
                }
            }
        }
        return rules;
    }

    private static Map<String, String> metadata(String block) {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = Pattern.compile("@(\\w+)\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)").matcher(block);
        while (m.find()) {
            meta.putIfAbsent(m.group(1), m.group(2).replace("\\\"", "\""));
        }
        return meta;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyRuleIsTranslated(String lang) throws IOException {
        MessageCatalog catalog = MessageCatalog.load(Fixtures.allRuleMessages(), Locale.forLanguageTag(lang));
        TreeMap<String, List<String>> missing = new TreeMap<>();
        for (DrlRule rule : rules()) {
            List<String> parts = new ArrayList<>();
            for (String[] part : new String[][] {{"title", rule.title()}, {"message", rule.message()},
                    {"expected", rule.expected()}, {"actual", rule.actual()}}) {
                if (part[1] != null && catalog.template(rule.id(), part[0]) == null) {
                    parts.add(part[0]);
                }
            }
            if (!parts.isEmpty()) {
                missing.put(rule.id(), parts);
            }
        }
        assertThat(missing).as("rules with no %s wording in a messages_%s.properties under rules/ (keys RULE-ID.title, "
                + ".message, .expected, .actual; see rules/i18n/README.md)", lang, lang).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void translationsUseOnlyThePlaceholdersOfTheEnglishText(String lang) throws IOException {
        MessageCatalog catalog = MessageCatalog.load(Fixtures.allRuleMessages(), Locale.forLanguageTag(lang));
        List<String> wrong = new ArrayList<>();
        for (DrlRule rule : rules()) {
            for (String[] part : new String[][] {{"message", rule.message()}, {"expected", rule.expected()},
                    {"actual", rule.actual()}, {"title", rule.title()}}) {
                String translated = catalog.template(rule.id(), part[0]);
                if (translated == null) {
                    continue;
                }
                String difference = placeholderDifference(translated, part[1]);
                if (difference != null) {
                    wrong.add(rule.id() + "." + part[0] + " " + difference);
                }
            }
        }
        assertThat(wrong).as("messages_%s.properties: translations whose placeholders differ from the English text's",
                lang).isEmpty();
    }

    /** "uses {x} the English lacks; drops {y}", or null when a translation has exactly the English placeholders. */
    static String placeholderDifference(String translated, String english) {
        TreeSet<String> extra = new TreeSet<>(Template.names(translated));
        extra.removeAll(Template.names(english));
        TreeSet<String> dropped = new TreeSet<>(Template.names(english));
        dropped.removeAll(Template.names(translated));
        if (extra.isEmpty() && dropped.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!extra.isEmpty()) {
            parts.add("uses " + extra + " the English text does not fill");
        }
        if (!dropped.isEmpty()) {
            parts.add("drops " + dropped + " the English text shows");
        }
        return String.join("; ", parts);
    }

    /**
     * The keys every language shares beyond the rules' own: the LAP action titles ({@code action.N.title}, one per
     * action of rules/actions.yaml), the values rules put into messages ({@code value.*}) and the wording of LAP
     * citations ({@code lap.*}), as French has them (the first translation, kept complete by the tests since).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everySharedKeyIsTranslatedWithTheSamePlaceholders(String lang) throws IOException {
        java.util.Properties reference = merged("fr");
        java.util.Properties translated = merged(lang);
        TreeSet<String> missing = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String key : reference.stringPropertyNames()) {
            if (!(key.startsWith("action.") || key.startsWith("value.") || key.startsWith("lap."))) {
                continue;
            }
            String text = translated.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            } else if (placeholderDifference(text, reference.getProperty(key)) != null) {
                wrong.add(key + " " + placeholderDifference(text, reference.getProperty(key)));
            }
        }
        // every action of the catalogue has its title, whatever French has
        Matcher number = Pattern.compile("(?m)^\\s*-?\\s*(?:number|action|n):\\s*(\\d+)").matcher(
                Files.readString(Fixtures.home().resolve("rules/actions.yaml"), StandardCharsets.UTF_8));
        while (number.find()) {
            if (translated.getProperty("action." + number.group(1) + ".title") == null) {
                missing.add("action." + number.group(1) + ".title");
            }
        }
        assertThat(missing).as("keys missing from the messages_%s.properties under rules/ (see rules/i18n/README.md)", lang)
                .isEmpty();
        assertThat(wrong).as("messages_%s.properties: placeholders that differ from French", lang).isEmpty();
    }

    /** Every messages_<lang>.properties under rules/, merged as the catalogue merges them. */
    private static java.util.Properties merged(String lang) throws IOException {
        java.util.Properties all = new java.util.Properties();
        try (Stream<Path> walk = Files.walk(Fixtures.home().resolve("rules"))) {
            for (Path file : walk.filter(p -> p.getFileName().toString().equals("messages_" + lang + ".properties"))
                    .sorted().toList()) {
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void aTranslatedReportCarriesNoEnglishRuleWording(String lang) throws IOException {
        Locale locale = Locale.forLanguageTag(lang);
        MessageCatalog catalog = MessageCatalog.load(Fixtures.allRuleMessages(), locale);
        List<Finding> findings = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (DrlRule rule : rules()) {
            if (catalog.template(rule.id(), "message") == null) {
                continue; // named by everyRuleIsTranslated
            }
            Finding f = englishFinding(rule);
            findings.add(f);
            // Text a translator kept verbatim on purpose (a field name and code such as "form: revised-2022") is not English.
            List<String[]> pairs = List.of(new String[] {f.message(), catalog.message(f)},
                    new String[] {f.expected(), catalog.expected(f)}, new String[] {f.actual(), catalog.actual(f)},
                    new String[] {f.rule(), catalog.title(f)});
            pairs.stream().filter(p -> p[0] != null && p[0].length() > 3 && !p[1].contains(p[0])).forEach(p -> english.add(p[0]));
        }
        assertThat(findings).isNotEmpty();
        Assessment a = new Assessment(Fixtures.AS_OF, Fixtures.provenance(), List.of("DEU"), findings, List.of());
        String output = renderHumanFormats(Fixtures.context(locale, a, null, Fixtures.allRuleMessages()));
        for (String text : english) {
            assertThat(output).as("English wording in a %s report", lang).doesNotContain(text)
                    .doesNotContain(Html.escape(text));
        }
        assertThat(output).doesNotContain("not reported").doesNotContain("Tenth Meeting");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void aTranslatedReportCarriesNoEnglishHeadingOrLabel(String lang) throws IOException {
        java.util.Properties en = new java.util.Properties();
        try (var in = RuleTranslationsTest.class.getResourceAsStream("/org/lapcheck/report/messages.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // The fixture's findings of rules with a translation (untranslated ones are shown in English by design).
        Locale locale = Locale.forLanguageTag(lang);
        MessageCatalog catalog = MessageCatalog.load(Fixtures.allRuleMessages(), locale);
        Assessment current = translatedOnly(Fixtures.assessment(), catalog);
        String output = renderHumanFormats(Fixtures.context(locale, current, translatedOnly(Fixtures.previous(), catalog),
                Fixtures.allRuleMessages()));
        List<String> found = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            for (String fragment : en.getProperty(key).split("\\{\\d+}")) {
                // Phrases only: single words such as "persisting" are also codes (CSV values, CSS classes).
                if (fragment.strip().length() >= 10 && fragment.strip().contains(" ") && output.contains(fragment.strip())) {
                    found.add(key + ": " + fragment.strip());
                }
            }
        }
        assertThat(found).as("English labels in a %s report", lang).isEmpty();
    }

    private static Assessment translatedOnly(Assessment a, MessageCatalog catalog) {
        return new Assessment(a.asOf(), a.provenance(), a.statesAssessed(),
                a.findings().stream().filter(f -> catalog.missing(List.of(f)).isEmpty()).toList(), a.indicators());
    }

    /** Everything a person reads: all formats but the language-neutral JSON contract. */
    private static String renderHumanFormats(ReportContext context) {
        StringBuilder all = new StringBuilder();
        for (Renderer r : Renderers.forFormats("md,html,csv,sarif,junit")) {
            r.render(context).forEach((name, bytes) -> all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n'));
        }
        return all.toString();
    }

    /** A finding worded as the rule's English metadata words it, with plausible values for its placeholders. */
    private static Finding englishFinding(DrlRule rule) {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> samples = Map.ofEntries(Map.entry("state", "Germany"), Map.entry("iso3", "DEU"),
                Map.entry("year", "2025"), Map.entry("earlier_year", "2024"), Map.entry("due", "2026-04-30"),
                Map.entry("submitted", "2026-05-20"), Map.entry("eif", "2023-07-01"), Map.entry("as_of", "2026-11-29"),
                Map.entry("adopted", "2022-09-02"), Map.entry("meeting", "Tenth Meeting of States Parties"),
                Map.entry("obligation", "AFFECTED"), Map.entry("requested", "not reported"));
        for (String template : Stream.of(rule.message(), rule.expected(), rule.actual()).filter(s -> s != null).toList()) {
            for (String name : Template.names(template)) {
                params.put(name, samples.getOrDefault(name, "sample-" + name));
            }
        }
        return FindingBuilder.finding(rule.id(), "DEU").rule(rule.title()).params(params)
                .message(Template.fill(rule.message(), params, Locale.ENGLISH, v -> v))
                .expected(Template.fill(rule.expected(), params, Locale.ENGLISH, v -> v))
                .actual(Template.fill(rule.actual(), params, Locale.ENGLISH, v -> v)).build();
    }
}
