package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lapcheck.model.Finding;

/**
 * The Arabic report reads right to left: every page says so ({@code lang="ar" dir="rtl"}), the state names and the
 * figures come in the order the English report gives them, every code, id and number inside the text is isolated so
 * the bidi algorithm cannot reorder it, and the charts are mirrored (labels on the right, time running leftwards).
 * Checked on the pages' element tree as {@link #parse} reads it, not on strings; whether it also looks right is checked
 * by eye in a browser (docs/screenshot.md).
 */
class RightToLeftTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** Every page of a language, rendered from the test fixture with the real rules' translations. */
    static Map<String, String> pages(Locale locale) {
        Map<String, String> pages = new LinkedHashMap<>();
        new HtmlRenderer().render(Fixtures.context(locale, Fixtures.assessment(), Fixtures.previous(),
                Fixtures.allRuleMessages())).forEach((name, bytes) -> pages.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return pages;
    }

    @Test
    void everyArabicPageIsArabicAndRightToLeft() {
        Map<String, String> pages = pages(ARABIC);
        assertThat(pages.keySet()).contains("index.html", "states/DEU.html", "actions/43.html");
        pages.forEach((name, html) -> {
            if (name.endsWith(".html")) {
                Element root = parse(html).find("html").get(0);
                assertThat(root.attributes).as(name).containsEntry("lang", "ar").containsEntry("dir", "rtl");
            } else {
                assertThat(html).as(name).contains("direction=\"rtl\"").contains("xml:lang=\"ar\"");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyPageOfEveryLanguageNamesItsLanguageAndOnlyArabicIsRightToLeft(String lang) {
        String tag = org.lapcheck.model.Language.of(lang).orElseThrow().tag();
        pages(Locale.forLanguageTag(lang)).forEach((name, html) -> {
            if (name.endsWith(".html")) {
                Element root = parse(html).find("html").get(0);
                assertThat(root.attributes.get("lang")).as(name).isEqualTo(tag);
                assertThat(root.attributes.get("dir")).as(name).isEqualTo(lang.equals("ar") ? "rtl" : null);
            }
        });
        assertThat(tag).isEqualTo(lang.equals("zh") ? "zh-Hans" : lang);
    }

    @Test
    void stateNamesAndFiguresComeInTheOrderOfTheEnglishReport() {
        ReportContext context = Fixtures.context(ARABIC, Fixtures.assessment(), Fixtures.previous(), Fixtures.allRuleMessages());
        ReportView view = ReportView.of(context);
        Element index = parse(pages(ARABIC).get("index.html"));

        List<String> listed = index.find("p").stream().filter(p -> "states".equals(p.attributes.get("class")))
                .findFirst().orElseThrow().find("bdi").stream().map(Element::text).toList();
        assertThat(listed).containsExactlyElementsOf(view.states());

        List<String> figures = index.find("span").stream().filter(s -> "value".equals(s.attributes.get("class")))
                .map(Element::text).toList();
        List<Finding> all = view.assessment.findings();
        assertThat(figures.subList(0, 5)).containsExactly(
                String.valueOf(view.assessment.statesAssessed().size()),
                String.valueOf(ReportView.concerns(all).size()),
                String.valueOf(view.earlyWarnings()),
                String.valueOf(ReportView.concerns(view.machinery()).size()),
                String.valueOf(ReportView.positives(all).size()));

        // the heat map's rows: the machinery first, then the states in the same order, labelled on the right
        Element heatMap = index.find("svg").get(0);
        int width = Integer.parseInt(heatMap.attributes.get("width"));
        List<Element> rowLabels = heatMap.find("text").stream().filter(t -> "end".equals(t.attributes.get("text-anchor"))).toList();
        List<String> rowNames = rowLabels.stream().map(Element::text).toList();
        List<String> expected = new ArrayList<>();
        expected.add(Charts.shorten(view.stateLabel(null), 34));
        view.states().forEach(s -> expected.add(Charts.shorten(view.stateLabel(s), 34)));
        assertThat(rowNames).containsExactlyElementsOf(expected);
        rowLabels.forEach(t -> assertThat(Integer.parseInt(t.attributes.get("x"))).as(t.text()).isGreaterThan(width / 2));
    }

    @Test
    void theEnglishHeatMapIsNotMirrored() {
        Element heatMap = parse(pages(Locale.ENGLISH).get("index.html")).find("svg").get(0);
        int width = Integer.parseInt(heatMap.attributes.get("width"));
        assertThat(heatMap.attributes).doesNotContainKey("direction");
        heatMap.find("text").stream().filter(t -> "end".equals(t.attributes.get("text-anchor")))
                .forEach(t -> assertThat(Integer.parseInt(t.attributes.get("x"))).as(t.text()).isLessThan(width / 2));
    }

    @Test
    void everyCodeIdAndNumberInArabicTextIsIsolated() {
        pages(ARABIC).forEach((name, html) -> {
            if (!name.endsWith(".html")) {
                return;
            }
            List<String> loose = new ArrayList<>();
            parse(html).walk((text, ancestors) -> {
                if (ancestors.stream().anyMatch(e -> Set.of("svg", "title", "style").contains(e.name)
                        || e.name.equals("bdi") || e.attributes.containsKey("dir") && !e.name.equals("html"))) {
                    return;
                }
                Matcher m = LEFT_TO_RIGHT.matcher(text);
                while (m.find()) {
                    loose.add(m.group() + " in <" + ancestors.peekFirst().name + ">");
                }
            });
            assertThat(loose).as("%s: left-to-right runs (codes, ids, numbers) not isolated in Arabic text", name).isEmpty();
        });
    }

    @Test
    void theIsolationLeavesTagsEntitiesAndTitlesAloneAndIsolatesTheRest() {
        String html = "<html dir=\"rtl\"><head><title>DEU 2026</title></head><body><p class=\"x1\">ألمانيا (DEU) &amp; 12 345"
                + " &#39;T-ANNUAL-LATE:DEU:2025&#39; 76%</p><svg><text>2026</text></svg><bdi>France (FRA)</bdi></body></html>";
        assertThat(Html.isolateLeftToRight(html)).isEqualTo("<html dir=\"rtl\"><head><title>DEU 2026</title></head><body>"
                + "<p class=\"x1\">ألمانيا (<bdi>DEU</bdi>) &amp; <bdi>12 345</bdi> &#39;<bdi>T-ANNUAL-LATE:DEU:2025</bdi>&#39; "
                + "<bdi>76%</bdi></p><svg><text>2026</text></svg><bdi>France (FRA)</bdi></body></html>");
    }

    @Test
    void aRunOfLatinWordsIsOneIsolateSoItsWordsAreNotReversed() {
        // seen in the first Arabic screenshot: "Lao People's Democratic Republic" came out "Republic Democratic s'People Lao"
        assertThat(Html.isolateLeftToRight("<p>أبلغت Lao People&#39;s Democratic Republic الدول (المادة 4.1(a) و4.5-4.6)</p>"))
                .isEqualTo("<p>أبلغت <bdi>Lao People&#39;s Democratic Republic</bdi> الدول (المادة <bdi>4.1(a)</bdi> و<bdi>4.5-4.6</bdi>)</p>");
        // and in the state page's: "Art. 5.1" came out "5.1 .Art", "budgeted: false" came out "false :budgeted"
        assertThat(Html.isolateLeftToRight("<dd>· Art. 5.1</dd><dd>budgeted: false</dd>"))
                .isEqualTo("<dd>· <bdi>Art. 5.1</bdi></dd><dd><bdi>budgeted: false</bdi></dd>");
    }

    /** What the bidi algorithm could carry across or reorder: Latin letters and digits, as the report writes them. */
    private static final Pattern LEFT_TO_RIGHT = Pattern.compile("[A-Za-z0-9]+");

    // ------------------------------------------------------------------------------------ a small HTML reader

    /** An element of the page with its attributes, children (elements and text) in order. */
    static final class Element {
        final String name;
        final Map<String, String> attributes;
        final List<Object> children = new ArrayList<>();

        Element(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        /** Every element named {@code name} below this one, in document order. */
        List<Element> find(String name) {
            List<Element> out = new ArrayList<>();
            for (Object c : children) {
                if (c instanceof Element e) {
                    if (e.name.equals(name)) {
                        out.add(e);
                    }
                    out.addAll(e.find(name));
                }
            }
            return out;
        }

        /** The text inside, entities decoded. */
        String text() {
            StringBuilder b = new StringBuilder();
            for (Object c : children) {
                b.append(c instanceof Element e ? e.text() : (String) c);
            }
            return b.toString();
        }

        interface TextVisitor {
            void visit(String text, Deque<Element> ancestors);
        }

        void walk(TextVisitor visitor) {
            walk(visitor, new ArrayDeque<>());
        }

        private void walk(TextVisitor visitor, Deque<Element> ancestors) {
            ancestors.push(this);
            for (Object c : children) {
                if (c instanceof Element e) {
                    e.walk(visitor, ancestors);
                } else {
                    visitor.visit((String) c, ancestors);
                }
            }
            ancestors.pop();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<!DOCTYPE[^>]*>|</([a-zA-Z][a-zA-Z0-9]*)\\s*>"
            + "|<([a-zA-Z][a-zA-Z0-9:]*)((?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:=\"[^\"]*\")?)*)\\s*(/?)>|([^<]+)", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");
    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link");

    /**
     * The page as an element tree. Strict about what lapcheck writes: a '<' that starts no tag, an end tag that closes
     * no open element or an element left open fails the test rather than being repaired as a browser would.
     */
    static Element parse(String html) {
        Element document = new Element("#document", Map.of());
        Deque<Element> open = new ArrayDeque<>();
        open.push(document);
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            assertThat(m.start()).as("markup the reader cannot place near: %s", html.substring(at, Math.min(html.length(), at + 80)))
                    .isEqualTo(at);
            at = m.end();
            if (m.group(1) != null) {
                Element closed = open.pop();
                assertThat(closed.name).as("end tag </%s>", m.group(1)).isEqualToIgnoringCase(m.group(1));
            } else if (m.group(2) != null) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(m.group(3));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2) == null ? "" : decode(a.group(2)));
                }
                Element e = new Element(m.group(2).toLowerCase(Locale.ROOT), attributes);
                open.peek().children.add(e);
                if (m.group(4).isEmpty() && !VOID.contains(e.name)) {
                    open.push(e);
                }
            } else if (m.group(5) != null) {
                open.peek().children.add(decode(m.group(5)));
            }
        }
        assertThat(at).as("the whole page is read").isEqualTo(html.length());
        assertThat(open).as("elements left open").containsExactly(document);
        return document;
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
