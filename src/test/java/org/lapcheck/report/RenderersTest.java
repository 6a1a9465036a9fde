package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.lapcheck.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RenderersTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"all", " ALL ", ",", "json,md,html,csv,sarif,junit"})
    void rendersEveryFormatByDefault(String formats) {
        assertThat(Renderers.names(formats))
                .containsExactly("json", "md", "html", "csv", "sarif", "junit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"md,json|json md", " SARIF , junit,sarif |sarif junit", "html|html"})
    void rendersTheNamedFormatsOnceEach(String formats, String expected) {
        assertThat(Renderers.names(formats)).containsExactly(expected.split(" "));
    }

    @Test
    void rendersEachNameWithItsRenderer() {
        assertThat(Renderers.forFormats("sarif,md,json")).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("JsonRenderer", "MarkdownRenderer", "SarifRenderer");
    }

    @Test
    void rejectsAnUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> Renderers.forFormats("json,xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml' (choose from json, md, html, csv, sarif, junit)");
    }

    @ParameterizedTest
    @CsvSource({"en,en", "fr,fr", "es,es", "FR,fr", "fr-CH,fr", "es_MX,es", "ar,ar", "ar-EG,ar", "zh,zh", "zh-Hans,zh",
            "zh-CN,zh", "zh_Hans_CN,zh", "ru,ru", "RU,ru"})
    void readsTheLanguage(String lang, String language) {
        assertThat(Language.parse(lang).locale()).isEqualTo(Locale.forLanguageTag(language));
    }

    @Test
    void defaultsToEnglishAndRejectsOtherLanguages() {
        assertThat(Language.parse(null).locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> Language.parse("de"))
                .hasMessage("unknown language 'de' (choose from en, fr, es, ar, zh, ru)");
        // simplified Chinese only: a reader of traditional characters is not answered in the other script
        for (String traditional : new String[] {"zh-Hant", "zh-TW", "zh-HK", "zh-Hant-CN"}) {
            assertThatThrownBy(() -> Language.parse(traditional)).as(traditional)
                    .hasMessageStartingWith("unknown language '" + traditional + "'");
        }
    }
}
