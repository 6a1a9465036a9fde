package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * A state that joins mid-year owes an initial report and, the next 30 April, an annual report covering the same
 * calendar year (issue #10.8): both can be on file, as ISO3.initial.yaml and ISO3.yaml, and each is judged.
 */
class SameYearReportsTest {

    private static final String REPORT = """
            format: lap-self-report/1
            state: {iso3: NGA, name: Nigeria}
            report:
              kind: %s
              covers: 2023
              submitted: %s
              form: revised-2022
            stockpile:
              held: true
              remaining: {munitions: 150, submunitions: 21000}
            """;

    @TempDir
    Path work;

    private Path inputs() throws Exception {
        Path inputs = work.resolve("inputs");
        TestProject.copyTree(TestProject.inputs(), inputs);
        Path year = Files.createDirectories(inputs.resolve("submissions/2023"));
        // Nigeria: entry into force 1 August 2023, so its initial report was due by 28 January 2024.
        Files.writeString(year.resolve("NGA.initial.yaml"), REPORT.formatted("initial", "2024-03-10"));
        Files.writeString(year.resolve("NGA.yaml"), REPORT.formatted("annual", "2024-04-28"));
        return inputs;
    }

    @Test
    void assessesBothTheInitialAndTheAnnualReportOfOneYear() throws Exception {
        Path inputs = inputs();
        Path out = work.resolve("out");

        CliRun run = CliRun.of("assess", "--inputs", inputs.toString(), "--as-of", "2026-11-29", "--out", out.toString(),
                "--format", "json");

        assertThat(run.exit()).as(run.all()).isZero();
        String json = Files.readString(out.resolve("findings.json"));
        assertThat(json).contains("submissions/2023/NGA.initial.yaml").contains("submissions/2023/NGA.yaml");
        // The initial report is judged for its own timing, and is no longer "not on file".
        assertThat(json).contains("\"T-INIT-LATE:NGA:2023\"").doesNotContain("\"T-INIT-OVERDUE:NGA\"");
        assertThat(json).doesNotContain("\"INPUT-UNREADABLE:NGA");
    }

    @Test
    void refusesAnAnnualReportInTheInitialReportsFile() throws Exception {
        Path inputs = inputs();
        Path file = inputs.resolve("submissions/2023/NGA.initial.yaml");
        Files.writeString(file, REPORT.formatted("annual", "2024-03-10"));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.all()).contains("NGA.initial.yaml:4:").contains("report.kind must be 'initial'");
    }
}
