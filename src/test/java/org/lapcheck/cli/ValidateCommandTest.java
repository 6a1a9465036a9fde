package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsEveryProblemOfABrokenFileWithLineAndColumnAndExitsTwo() throws IOException {
        Path file = tmp.resolve("2025/FRA.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                format: lap-self-report/1
                state: {iso3: DEU, name: Germany}
                report:
                  kind: annual
                  covers: 2025
                  submitted: soon
                clearence: {contaminated: false}
                """);
        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out())
                .containsPattern("FRA\\.yaml:2:\\d+: error: .*DEU.*FRA")
                .containsPattern("FRA\\.yaml:6:\\d+: error: .*soon")
                .containsPattern("FRA\\.yaml:7:1: warning: .*clearence.*clearance")
                .contains("not valid");
    }

    @Test
    void showsTheFindingsOfAValidReportAlone() {
        CliRun run = CliRun.of("validate", "--as-of", "2026-11-29",
                TestProject.inputs().resolve("submissions/2025/DEU.yaml").toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("valid (DEU, covering 2025)");
        assertThat(run.out()).doesNotContain(":FRA:").doesNotContain(":AUT:");
    }

    @Test
    void aMissingFileIsInvalidInput() {
        CliRun run = CliRun.of("validate", tmp.resolve("nope/DEU.yaml").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).contains("no such file");
    }

    @Test
    void aResponseNamingAnInstanceTheRegisterLacksIsAWarningAtItsLine() throws IOException {
        Path file = tmp.resolve("2025/DEU.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                format: lap-self-report/1
                state: {iso3: DEU, name: Germany}
                report:
                  kind: annual
                  covers: 2025
                  submitted: 2026-04-20
                universalization:
                  responses_to_use:
                    - {instance: SYRIA-2021, date: 2025-09-16, form: meeting_statement, forum: 13MSP}
                    - {description: use reported in a neighbouring state, date: 2025-03-02, form: demarche}
                    - {date: 2025-03-02, form: other}
                    - {instance: SYRIA-2012, date: 2025-10-27, form: joint_statement, forum: UNGA First Committee}
                """);
        CliRun run = CliRun.of("validate", "--as-of", "2026-11-29", file.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .containsPattern("DEU\\.yaml:9:\\d+: warning: universalization\\.responses_to_use\\[0\\]\\.instance: 'SYRIA-2021' "
                        + "is not an instance in the register of instances of use \\(inputs/reference/use-register\\.yaml\\); "
                        + "did you mean 'SYRIA-2012'\\?")
                .containsPattern("DEU\\.yaml:11:\\d+: warning: universalization\\.responses_to_use\\[2\\]: names no instance")
                .doesNotContain("responses_to_use[1]")
                .doesNotContain("responses_to_use[3]")
                .contains("UR-RESPONSE:DEU:2025:SYRIA-2012");
    }
}
