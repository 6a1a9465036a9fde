package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lapcheck.notify.Fixtures.AS_OF;
import static org.lapcheck.notify.Fixtures.assessment;
import static org.lapcheck.notify.Fixtures.contact;
import static org.lapcheck.FindingBuilder.finding;
import static org.lapcheck.notify.Fixtures.findings;
import static org.lapcheck.notify.Fixtures.machinery;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.Transmittal.Contact;
import org.lapcheck.model.Severity;

class DigestTest {

    @TempDir
    Path tmp;

    private DigestContext context(Assessment a, Assessment previous, Routing.Routes routes, List<Attachment> attachments) {
        return new DigestContext(a, previous, Map.of("GNB", "Guinea-Bissau"), routes, attachments, null, "reports/2026-11-29/", null);
    }

    private Digest digest(String key, Map<String, Contact> contacts) {
        Assessment a = assessment(findings());
        Routing.Routes routes = Routing.route(a, machinery(), contacts);
        Recipient r = routes.recipients().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        return Digests.write(r, "en", context(a, null, routes, TroikaAttachments.from(null, a)));
    }

    @Test
    void theSubjectSaysWhatItIsAndCountsEarlyWarningsAndGaps() {
        List<Finding> clearance = new ArrayList<>();
        for (String rule : List.of("A4-EARLY-WARNING", "A4-EARLY-WARNING-PROVISIONAL", "A4-NO-PROGRESS")) {
            clearance.add(finding(rule, "BIH").area("clearance").kind(FindingKind.EARLY_WARNING).build());
        }
        for (String rule : List.of("A4-STRATEGY", "A4-WORKPLAN-SHORT", "A4-WORKPLAN-ENDS", "A4-MARKING", "A4-DECL",
                "A4-EXT-TIMING", "A4-RESIDUAL")) {
            clearance.add(finding(rule, "LAO").area("clearance").build());
        }
        clearance.add(finding("A4-RELEASE-AT-PLAN", "DEU").area("clearance").kind(FindingKind.POSITIVE).build());
        Assessment a = assessment(clearance);
        Routing.Routes routes = Routing.route(a, machinery(), Map.of());
        Recipient ita = routes.recipients().stream().filter(r -> r.key().equals("coordinator-clearance-ita")).findFirst().orElseThrow();

        assertThat(Digests.write(ita, "en", context(a, null, routes, List.of())).subject())
                .isEqualTo("[LAP 2025] Clearance: 3 early warnings, 7 gaps");
    }

    @Test
    void aCoordinatorsDigestPutsEarlyWarningsFirstThenGroupsByState() {
        Digest d = digest("coordinator-clearance-ita", Map.of());
        String text = d.text();
        assertThat(text).contains("Early warnings", "Findings by state", "Bosnia and Herzegovina (BIH)",
                "Lao People's Democratic Republic (LAO)");
        assertThat(text.indexOf("A4-EARLY-WARNING")).isLessThan(text.indexOf("Findings by state"));
        assertThat(text.indexOf("Findings by state")).isLessThan(text.indexOf("A4-STRATEGY"));
        assertThat(d.html()).contains("<h2>Early warnings</h2>", "<h3>Bosnia and Herzegovina (BIH)</h3>");
    }

    @Test
    void headingsFollowTheRecipientsLanguageWhileRuleMessagesStayAsAssessed() {
        Digest d = digest("coordinator-transparency-bel", Map.of());
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.subject()).isEqualTo("[LAP 2025] Mesures de transparence : 0 alerte précoce, 2 lacunes");
        assertThat(d.text()).contains("Constatations par État", "29 novembre 2026", "T-ANNUAL-LATE about Guinea-Bissau (LAP Action 43).");
    }

    @Test
    void theRunsLanguageAppliesWhereTheMachineryGivesNone() {
        Assessment a = assessment(findings());
        Routing.Routes routes = Routing.route(a, machinery(), Map.of());
        Recipient nor = routes.recipients().stream().filter(x -> x.key().equals("coordinator-clearance-nor")).findFirst().orElseThrow();
        Digest d = Digests.write(nor, "es", context(a, null, routes, List.of()));
        assertThat(d.language()).isEqualTo("es");
        assertThat(d.subject()).isEqualTo("[LAP 2025] Limpieza: 1 alerta temprana, 1 deficiencia");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.lapcheck.TestProject#translatedLanguages")
    void everyLanguageHasEveryLabelWithTheSameArguments(String lang) throws IOException {
        Properties en = properties("digest.properties");
        assertThat(DigestTest.class.getResource("/org/lapcheck/notify/digest_" + lang + ".properties"))
                .as("src/main/resources/org/lapcheck/notify/digest_%s.properties", lang).isNotNull();
        Properties other = properties("digest_" + lang + ".properties");
        java.util.TreeSet<String> missing = new java.util.TreeSet<>(en.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        java.util.TreeSet<String> unknown = new java.util.TreeSet<>(other.stringPropertyNames());
        unknown.removeAll(en.stringPropertyNames());
        List<String> arguments = en.stringPropertyNames().stream().filter(other::containsKey).sorted()
                .filter(k -> !arguments(en.getProperty(k)).equals(arguments(other.getProperty(k))))
                .map(k -> k + " " + arguments(other.getProperty(k)) + " instead of " + arguments(en.getProperty(k))).toList();
        assertThat(missing).as("labels missing from digest_%s.properties", lang).isEmpty();
        assertThat(unknown).as("labels in digest_%s.properties that digest.properties does not have", lang).isEmpty();
        assertThat(arguments).as("digest_%s.properties: labels whose {N} arguments differ from the English", lang).isEmpty();
        // MessageFormat must read every one (an unbalanced quote or brace would throw when the digest is written)
        for (String key : other.stringPropertyNames()) {
            new java.text.MessageFormat(other.getProperty(key), java.util.Locale.forLanguageTag(lang));
        }
    }

    /** The argument numbers a MessageFormat pattern uses: {0}, {1,number}, {2,choice,...} all count by number. */
    private static java.util.TreeSet<String> arguments(String pattern) {
        java.util.TreeSet<String> args = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (var in = DigestTest.class.getResourceAsStream("/org/lapcheck/notify/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theTroikaOverviewCountsBySeverityAndAreaAndShowsWarningsMachineryGapsAndMovedIndicators() {
        Assessment a = assessment(findings());
        Assessment before = assessment(AS_OF.minusYears(1), List.of(), List.of(new Indicator(43, 110, 4), new Indicator(45, 112, 110)));
        Routing.Routes routes = Routing.route(a, machinery(), Map.of());
        Recipient seat = routes.recipients().stream().filter(x -> x.key().equals("troika-president-outgoing-phl")).findFirst().orElseThrow();

        Digest d = Digests.write(seat, "en", context(a, before, routes, TroikaAttachments.from(null, a)));

        assertThat(d.subject()).isEqualTo("[LAP 2025] Troika overview: 10 findings, 1 early warning");
        assertThat(d.text()).contains("outgoing President, PHL", "Findings by severity", "Findings by area",
                "A4-EARLY-WARNING", "Gaps in the machinery", "M-TROIKA-MISSING",
                "troika-president-designate: no e-mail address", "coordinator-cooperation-fra",
                "International cooperation and assistance: 1 finding reaches no one by name",
                "Findings routed to the troika", "ART8-CLARIFICATION-UNANSWERED",
                "Action 43: 6 of 112 met, was 4 of 110 on 29 November 2025");
        assertThat(d.text()).doesNotContain("Action 45:");
        assertThat(d.text()).containsPattern("Clearance +0 +1 +1 +0 +0 +2");
        assertThat(d.attachments()).extracting(Attachment::fileName).containsExactly("lapcheck-report-2026-11-29.zip");
    }

    @Test
    void theTroikaGetsTheReportFoldersOwnCsvAndHtmlReport() throws IOException {
        Files.writeString(tmp.resolve("findings.csv"), "id,rule\nX,Y\n");
        Files.writeString(tmp.resolve("report.html"), "<html><body>report</body></html>\n");
        List<Attachment> attachments = TroikaAttachments.from(tmp, assessment(findings()));

        assertThat(attachments).extracting(Attachment::fileName, Attachment::contentType).containsExactly(
                tuple("lapcheck-report-2026-11-29.zip", "application/zip"));
        Map<String, String> zipped = unzip(attachments.get(0).content());
        assertThat(zipped).containsOnlyKeys("findings.csv", "report.html").containsEntry("findings.csv", "id,rule\nX,Y\n");
        // the same folder zipped again gives the same bytes: an unchanged overview is never a correction
        assertThat(TroikaAttachments.from(tmp, assessment(findings())).get(0).content()).isEqualTo(attachments.get(0).content());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void withoutAReportCsvTheTroikaGetsOneWrittenFromTheAssessmentSafeForSpreadsheets() throws IOException {
        Assessment a = assessment(List.of(finding("T-ANNUAL-LATE", "GNB").message("=HYPERLINK(\"http://evil\"), said the report").build()));
        List<Attachment> attachments = TroikaAttachments.from(null, a);
        String csv = unzip(attachments.get(0).content()).get("findings.csv");
        assertThat(csv).contains("id,change,state,year,action");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\"), said the report\"");
    }

    @Test
    void aStatesFeedbackGreetsItsContactAndNamesOnlyItsOwnFindings() {
        Digest d = digest("state-gnb", Map.of("GNB", contact("Ponto focal CCM", "ccm.gnb@example.org")));
        assertThat(d.subject()).isEqualTo("[LAP 2025] Guinea-Bissau: feedback on your report, 2 gaps");
        assertThat(d.text()).contains("Dear Ponto focal CCM,", "concerns the report of Guinea-Bissau only",
                "T-ANNUAL-LATE", "T-SUPPORT");
        assertThat(d.text()).doesNotContain("BIH", "LAO", "AFG", "Zedland", "M-TROIKA-MISSING");
    }

    @Test
    void anArabicFeedbackReadsRightToLeftInItsHtmlPartWithItsCodesIsolated() {
        Digest d = digest("state-gnb", Map.of("GNB", contact("Ponto focal CCM", "ccm.gnb@example.org").inLanguage("ar")));

        assertThat(d.language()).isEqualTo("ar");
        assertThat(d.html()).contains("<html lang=\"ar\" dir=\"rtl\">", "<body dir=\"rtl\">", "<bdi>T-ANNUAL-LATE:GNB:2025</bdi>",
                "<bdi>inputs/submissions/2025/GNB.yaml:7:3</bdi>", "<bdi>./lap explain FINDING-ID</bdi>", "Noto Naskh Arabic");
        // Western digits, as in the reports: no Arabic-Indic digit from a MessageFormat number
        assertThat(d.text() + d.html() + d.subject()).doesNotContainPattern("[\u0660-\u0669]");
        // the state is named in Arabic, and its code kept in its own order
        String name = org.lapcheck.wording.StateNames.name("GNB", java.util.Locale.forLanguageTag("ar"), "Guinea-Bissau");
        assertThat(name).isNotEqualTo("Guinea-Bissau");
        assertThat(d.subject()).contains(name).doesNotContain("Guinea-Bissau");
        // the plain-text part carries no bidi controls (it escapes them, whoever wrote them)
        assertThat(d.text()).doesNotContainPattern("[\u200e\u200f\u2066-\u2069\u202a-\u202e]");
    }

    @Test
    void aChineseDigestNamesItsScriptAndIsNotRightToLeft() {
        Digest d = digest("state-gnb", Map.of("GNB", contact("Ponto focal CCM", "ccm.gnb@example.org").inLanguage("zh")));

        assertThat(d.language()).isEqualTo("zh");
        assertThat(d.html()).contains("<html lang=\"zh-Hans\">", "<body>").doesNotContain("dir=\"rtl\"");
        Recipient to = new Recipient("state-gnb", Audience.STATE, "state", null, "GNB", "ccm.gnb@example.org", null, "zh",
                List.of());
        ComposedMessage m = new MessageComposer(Fixtures.FROM).compose(to, d, AS_OF);
        assertThat(new String(m.eml(), java.nio.charset.StandardCharsets.US_ASCII)).contains("Content-Language: zh-Hans");
    }

    @Test
    void theHtmlPartEscapesEverythingAStateWrote() {
        Assessment a = assessment(List.of(finding("T-ANNUAL-LATE", "GNB").severity(Severity.HIGH)
                .message("The report says <script>alert('x')</script> & \"more\"").build()));
        Routing.Routes routes = Routing.route(a, machinery(), Map.of("GNB",
                contact("<img src=x onerror=alert(1)>", "ccm.gnb@example.org")));
        Recipient gnb = routes.recipients().stream().filter(x -> x.key().equals("state-gnb")).findFirst().orElseThrow();

        Digest d = Digests.write(gnb, "en", context(a, null, routes, List.of()));

        assertThat(d.html()).doesNotContain("<script>", "<img").contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(d.text()).contains("<script>alert('x')</script>");
    }
}
