package org.lapcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.report.Fixtures;
import org.junit.jupiter.api.io.TempDir;

class PreviousAssessmentTest {

    @TempDir
    Path reports;

    @Test
    void takesTheLatestEarlierReportFolder() throws IOException {
        write("2025-06-01");
        write("2026-01-15");
        write("2027-01-01");
        Files.createDirectories(reports.resolve("outbox"));
        Files.createDirectories(reports.resolve(".2026-11-29.tmp-123"));
        Files.createDirectories(reports.resolve("2026-02-01")); // a folder without findings.json: skipped
        assertThat(PreviousAssessment.locate(reports, LocalDate.of(2026, 11, 29)))
                .contains(reports.resolve("2026-01-15").resolve("findings.json"));
    }

    @Test
    void comparesARerunWithTheLastRunOfTheSameDate() throws IOException {
        write("2026-01-15");
        write("2026-11-29");
        assertThat(PreviousAssessment.find(reports, LocalDate.of(2026, 11, 29))).map(a -> a.asOf())
                .contains(Fixtures.AS_OF);
    }

    @Test
    void findsNothingOnTheFirstRun() throws IOException {
        assertThat(PreviousAssessment.find(reports, Fixtures.AS_OF)).isEmpty();
        assertThat(PreviousAssessment.find(reports.resolve("missing"), Fixtures.AS_OF)).isEmpty();
    }

    @Test
    void namesAnUnreadablePreviousFile() throws IOException {
        Path dir = Files.createDirectories(reports.resolve("2026-01-15"));
        Files.writeString(dir.resolve("findings.json"), "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> PreviousAssessment.find(reports, Fixtures.AS_OF)).isInstanceOf(IOException.class)
                .hasMessageContaining("2026-01-15").hasMessageContaining("findings.json");
    }

    private void write(String date) throws IOException {
        Path dir = Files.createDirectories(reports.resolve(date));
        Files.writeString(dir.resolve("findings.json"), FindingsJson.write(Fixtures.assessment()));
    }
}
