package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseInstance;

/**
 * The presidency's account of instances of use in the report: a page, a chart and a section of summary.md, with the
 * register's and the states' words escaped, no link out of the report, and the account surviving findings.json.
 */
class UseAccountReportTest {

    static final String HOSTILE_TITLE = "Use in <script>alert(3)</script> land";
    static final String HOSTILE_FORUM = "<img src=x onerror=alert(4)>";

    static UseAccount account() {
        UseInstance open = new UseInstance("TST-2012", HOSTILE_TITLE, "Test & territory", 2012, null, "documented",
                List.of(new UseInstance.User("XXA", "State A", "use"), new UseInstance.User("XXB", "State B", "support")),
                List.of(new UseInstance.Source("A \"report\"", "A monitor", LocalDate.of(2020, 12, 9),
                        "https://example.org/report?a=1&b=<2>")),
                "a note", new Evidence("inputs/reference/use-register.yaml", "instances[0]", 3, 5));
        UseInstance old = new UseInstance("TST-2019", "Use in an old place", "Old place", 2019, 2019, "alleged", List.of(),
                List.of(new UseInstance.Source("A report", "A monitor", LocalDate.of(2020, 11, 1), "https://example.org/old")),
                null, new Evidence("inputs/reference/use-register.yaml", "instances[1]", 20, 5));
        UseAccount.Response deu = new UseAccount.Response("DEU", 2025, "TST-2012", null, LocalDate.of(2025, 9, 16),
                "meeting_statement", HOSTILE_FORUM, new Evidence("inputs/submissions/2025/DEU.yaml",
                        "universalization.responses_to_use[0]", 80, 7));
        UseAccount.Response mex = new UseAccount.Response("MEX", 2024, "TST-2012", null, LocalDate.of(2024, 10, 27),
                "joint_statement", "UNGA First Committee", null);
        UseAccount.Response described = new UseAccount.Response("PER", 2025, null, "use <b>elsewhere</b>",
                LocalDate.of(2025, 3, 2), "demarche", "bilateral", null);
        return new UseAccount(List.of(open, old),
                List.of(new UseAccount.InstanceYear("TST-2012", 2024, List.of(mex), List.of("DEU"), List.of("FRA", "NGA"), 6),
                        new UseAccount.InstanceYear("TST-2012", 2025, List.of(deu), List.of("ATL", "PER"), List.of("FRA"), 6)),
                List.of(new UseAccount.YearShare(2024, 6, 2, 1), new UseAccount.YearShare(2025, 6, 3, 1)),
                List.of(described));
    }

    static Assessment withAccount() {
        Assessment a = Fixtures.assessment();
        return new Assessment(a.asOf(), a.provenance(), a.statesAssessed(), a.findings(), a.indicators(), account());
    }

    private static Map<String, String> pages(Locale locale, Assessment a) {
        Map<String, String> out = new LinkedHashMap<>();
        new HtmlRenderer().render(Fixtures.context(locale, a, null))
                .forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void thePageGivesEachActiveInstanceItsStatusSourcesAndResponsesEscaped() {
        Map<String, String> pages = pages(Locale.ENGLISH, withAccount());
        String page = pages.get(UseAccountReport.PAGE);

        assertThat(page).isNotNull()
                .contains("Instances of use and the responses to them")
                .contains("lapcheck attributes no use itself")
                .contains("Use in &lt;script&gt;alert(3)&lt;/script&gt; land").doesNotContain("<script>")
                .contains("Test &amp; territory")
                .contains("2012 onwards (no end recorded; latest source: 9 December 2020)")
                .contains("documented")
                .contains("State A (XXA), State B (XXB) (support)")
                .contains("<code>https://example.org/report?a=1&amp;b=&lt;2&gt;</code>")
                .contains("&lt;img src=x onerror=alert(4)&gt;").doesNotContain("<img")
                .contains("statement at a meeting").contains("joint statement")
                .contains("Responses recorded in the reports covering 2024")
                .contains("States parties whose report records no response: Atlantis &lt;img src=x onerror=alert(2)&gt; (ATL), Peru (PER)")
                .contains("States parties bound in 2025 with no report on file: 1")
                .contains("use &lt;b&gt;elsewhere&lt;/b&gt;")
                .contains("Register entries not active in the years assessed: Use in an old place (TST-2019, 2019, alleged)")
                .contains("inputs/submissions/2025/DEU.yaml:80");
        // no anchor leads out of the report: the source is text to copy
        assertThat(page).doesNotContainPattern("(?i)href=\"(https?:|//|javascript:)");
        assertThat(pages.get("index.html")).contains("href=\"" + UseAccountReport.PAGE + "\"");
        assertThat(pages.get("states/DEU.html")).contains("href=\"../" + UseAccountReport.PAGE + "\"");
    }

    @Test
    void theChartHasABarPerInstanceAndYearWithTheRespondersCounted() throws Exception {
        String svg = pages(Locale.ENGLISH, withAccount()).get("charts/responses-to-use.svg");

        assertThat(svg).isNotNull().contains("States parties that recorded a response, per instance of use and year")
                .contains("Use in &lt;script&gt;alert(3)&lt;/script&gt; land (TST-2012), 2024: 1 / 6")
                .contains("(TST-2012), 2025: 1 / 6")
                .doesNotContain("<script");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void summaryMdHasTheSectionInEachLanguage() {
        String en = MarkdownRenderer.summary(Fixtures.context(Locale.ENGLISH, withAccount(), null));
        String fr = MarkdownRenderer.summary(Fixtures.context(Locale.FRENCH, withAccount(), null));
        String es = MarkdownRenderer.summary(Fixtures.context(Locale.forLanguageTag("es"), withAccount(), null));

        assertThat(en).contains("## Instances of use and the responses to them")
                .contains("| 2025 | 6 | 3 | 1 | 17% |")
                .contains("Germany (DEU): 16 September 2025, statement at a meeting, &lt;img src=x onerror=alert(4)")
                .doesNotContain("<img");
        assertThat(fr).contains("## Les cas d'emploi et les réactions qu'ils ont suscitées").contains("déclaration lors d'une réunion");
        assertThat(es).contains("## Los casos de empleo y las respuestas a ellos").contains("declaración en una reunión");
    }

    @Test
    void withoutARegisterNothingChanges() {
        Map<String, String> pages = pages(Locale.ENGLISH, Fixtures.assessment());
        assertThat(pages).doesNotContainKey(UseAccountReport.PAGE).doesNotContainKey("charts/responses-to-use.svg");
        assertThat(pages.get("index.html")).doesNotContain(UseAccountReport.PAGE);
        assertThat(MarkdownRenderer.summary(Fixtures.context(Locale.ENGLISH, Fixtures.assessment(), null)))
                .doesNotContain("Instances of use");
    }

    @Test
    void theAccountSurvivesFindingsJson() {
        Assessment back = FindingsJson.read(FindingsJson.write(withAccount()));

        assertThat(back.useAccount()).isEqualTo(withAccount().useAccount());
        assertThat(FindingsJson.write(Fixtures.assessment())).doesNotContain("responses_to_use");
    }
}
