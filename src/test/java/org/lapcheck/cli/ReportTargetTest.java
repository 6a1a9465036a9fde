package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --out}: never deletes what lapcheck did not write, and says in plain words why it cannot write. */
class ReportTargetTest {

    @TempDir
    Path tmp;

    @Test
    void outPointingAtTheReportsFolderIsRefusedAndEverythingInItStays() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        CliRun first = CliRun.of("assess", "--as-of", "2026-11-29", "--format", "json", "--out",
                reports.resolve("2026-11-29").toString());
        assertThat(first.exit()).as(first.all()).isZero();
        Files.writeString(Files.createDirectories(reports.resolve("outbox")).resolve("m.eml"), "mail");
        Files.writeString(reports.resolve("ledger.tsv"), "sent\n");

        CliRun run = CliRun.of("assess", "--as-of", "2026-11-30", "--format", "json", "--out", reports.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("lap: " + reports.toAbsolutePath() + " cannot be replaced by a report: it holds "
                + "files lapcheck did not write").doesNotContain("Exception");
        assertThat(reports.resolve("2026-11-29/findings.json")).isRegularFile();
        assertThat(reports.resolve("outbox/m.eml")).hasContent("mail");
        assertThat(reports.resolve("ledger.tsv")).hasContent("sent\n");

        CliRun again = CliRun.of("assess", "--as-of", "2026-11-29", "--format", "json,csv", "--out",
                reports.resolve("2026-11-29").toString());
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(reports.resolve("2026-11-29/findings.csv")).isRegularFile();
    }

    @Test
    void anOutThatCannotBeWrittenIsAPlainMessageNamingThePathNotAnUnexpectedError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path out = file.resolve("reports");

        CliRun run = CliRun.of("assess", "--as-of", "2026-11-29", "--format", "json", "--out", out.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("lap: cannot write the reports to " + out + " (" + file)
                .doesNotContain("unexpected error").doesNotContain("Exception").doesNotContain("java.");
        assertThat(file).hasContent("x");
    }
}
