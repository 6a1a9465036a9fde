package org.lapcheck.report;

import org.lapcheck.findings.FindingsJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.model.Assessment;

/** Every format renders the same from findings.json read back as from the assessment itself: one source. */
class OneSourceTest {

    static Stream<Arguments> formatsAndLanguages() {
        return Renderers.FORMATS.stream().flatMap(f -> org.lapcheck.model.Language.codes().stream().map(l -> Arguments.of(f, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formatsAndLanguages")
    void rendersTheSameFromFindingsJsonReadBack(String format, String lang) {
        Renderer renderer = Renderers.forFormats(format).get(0);
        ReportContext direct = Fixtures.context(Locale.forLanguageTag(lang));
        // The previous assessment as the next run finds it: a findings.json that itself carries change marks.
        Assessment previous = FindingsJson.read(FindingsJson.write(Fixtures.previous(), Fixtures.assessment()));
        Assessment current = FindingsJson.read(FindingsJson.write(Fixtures.assessment(), Fixtures.previous()));
        ReportContext fromJson = direct.with(current, previous);

        Map<String, byte[]> a = renderer.render(direct);
        Map<String, byte[]> b = renderer.render(fromJson);

        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((name, bytes) -> assertThat(new String(b.get(name), StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }
}
