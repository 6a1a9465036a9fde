package org.lapcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.lapcheck.TestProject;
import org.lapcheck.model.Finding;

/**
 * The RULE-FAILED finding in English for each scope, and its French and Spanish wording in rules/i18n kept in step
 * with it: the same placeholders, and a translation for every fixed word a param can hold.
 */
class RuleFailureFindingsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)\\}");

    @Test
    void namesTheStateTheWholeSessionOrTheFactsItFailedOn() {
        Finding onGermany = RuleFailureFindings.of(new RuleFailure("X", "rules/x.drl", 8, "DEU", "consequence",
                "IllegalStateException: boom"), Map.of("DEU", "Germany"));
        Finding condition = RuleFailureFindings.of(new RuleFailure("X", "rules/x.drl", 8, null, "condition",
                "NullPointerException"), Map.of());
        Finding noState = RuleFailureFindings.of(new RuleFailure("X", "rules/x.drl", 8, null, "consequence",
                "ArithmeticException: / by zero"), Map.of());

        assertThat(onGermany.id()).isEqualTo("RULE-FAILED:DEU:X");
        assertThat(onGermany.message()).isEqualTo("Rule X failed in its consequence (IllegalStateException: boom), so "
                + "what it judges has not been assessed for Germany. The rulebook needs correcting at rules/x.drl:8; "
                + "every other rule and state was assessed.");
        assertThat(onGermany.expected()).isEqualTo("rule X runs to its end");
        assertThat(onGermany.actual()).isEqualTo("it failed: IllegalStateException: boom");
        assertThat(condition.message()).contains("failed in its condition (NullPointerException)")
                .contains("not been assessed for any state or the convention's machinery.");
        assertThat(noState.message()).contains("not been assessed for the facts it matched.");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void theTranslationHasEveryPartWithTheEnglishPlaceholdersAndWordsEveryFixedValue(String lang) throws IOException {
        Properties p = new Properties();
        java.nio.file.Path file = TestProject.rules().resolve("i18n/messages_" + lang + ".properties");
        assertThat(file).as("rules/i18n/messages_%s.properties (RULE-FAILED, INPUT-UNREADABLE, action titles, values)", lang)
                .exists();
        try (Reader in = Files.newBufferedReader(file,
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> english = Map.of("title", RuleFailureFindings.TITLE, "message", RuleFailureFindings.MESSAGE,
                "expected", RuleFailureFindings.EXPECTED, "actual", RuleFailureFindings.ACTUAL);
        english.forEach((part, template) -> {
            String translated = p.getProperty("RULE-FAILED." + part);
            assertThat(translated).as("RULE-FAILED.%s in %s", part, lang).isNotBlank();
            assertThat(names(translated)).as("placeholders of RULE-FAILED.%s in %s", part, lang).isEqualTo(names(template));
        });
        // the fixed words {where} and {scope} hold, as the catalogue looks them up (value.<text with _ for the rest>)
        for (String value : new String[] {"consequence", "condition", RuleFailureFindings.EVERYONE,
                RuleFailureFindings.THOSE_FACTS}) {
            assertThat(p.getProperty("value." + value.replaceAll("[^\\p{L}\\p{N}]+", "_"))).as("%s in %s", value, lang)
                    .isNotBlank();
        }
    }

    private static Set<String> names(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
