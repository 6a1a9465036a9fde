package org.lapcheck.report;

import org.lapcheck.findings.Json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The escapers skip the copy when a string needs nothing; these tests hold them to the plain character-by-character
 * definition on seeded random text rich in the characters that matter (markup, quotes, controls, line separators,
 * non-Latin letters), and to round trips.
 */
class EscapingTest {

    private static final String ALPHABET = "ab Zé—中<>&\"'`*_[]|\\\r\n\t\u0000\u0001\u001f\u2028\u2029{}:,\uD83D\uDE00";

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    private static String text(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(40);
        boolean plainOnly = seed % 4 == 0; // a quarter with nothing to escape, to take the fast paths whole
        for (int i = 0; i < length; i++) {
            s.append(plainOnly ? "abZé中 ".charAt(r.nextInt(6)) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void htmlEscapeMatchesItsDefinition(long seed) {
        String s = text(seed);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            expected.append(paired ? s.substring(i, ++i + 1) : switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\r' -> " ";
                // what XML 1.0 forbids: controls, a lone surrogate, U+FFFE, U+FFFF
                default -> c < 0x20 && c != '\n' && c != '\t' || Character.isSurrogate(c) || c >= 0xFFFE
                        ? "\uFFFD" : String.valueOf(c);
            });
        }
        assertThat(Html.escape(s)).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void markdownEscapeMatchesItsDefinition(long seed) {
        String s = text(seed);
        StringBuilder expected = new StringBuilder();
        // what a terminal or an editor would obey is first shown escaped (\u2028, \t), line breaks are spaces
        String shown = org.lapcheck.model.UntrustedText.needsEscaping(s)
                ? org.lapcheck.model.UntrustedText.escape(s.replace('\r', ' ').replace('\n', ' ')) : s;
        for (char c : shown.toCharArray()) {
            expected.append(switch (c) {
                case '\r', '\n' -> " ";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '`', '*', '_', '[', ']', '|', '\\' -> "\\" + c;
                default -> String.valueOf(c);
            });
        }
        assertThat(Text.markdown(s)).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void jsonStringsRoundTripAndNeverCarryRawControlsOrScriptEnds(long seed) {
        String s = text(seed);
        String written = Json.write(s).strip();
        assertThat(Json.parse(written)).isEqualTo(s);
        assertThat(written).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(written.chars().filter(c -> c < 0x20)).isEmpty();
    }

    @Test
    void codeSpansFenceEveryRunOfBackticks() {
        assertThat(Text.code("plain")).isEqualTo("`plain`");
        assertThat(Text.code("a`b")).isEqualTo("``a`b``");
        assertThat(Text.code("``x")).isEqualTo("``` ``x ```");
        assertThat(Text.code("line\r\nbreak")).isEqualTo("`line  break`");
    }

    @Test
    void aStringThatEndsInsideAnEscapeIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parse("\"abc"))
                .isInstanceOf(RuntimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parse("\"abc\\"))
                .isInstanceOf(RuntimeException.class);
    }

    @org.junit.jupiter.api.Test
    void whatXmlForbidsNeverReachesAnXmlFormatAndPairsSurvive() throws Exception {
        String hostile = "a\uFFFEb\uFFFFc\uD800d\uDC00e\u0001f\uD83D\uDE00g";
        String escaped = Html.escape(hostile);
        assertThat(escaped).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uD83D\uDE00g");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t a=\"" + escaped + "\">" + escaped + "</t>";
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void terminalEscapesAndBidiOverridesAreShownNotObeyedInMarkdown() {
        assertThat(Text.markdown("DEU\u001B[2J valid\u202Etxt.exe")).isEqualTo("DEU\\\\u001B\\[2J valid\\\\u202Etxt.exe");
    }
}
