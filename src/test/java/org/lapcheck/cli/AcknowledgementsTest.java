package org.lapcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.CliRun;
import org.lapcheck.TestProject;
import org.lapcheck.app.Workspace;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.findings.Json;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;

/** inputs/acknowledgements.yaml on a copy of the project, through the real command line and the real rules. */
class AcknowledgementsTest {

    static final String AS_OF = "2026-11-29";

    @TempDir
    Path home;

    @BeforeEach
    void copyTheProject() throws IOException {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
    }

    private CliRun run(String... args) {
        return CliRun.in(Workspace.of(home, "off"), args);
    }

    private void acknowledgements(String entries) throws IOException {
        Files.writeString(home.resolve("inputs/acknowledgements.yaml"),
                "# decisions of the machinery\nformat: lapcheck-acknowledgements/1\nacknowledgements:\n" + entries);
    }

    private Map<String, Object> document() throws IOException {
        return FindingsJson.asMap(Json.parse(Files.readString(home.resolve("reports/" + AS_OF + "/findings.json"))), "doc");
    }

    private Assessment assessment() throws IOException {
        return FindingsJson.read(Files.readString(home.resolve("reports/" + AS_OF + "/findings.json")));
    }

    /** The five high findings of the bundled inputs, acknowledged by id and by rule with wildcards. */
    private static final String ALL_HIGH = """
              - id: A4-EARLY-WARNING-PROVISIONAL:SOM:2025
                reason: extension request being drafted with the ISU
                by: coordinator:clearance
                date: 2026-11-20
                until: 2027-06-30
              - rule: T-ANNUAL-OVERDUE-OBLIGATED
                state: SSD
                year: "*"
                reason: report received by the UN on 2026-11-10, not yet in the inputs
                by: coordinator:transparency
                until: 2027-01-31
              - rule: A4-EARLY-WARNING-CLOSED
                state: "*"
                year: 2025
                reason: the presidency wrote to Chad on 2026-11-15
                by: president
                until: 2027-03-31
              - id: VA-FOCAL:TCD:2025
                reason: a focal point was named in a note verbale of 2026-11-02
                until: 2027-03-31
              - id: T-INIT-OVERDUE:VUT
                reason: initial report in preparation with the ISU
                by: isu
                until: 2026-12-31
            """;

    @Test
    void acknowledgedFindingsStayInFindingsJsonCountedApartAndFailOnIgnoresThem() throws IOException {
        CliRun before = run("assess", "--as-of", AS_OF, "--fail-on", "high");
        assertThat(before.exit()).as(before.err()).isEqualTo(ExitCodes.FINDINGS);
        int findings = assessment().findings().size();

        acknowledgements(ALL_HIGH);
        CliRun after = run("assess", "--as-of", AS_OF, "--fail-on", "high");

        assertThat(after.exit()).as(after.err()).isEqualTo(ExitCodes.OK);
        assertThat(after.out()).contains("5 of them acknowledged by the machinery");
        Assessment a = assessment();
        assertThat(a.findings()).hasSize(findings);
        Finding som = a.findings().stream().filter(f -> f.id().equals("A4-EARLY-WARNING-PROVISIONAL:SOM:2025")).findFirst().orElseThrow();
        assertThat(som.acknowledged().reason()).isEqualTo("extension request being drafted with the ISU");
        assertThat(som.acknowledged().by()).isEqualTo("coordinator:clearance");
        assertThat(som.acknowledged().until()).hasToString("2027-06-30");
        assertThat(a.findings().stream().filter(Finding::isAcknowledged).map(Finding::severity).distinct())
                .extracting(s -> s.id()).containsExactly("high");
        Map<String, Object> summary = FindingsJson.asMap(document().get("summary"), "summary");
        Map<String, Object> acknowledged = FindingsJson.asMap(summary.get("acknowledged"), "acknowledged");
        assertThat(acknowledged.get("findings")).isEqualTo(5L);
        assertThat(FindingsJson.asMap(acknowledged.get("by_severity"), "s").get("high")).isEqualTo(5L);
        // the contract's counts still hold every finding
        assertThat(summary.get("findings")).isEqualTo((long) findings);
        // the file is an input of the assessment like the reference data
        assertThat(a.provenance().inputs()).anyMatch(i -> i.file().equals("inputs/acknowledgements.yaml"));
    }

    @Test
    void everyFormatShowsThemApartWithReasonOfficeAndExpiry() throws IOException {
        acknowledgements(ALL_HIGH);
        CliRun run = run("run", "--as-of", AS_OF, "--no-send");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path folder = home.resolve("reports/" + AS_OF);

        String md = Files.readString(folder.resolve("summary.md"));
        Assessment a = assessment();
        long positive = a.findings().stream().filter(f -> f.kind() == org.lapcheck.model.FindingKind.POSITIVE).count();
        long open = a.findings().size() - positive - 5;
        // the acknowledged ones are neither "needing attention" nor "done well"
        assertThat(md).contains("Findings needing attention: " + open + ", of which").contains("Done well: " + positive + ".");
        assertThat(md).contains("## Acknowledged by the machinery (5)")
                .contains("coordinator:clearance, until 30 June 2027: extension request being drafted with the ISU")
                .contains("still count in the indicators");
        String html = Files.readString(folder.resolve("index.html"));
        assertThat(html).contains("<section id=\"acknowledged\">")
                .contains("president, until 31 March 2027: the presidency wrote to Chad on 2026-11-15");
        assertThat(Files.readString(folder.resolve("states/SOM.html")))
                .contains("Acknowledged: coordinator:clearance, until 30 June 2027");

        // SARIF: the result stays, suppressed outside the tool with the machinery's justification
        Map<String, Object> sarif = FindingsJson.asMap(Json.parse(Files.readString(folder.resolve("findings.sarif"))), "sarif");
        List<?> results = (List<?>) FindingsJson.asMap(((List<?>) sarif.get("runs")).get(0), "run").get("results");
        List<Map<String, Object>> suppressed = results.stream().map(r -> FindingsJson.asMap(r, "r"))
                .filter(r -> r.containsKey("suppressions")).toList();
        assertThat(suppressed).hasSize(5);
        Map<String, Object> som = suppressed.stream().filter(r -> r.get("partialFingerprints").toString().contains(":SOM:"))
                .findFirst().orElseThrow();
        Map<String, Object> suppression = FindingsJson.asMap(((List<?>) som.get("suppressions")).get(0), "s");
        assertThat(suppression.get("kind")).isEqualTo("external");
        assertThat(suppression.get("justification").toString()).contains("extension request being drafted with the ISU");

        // JUnit: skipped with the reason, where nothing else in the case needs follow-up
        String junit = Files.readString(folder.resolve("junit.xml"));
        assertThat(junit).contains("<skipped message=\"Acknowledged: isu, until 31 December 2026: initial report in "
                + "preparation with the ISU [T-INIT-OVERDUE:VUT]\"/>");
        assertThat(junit).containsPattern("<testsuites [^>]*skipped=\"[1-9]");

        // the presidency's digest counts them apart and lists them briefly at the end
        Path outbox = home.resolve("reports/outbox/" + AS_OF);
        String presidency;
        try (var files = Files.list(outbox)) {
            presidency = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("presidency-"))
                    .findFirst().orElseThrow()).replace("=\r\n", "").replace("=\n", "");
        }
        assertThat(presidency).contains("Acknowledged by the machinery (")
                .contains("SOM =E2=80=94 A4-EARLY-WARNING-PROVISIONAL:SOM:2025 =E2=80=94 coordinator:clearance, until");
    }

    @Test
    void anEntryThatMatchesNothingIsAStaleWarningAndALapsedOneSaysWhenItExpired() throws IOException {
        acknowledgements("""
                  - id: T-ANNUAL-OVERDUE:DEU:2019
                    reason: old decision
                    until: 2027-01-01
                  - id: VA-FOCAL:TCD:2025
                    reason: a focal point was promised
                    by: coordinator:victim_assistance
                    date: 2026-01-10
                    until: 2026-10-31
                """);

        CliRun run = run("assess", "--as-of", AS_OF, "--fail-on", "high");

        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains("inputs/acknowledgements.yaml:4:5: warning: the acknowledgement of "
                + "T-ANNUAL-OVERDUE:DEU:2019 matches no finding of this assessment (stale, remove it?)");
        assertThat(run.err()).contains("inputs/acknowledgements.yaml:7:5: warning: the acknowledgement of VA-FOCAL:TCD:2025 "
                + "expired on 2026-10-31");
        Finding va = assessment().findings().stream().filter(f -> f.id().equals("VA-FOCAL:TCD:2025")).findFirst().orElseThrow();
        assertThat(va.isAcknowledged()).isFalse();
        assertThat(va.expiredAcknowledgement().until()).hasToString("2026-10-31");
        assertThat(va.expiredAcknowledgement().by()).isEqualTo("coordinator:victim_assistance");
        assertThat(document().get("summary").toString()).doesNotContain("acknowledged");
    }

    @Test
    void everyProblemOfTheFileIsNamedAtItsPlaceAndNothingIsWritten() throws IOException {
        acknowledgements("""
                  - id: VA-FOCAL:TCD:2025
                    by: chair
                    until: 2027-01-01
                  - rule: T-ANNUAL-OVERDUE
                    state: Germany
                    reason: x
                    until: tomorrow
                  - reason: nothing named
                    until: 2027-01-01
                    colour: red
                """);

        CliRun run = run("assess", "--as-of", AS_OF);

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("inputs/acknowledgements.yaml:4:5: acknowledgements[0]: missing required key 'reason'")
                .contains("inputs/acknowledgements.yaml:5:9: acknowledgements[0].by: 'chair' is not an office")
                .contains("inputs/acknowledgements.yaml:8:12: acknowledgements[1].state: expected an ISO3 code")
                .contains("inputs/acknowledgements.yaml:10:12: ").contains("acknowledgements[1].until")
                .contains("a rule needs a state and a year")
                .contains("acknowledgements[2]: names nothing")
                .contains("inputs/acknowledgements.yaml:13:5: unknown key 'colour'");
        assertThat(home.resolve("reports/" + AS_OF)).doesNotExist();
    }

    @Test
    void withoutTheFileNothingIsAcknowledgedAndTheDocumentIsAsBefore() throws IOException {
        CliRun run = run("assess", "--as-of", AS_OF);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(home.resolve("reports/" + AS_OF + "/findings.json"));
        assertThat(text).doesNotContain("acknowledge");
        assertThat(assessment().findings()).noneMatch(Finding::isAcknowledged);
    }
}
