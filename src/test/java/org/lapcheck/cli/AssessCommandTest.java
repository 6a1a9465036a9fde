package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.findings.Json;

class AssessCommandTest {

    @TempDir
    Path tmp;

    @Test
    void assessesTheBundledInputsIntoTheFindingsContract() throws IOException {
        Path out = tmp.resolve("2026-11-29");
        CliRun run = CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("states parties assessed", "reports written to");
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(out.resolve("findings.json")));
        assertThat(doc).containsKeys("format", "as_of", "tool", "ruleset", "inputs", "findings", "indicators");
        assertThat(doc.get("format")).isEqualTo("lapcheck-findings/1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f).containsKeys("id", "rule", "action", "state", "year", "severity", "kind", "area", "message",
                    "expected", "actual", "evidence", "recipients");
            assertThat((String) f.get("severity")).isIn("info", "low", "medium", "high", "critical");
            assertThat((String) f.get("kind")).isIn("gap", "not_reported", "early_warning", "positive", "input_error");
            assertThat((List<?>) f.get("evidence")).isNotEmpty();
        });
    }

    @Test
    void judgesEveryStatePartyBoundOnTheDateNotOnlyThoseWithFiles() throws IOException {
        Path out = tmp.resolve("out");
        CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString());
        Assessment a = FindingsJson.read(Files.readString(out.resolve("findings.json")));

        long bound;
        try (Stream<String> rows = Files.lines(TestProject.inputs().resolve("reference/membership.csv"))) {
            bound = rows.skip(1).map(r -> r.split(",", -1))
                    .filter(c -> !c[6].isEmpty() && !LocalDate.parse(c[6]).isAfter(a.asOf()))
                    .filter(c -> c[7].isEmpty() || LocalDate.parse(c[7]).isAfter(a.asOf()))
                    .count();
        }
        assertThat(a.statesAssessed()).hasSize((int) bound).contains("VUT").doesNotContain("LTU");
        // Vanuatu (bound since 1 March 2026) has no file: its initial report is reported as not on file.
        assertThat(a.findings()).extracting(Finding::id).contains("T-INIT-OVERDUE:VUT");
        // A state party with no file for the cycle year is itself a finding.
        assertThat(a.findings()).extracting(Finding::id).contains("T-ANNUAL-OVERDUE:AUT:2025");
        assertThat(a.provenance().inputs()).extracting(i -> i.file()).contains("inputs/submissions/2025/DEU.yaml");
        assertThat(a.provenance().rulesetSha256()).hasSize(64);
    }

    @Test
    void aBrokenSubmissionIsListedWithItsPositionAndTheOthersAreStillAssessed() throws IOException {
        Path inputs = copyOfInputs();
        Files.writeString(inputs.resolve("submissions/2025/CHE.yaml"), """
                format: lap-self-report/1
                state: {iso3: CHE, name: Switzerland}
                report:
                  kind: annual
                  covers: 2025
                  submitted: 2026-02-30
                stockpile:
                  remaining: {munitions: -4}
                """);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("assess", "--as-of", "2026-11-29", "--inputs", inputs.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).containsPattern("CHE\\.yaml:6:\\d+: error: .*2026-02-30")
                .containsPattern("CHE\\.yaml:8:\\d+: error: .*negative");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat org.");
        Assessment a = FindingsJson.read(Files.readString(out.resolve("findings.json")));
        assertThat(a.findings()).extracting(Finding::id).contains("INPUT-UNREADABLE:CHE:2025")
                .doesNotContain("T-ANNUAL-OVERDUE:CHE:2025");
        assertThat(a.findings()).anyMatch(f -> "DEU".equals(f.state()) && !f.ruleId().startsWith("INPUT"));
    }

    @Test
    void failOnTurnsFindingsAtOrAboveTheThresholdIntoExitOne() {
        CliRun high = CliRun.of("assess", "--as-of", "2026-11-29", "--out", tmp.resolve("a").toString(), "--fail-on", "high");
        assertThat(high.exit()).as(high.all()).isEqualTo(ExitCodes.FINDINGS);
        CliRun bad = CliRun.of("assess", "--fail-on", "urgent", "--out", tmp.resolve("b").toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("unknown severity 'urgent'");
    }

    @Test
    void aBrokenRuleStopsTheRunWithItsFileAndLineBeforeAnyReportIsWritten() throws IOException {
        Path rules = tmp.resolve("rules");
        TestProject.copyTree(TestProject.rules(), rules);
        Path broken = rules.resolve("08-transparency/t-early.drl");
        Files.writeString(broken, Files.readString(broken).replace("then", "then\n    this is not java;"));
        Path out = tmp.resolve("never");
        CliRun run = CliRun.of("assess", "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).containsPattern("t-early\\.drl:\\d+: ");
        assertThat(out).doesNotExist();
    }

    /**
     * A state's text with a forged row, a bidi override and a terminal escape (written as YAML escapes, so the file
     * itself is clean) reaches findings.csv through a rule's message, escaped in its one cell.
     */
    @Test
    void aStatesControlAndBidiCharactersReachTheCsvEscapedInTheirCell() throws IOException {
        Path inputs = copyOfInputs();
        Path fra = inputs.resolve("submissions/2025/FRA.yaml");
        String bundled = Files.readString(fra);
        String transfer = "{to: BEL, munitions: 0, submunitions: 24, date: 2025-06-12}";
        assertThat(bundled).contains(transfer);
        Files.writeString(fra, bundled.replace(transfer,
                "{to: \"BEL\\r\\nFRA,forged row\\u202E\\e[2J\", munitions: 0, submunitions: 24}"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("assess", "--inputs", inputs.toString(), "--as-of", "2026-11-29", "--out", out.toString(),
                "--format", "csv");

        assertThat(run.exit()).as(run.all()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        String csv = Files.readString(out.resolve("findings.csv")).substring(1); // after the byte-order mark
        assertThat(csv.replace("\r\n", "").codePoints().filter(org.lapcheck.model.UntrustedText::unsafe).toArray())
                .as("no control, bidi or separator character but the CRLF row ends").isEmpty();
        List<String> rows = csv.lines().filter(l -> l.startsWith("A36-TRANSFER-DETAILS-NOT-REPORTED:FRA:2025")).toList();
        assertThat(rows).singleElement().asString()
                .contains("to: BEL\\r\\nFRA,forged row\\u202E\\u001B[2J; date:");
        assertThat(csv.lines()).noneMatch(l -> l.startsWith("FRA,forged row"));
    }

    private Path copyOfInputs() throws IOException {
        Path inputs = tmp.resolve("inputs");
        TestProject.copyTree(TestProject.inputs(), inputs);
        return inputs;
    }


    @Test
    void anAsOfDateOutsideTheConventionsLifeIsAUsageErrorNotAHang() {
        for (String date : List.of("+999999999-12-31", "2201-01-01", "2007-12-31")) {
            CliRun run = CliRun.of("assess", "--as-of", date, "--out", tmp.resolve("far").toString());
            assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("--as-of: ").contains(" is outside the dates an assessment can be as of, "
                    + "2008-01-01 to 2200-12-31");
            CliRun validate = CliRun.of("validate", "--as-of", date,
                    TestProject.inputs().resolve("submissions/2025/DEU.yaml").toString());
            assertThat(validate.exit()).as(validate.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        }
        assertThat(tmp.resolve("far")).doesNotExist();
        CliRun last = CliRun.of("assess", "--as-of", "2200-12-31", "--format", "json", "--out", tmp.resolve("last").toString());
        assertThat(last.exit()).as(last.all()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }
}
