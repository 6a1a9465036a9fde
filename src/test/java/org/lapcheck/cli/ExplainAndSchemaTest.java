package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.findings.Json;

class ExplainAndSchemaTest {

    @TempDir
    Path tmp;

    @Test
    void explainsAFindingWithItsRuleActionArticleAndMatchedFacts() {
        Path out = tmp.resolve("2026-11-29");
        assertThat(CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString()).exit()).isZero();

        CliRun run = CliRun.of("explain", "T-INIT-OVERDUE:VUT", "--assessment", out.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("rules/08-transparency/t-init-overdue.drl:")
                .contains("Action 43").contains("Art. 7.1")
                .contains("VUT Vanuatu, entry into force 2026-03-01")
                .contains("inputs/reference/membership.csv:");
    }

    @Test
    void anUnknownFindingSuggestsTheNearestIds() {
        Path out = tmp.resolve("2026-11-29");
        CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString());
        CliRun run = CliRun.of("explain", "T-INIT-OVERDUE:VUU", "--assessment", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("did you mean").contains("T-INIT-OVERDUE:VUT");
    }

    @Test
    void printsTheSelfReportSchemaForEditors() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exit()).isZero();
        assertThat(Json.parse(run.out())).isInstanceOf(java.util.Map.class);
        assertThat(run.out()).contains("\"$schema\"").contains("clearance").contains("victim_assistance");
    }

    @Test
    void schemaUseRegisterPrintsTheRegistersSchemaInstead() {
        CliRun run = CliRun.of("schema", "--use-register");
        assertThat(run.exit()).isZero();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> schema = (java.util.Map<String, Object>) Json.parse(run.out());
        assertThat(schema).containsEntry("$id", "urn:lapcheck:schema:lapcheck-use-register-1");
        assertThat(run.out()).contains("\"instances\"").contains("\"sources\"").doesNotContain("victim_assistance");
        // and the self-report schema documents the field that names the register's ids
        assertThat(CliRun.of("schema").out()).contains("\"responses_to_use\"");
    }

    @Test
    void rulesTestRunsEveryCaseAndEndsWithTheCount() {
        CliRun run = CliRun.of("rules", "test", "--quiet");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("rules: \\d+ passed, 0 failed");
    }

    @Test
    void rulesListShowsEveryActionOfTheCatalogue() {
        CliRun run = CliRun.of("rules", "list");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("43 [").contains("T-ANNUAL-OVERDUE").contains("Section VIII");
        // Each action shows its confidence, and one legend line says what the codes mean.
        assertThat(run.out()).contains("[V] verified, [P] partly verified, [R] reconstructed, [U] unverified")
                .containsPattern("(?m)^\\s+13 \\[V\\] ").containsPattern("(?m)^\\s+3 \\[R\\] ")
                .containsPattern("(?m)^\\s+42 \\[P\\] Country coalitions\\s+ICA-COALITION-NOT-REPORTED");
    }
}
