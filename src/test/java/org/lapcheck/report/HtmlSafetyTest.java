package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a state wrote reaches the pages as text, and the site needs nothing from the network. */
class HtmlSafetyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
            "a & b|a &amp; b",
            "\"quoted\" 'single'|&quot;quoted&quot; &#39;single&#39;",
            "plain text|plain text"})
    void escapesMarkupCharacters(String text, String escaped) {
        assertThat(Html.escape(text)).isEqualTo(escaped);
    }

    @Test
    void replacesControlCharactersThatXmlCannotHold() {
        assertThat(Html.escape("a\u0000b\u0007c\nd\te\rf")).isEqualTo("a\uFFFDb\uFFFDc\nd\te f");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void showsAScriptInAStatesTextAsText() {
        Map<String, String> pages = pages(Locale.ENGLISH);
        assertThat(pages.get("states/ATL.html"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Atlantis &lt;img src=x onerror=alert(2)&gt;");
        assertThat(pages.get("index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void noPageOrChartCarriesMarkupFromAState() {
        pages(Locale.FRENCH).forEach((name, html) -> assertThat(html).as(name)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContain("=\"javascript:"));
    }

    @Test
    void pagesFetchNothingAndForbidScripts() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<[a-zA-Z][^>]*>");
        pages(Locale.ENGLISH).forEach((name, html) -> {
            // A state's text is escaped, so every real tag starts with '<' and a letter; look inside those only.
            java.util.regex.Matcher m = tag.matcher(html);
            while (m.find()) {
                assertThat(m.group()).as(name)
                        .doesNotContainPattern("(?i)\\s(src|srcset|data|action|formaction|background)=")
                        .doesNotContainPattern("(?i)^<(link|script|iframe|object|embed|img|image|use)\\b")
                        .doesNotContainPattern("(?i)href=\"(https?:|//|javascript:)");
            }
            assertThat(html).as(name).doesNotContainPattern("(?i)url\\(").doesNotContainPattern("(?i)@import");
            if (name.endsWith(".html")) {
                assertThat(html).as(name).contains("Content-Security-Policy\" content=\"default-src 'none'");
            }
        });
    }

    @Test
    void linksOnlyToPagesItWrites() {
        Map<String, String> pages = pages(Locale.ENGLISH);
        java.util.regex.Pattern href = java.util.regex.Pattern.compile("href=\"([^\"#]*)(#[^\"]*)?\"");
        pages.forEach((name, html) -> {
            java.nio.file.Path from = java.nio.file.Path.of(name).getParent();
            java.util.regex.Matcher m = href.matcher(html);
            while (m.find()) {
                if (m.group(1).isEmpty()) {
                    continue;
                }
                String target = (from == null ? java.nio.file.Path.of(m.group(1)) : from.resolve(m.group(1))).normalize()
                        .toString().replace('\\', '/');
                if (name.startsWith("charts/")) {
                    continue; // the standalone charts link into the report folder they are copied beside
                }
                assertThat(pages).as("%s links to %s", name, target).containsKey(target);
            }
        });
    }

    private static Map<String, String> pages(Locale locale) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        new HtmlRenderer().render(Fixtures.context(locale))
                .forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}
