package org.lapcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.CliRun;
import org.lapcheck.TestProject;
import org.lapcheck.app.Workspace;

/** {@code lap acknowledge}: a decision appended safely to the user's file, and the decisions listed. */
class AcknowledgeCommandTest {

    /** A finding of the bundled assessment (Albania's annual report covering 2025 is not on file). */
    static final String ID = "T-ANNUAL-OVERDUE:ALB:2025";

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("inputs/acknowledgements.yaml");
    }

    private CliRun run(String... args) {
        return CliRun.in(Workspace.of(home, "off"), args);
    }

    @BeforeEach
    void assessACopyOfTheProject() throws Exception {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
        CliRun assess = run("assess", "--as-of", "2026-11-29", "--format", "json");
        assertThat(assess.exit()).as(assess.all()).isZero();
        assertThat(Files.readString(home.resolve("reports/2026-11-29/findings.json"))).contains("\"" + ID + "\"");
    }

    @Test
    void appendsTheDecisionKeepingTheFileAndTheNextAssessmentCountsItApart() throws Exception {
        String before = """
                # kept: the user's own comment and entry order
                format: lapcheck-acknowledgements/1
                acknowledgements:
                  - rule: T-ANNUAL-OVERDUE
                    state: AFG
                    year: "*"
                    reason: report received by the UN, not yet in the inputs
                    until: 2099-12-31
                """;
        Files.writeString(file(), before, StandardCharsets.UTF_8);
        String until = LocalDate.now().plusDays(30).toString();

        CliRun ack = run("acknowledge", ID, "--reason", "the report reached the UN on 2026-11-10", "--until", until,
                "--by", "coordinator:transparency");

        assertThat(ack.exit()).as(ack.all()).isZero();
        String after = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(after).startsWith(before).contains("  - id: \"" + ID + "\"", "by: \"coordinator:transparency\"",
                "until: " + until);
        CliRun again = run("assess", "--as-of", "2026-11-29", "--format", "json,csv");
        assertThat(again.exit()).as(again.all()).isZero();
        String json = Files.readString(home.resolve("reports/2026-11-29/findings.json"));
        assertThat(json.substring(json.indexOf("\"id\": \"" + ID + "\""))).contains("\"acknowledged\"");
        String csv = Files.readString(home.resolve("reports/2026-11-29/findings.csv"));
        assertThat(csv.lines().filter(line -> line.startsWith(ID + ","))).singleElement().asString()
                .endsWith(",coordinator:transparency," + until + ",the report reached the UN on 2026-11-10");

        CliRun list = run("acknowledge", "--list");
        assertThat(list.exit()).as(list.all()).isZero();
        assertThat(list.out()).contains("2 apply", "1 expire within 60 days", ID + " until " + until, "0 cover no finding");
    }

    @Test
    void refusesAnUnknownIdOrOfficeAndLeavesTheFileAsItWas() throws Exception {
        String until = LocalDate.now().plusDays(30).toString();

        CliRun unknown = run("acknowledge", "T-ANNUAL-OVERDUE:XXX:2025", "--reason", "r", "--until", until);
        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("no finding T-ANNUAL-OVERDUE:XXX:2025").contains("did you mean");
        assertThat(file()).doesNotExist();

        // ids are matched exactly, as the assessment matches them: a different case is named back, not taken
        CliRun lowerCase = run("acknowledge", ID.toLowerCase(java.util.Locale.ROOT), "--reason", "r", "--until", until);
        assertThat(lowerCase.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(lowerCase.err()).contains("did you mean " + ID + "?");
        assertThat(file()).doesNotExist();

        CliRun office = run("acknowledge", ID, "--reason", "r", "--until", until, "--by", "someone");
        assertThat(office.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(office.err()).contains("was not written", "acknowledgements.yaml:");
        assertThat(file()).doesNotExist();
        assertThat(home.resolve("inputs")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aReasonCannotInjectAnotherEntry() throws Exception {
        String until = LocalDate.now().plusDays(30).toString();
        // A quote cannot end the value (it is escaped); a line break is refused as in all reference data.
        CliRun quote = run("acknowledge", ID, "--reason", "fine\" by: president", "--until", until);
        assertThat(quote.exit()).as(quote.all()).isZero();
        assertThat(Files.readString(file())).contains("reason: \"fine\\\" by: president\"").doesNotContain("\n    by: president");

        CliRun lines = run("acknowledge", ID, "--reason", "fine\n  - rule: T-ANNUAL-OVERDUE\n    state: \"*\"", "--until", until);
        assertThat(lines.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(lines.err()).contains("was not written", "U+000A");
        assertThat(Files.readString(file())).doesNotContain("rule: T-ANNUAL-OVERDUE");
        CliRun list = run("acknowledge", "--list");
        assertThat(list.out()).contains("1 apply");
    }
}
