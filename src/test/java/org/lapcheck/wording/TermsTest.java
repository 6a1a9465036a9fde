package org.lapcheck.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.model.Area;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Language;
import org.lapcheck.model.Severity;

/** The names of areas, severities and kinds: one file per language, every name in each, read by every component. */
class TermsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyLanguageNamesWhatTheEnglishNames(String lang) throws IOException {
        TreeSet<String> english = new TreeSet<>(terms("").stringPropertyNames());
        assertThat(new TreeSet<>(terms("_" + lang).stringPropertyNames())).as("terms_%s.properties", lang)
                .isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyAreaSeverityAndKindHasItsNameAndTheComponentsShareIt(String lang) {
        LabelBundle labels = new LabelBundle("org.lapcheck.report.messages", Language.of(lang).orElseThrow().locale()) {};
        LabelBundle english = new LabelBundle("org.lapcheck.notify.digest", Language.EN.locale()) {};
        for (Area a : Area.values()) {
            assertThat(labels.area(a.code())).as(a.code()).isNotEqualTo(a.code().replace('_', ' ')).isNotBlank();
        }
        Arrays.stream(Severity.values()).forEach(s -> assertThat(labels.severity(s)).isNotBlank());
        Arrays.stream(FindingKind.values()).forEach(k -> assertThat(labels.kind(k)).isNotBlank());
        assertThat(english.area("stockpile")).isEqualTo("Stockpile destruction and retention");
        assertThat(english.area(null)).isEqualTo("no area");
        assertThat(english.area("elsewhere")).isEqualTo("elsewhere");
    }

    private static Properties terms(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TermsTest.class.getResourceAsStream("/org/lapcheck/wording/terms" + suffix + ".properties")) {
            assertThat(in).as("terms%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
