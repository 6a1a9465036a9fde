package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Rule messages cite a LAP action only through {@code {lap_N}}, which the catalogue words as the LAP's own, as the
 * project's reading or as "before the LAP" (issue #10): a number written out by hand ("LAP Action 43", "action 43 du
 * Plan d'action de Lausanne", "acción 43 del PAL") would claim the LAP's authority whatever the action's confidence.
 */
class LapCitationWordingTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final Pattern LAP_PLACEHOLDER = Pattern.compile("\\{lap_\\d+}");
    private static final Pattern KEY = Pattern.compile("(.+)\\.(message|expected|actual)");

    /** An action number written out, per language; placeholders are removed first, so {lap_43} never matches. */
    private static final Map<String, List<Pattern>> LITERAL = Map.of(
            "en", List.of(Pattern.compile("(?i)\\b(LAP\\s+)?actions?\\s+\\d+")),
            "fr", List.of(Pattern.compile("(?i)\\bactions?\\s+\\d+"),
                    Pattern.compile("(?i)\\d+\\s+du\\s+(Plan d'action de Lausanne|PAL)\\b")),
            "es", List.of(Pattern.compile("(?i)\\bacci(ó|o)n(es)?\\s+\\d+"),
                    Pattern.compile("(?i)\\d+\\s+del\\s+(Plan de Acción de Lausana|PAL)\\b")),
            "ar", List.of(Pattern.compile("(ال)?إجراء(ات|ين|ان)?\\s*(رقم\\s*)?\\d+"),
                    Pattern.compile("\\d+\\s+من\\s+خطة\\s+عمل\\s+لوزان")),
            "zh", List.of(Pattern.compile("行动\\s*(第\\s*)?\\d+"), Pattern.compile("第\\s*\\d+\\s*(项|条)?\\s*行动")),
            "ru", List.of(Pattern.compile("(?iu)\\bдействи[а-я]*\\s+(№\\s*)?\\d+"),
                    Pattern.compile("(?iu)\\d+\\s+Лозаннского\\s+плана\\s+действий")));

    /** The literal citations in {@code text}, written in {@code lang}; empty when it cites through placeholders only. */
    static List<String> literalCitations(String lang, String text) {
        String words = PLACEHOLDER.matcher(text == null ? "" : text).replaceAll("");
        List<String> found = new ArrayList<>();
        for (Pattern p : LITERAL.get(lang)) {
            Matcher m = p.matcher(words);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void theCheckCatchesAHandWrittenCitationAndPassesAPlaceholder() {
        assertThat(literalCitations("en", "after the deadline (Art. 7.2, LAP Action 43).")).containsExactly("LAP Action 43");
        assertThat(literalCitations("en", "LAP Actions 39 and 42 build on that")).isNotEmpty();
        assertThat(literalCitations("fr", "(art. 7.1 n), actions 39 et 42 du Plan d'action de Lausanne)")).isNotEmpty();
        assertThat(literalCitations("fr", "l'ISU peut aider (action 46).")).isNotEmpty();
        assertThat(literalCitations("fr", "que l'action 18 du PAL fixait")).isNotEmpty();
        assertThat(literalCitations("es", "(art. 7.2, acción 43 del Plan de Acción de Lausana)")).isNotEmpty();
        assertThat(literalCitations("es", "la Acción 13 del Plan de Acción de Lausana")).isNotEmpty();
        assertThat(literalCitations("es", "(acciones 19 y 21 del PAL)")).isNotEmpty();
        assertThat(literalCitations("ar", "(المادة 7-2، الإجراء 43 من خطة عمل لوزان)")).isNotEmpty();
        assertThat(literalCitations("ar", "الإجراءين 39 و42")).isNotEmpty();
        assertThat(literalCitations("zh", "（第7条第2款，洛桑行动计划行动43）")).isNotEmpty();
        assertThat(literalCitations("zh", "第43项行动")).isNotEmpty();
        assertThat(literalCitations("ru", "(статья 7.2, действие 43 Лозаннского плана действий)")).isNotEmpty();
        assertThat(literalCitations("ru", "действия № 19 и 21")).isNotEmpty();
        assertThat(literalCitations("ar", "(المادة 7-2، {lap_43})")).isEmpty();
        assertThat(literalCitations("zh", "（第7条第2款，{lap_43}）")).isEmpty();
        assertThat(literalCitations("ru", "(статья 7.2, {lap_43})")).isEmpty();

        assertThat(literalCitations("en", "after the deadline (Art. 7.2, {lap_43}).")).isEmpty();
        assertThat(literalCitations("fr", "(art. 7.2, {lap_43}) ; le Plan d'action de Lausanne")).isEmpty();
        assertThat(literalCitations("es", "(art. 5; {lap_31}; {lap_32})")).isEmpty();
    }

    @Test
    void everyRuleCitesActionsThroughThePlaceholder() throws IOException {
        List<String> literal = new ArrayList<>();
        for (RuleTranslationsTest.DrlRule rule : RuleTranslationsTest.rules()) {
            for (String text : Stream.of(rule.message(), rule.expected(), rule.actual()).toList()) {
                literalCitations("en", text).forEach(c -> literal.add(rule.file() + " " + rule.id() + ": " + c));
            }
        }
        assertThat(literal).as("rule texts that write a LAP action number instead of {lap_N}").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyTranslationCitesActionsThroughThePlaceholder(String lang) throws IOException {
        Properties all = translations(lang);
        List<String> literal = new ArrayList<>();
        for (String key : new TreeSet<>(all.stringPropertyNames())) {
            Matcher k = KEY.matcher(key);
            // lap.confirmed, lap.reading and lap.before word the placeholder itself: they are not rule keys.
            if (!k.matches()) {
                continue;
            }
            literalCitations(lang, all.getProperty(key)).forEach(c -> literal.add(key + ": " + c));
        }
        assertThat(literal).as("%s translations that write a LAP action number instead of {lap_N}", lang).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyTranslationCitesTheSameActionsAsItsEnglish(String lang) throws IOException {
        Properties all = translations(lang);
        List<String> differ = new ArrayList<>();
        for (RuleTranslationsTest.DrlRule rule : RuleTranslationsTest.rules()) {
            for (String[] part : new String[][] {{"message", rule.message()}, {"expected", rule.expected()},
                    {"actual", rule.actual()}}) {
                String translated = all.getProperty(rule.id() + "." + part[0]);
                if (translated != null && !citations(translated).equals(citations(part[1]))) {
                    differ.add(rule.id() + "." + part[0] + ": " + citations(translated) + " vs " + citations(part[1]));
                }
            }
        }
        assertThat(differ).as("%s translations citing other actions than the English", lang).isEmpty();
    }

    private static TreeSet<String> citations(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = LAP_PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Every messages_<lang>.properties under rules/, merged. */
    private static Properties translations(String lang) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> walk = Files.walk(Fixtures.home().resolve("rules"))) {
            for (Path file : walk.filter(p -> p.getFileName().toString().equals("messages_" + lang + ".properties")).toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        assertThat(all).as("messages_%s.properties under rules/", lang).isNotEmpty();
        return all;
    }
}
