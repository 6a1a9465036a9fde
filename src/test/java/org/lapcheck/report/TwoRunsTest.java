package org.lapcheck.report;

import org.lapcheck.findings.Change;
import org.lapcheck.app.PreviousAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Assessment;

/** As the CLI runs it: find the previous assessment, render every format, write the folder atomically; twice. */
class TwoRunsTest {

    @TempDir
    Path reports;

    @Test
    void theSecondRunShowsWhatChangedSinceTheFirst() throws IOException {
        Path folder = run(Fixtures.assessment());
        String first = Files.readString(folder.resolve("summary.md"), StandardCharsets.UTF_8);
        assertThat(first).doesNotContain("Change since");
        assertThat(Files.readString(folder.resolve("findings.json"))).doesNotContain("\"change\"");

        run(Fixtures.assessment());
        String second = Files.readString(folder.resolve("summary.md"), StandardCharsets.UTF_8);
        assertThat(second.lines().filter(l -> l.startsWith("#")).limit(2).toList()).containsExactly(
                "# Lausanne Action Plan assessment as of 29 November 2026", "## Change since 29 November 2026");
        assertThat(second).contains("New: 0 · persisting: 10 · resolved: 0.");

        Assessment fixed = new Assessment(Fixtures.AS_OF, Fixtures.provenance(), Fixtures.STATES,
                Fixtures.assessment().findings().stream().filter(f -> !f.id().equals("T-INIT-OVERDUE:NGA")).toList(),
                Fixtures.assessment().indicators());
        run(fixed);
        String third = Files.readString(folder.resolve("summary.md"), StandardCharsets.UTF_8);
        assertThat(third).contains("New: 0 · persisting: 9 · resolved: 1.").contains("Resolved since then:");
        assertThat(Files.readString(folder.resolve("findings.csv"))).contains("T-INIT-OVERDUE:NGA,resolved");
        assertThat(Files.readString(folder.resolve("index.html"))).contains("class=\"badge change-persisting\"");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("2026-11-29");
        }
    }

    @Test
    void writesEveryFormatsFilesIntoTheAsOfFolder() throws IOException {
        Path folder = run(Fixtures.assessment());
        assertThat(folder.resolve("findings.json")).exists();
        assertThat(folder.resolve("explanations.json")).exists();
        assertThat(folder.resolve("summary.md")).exists();
        assertThat(folder.resolve("states/DEU.md")).exists();
        assertThat(folder.resolve("index.html")).exists();
        assertThat(folder.resolve("states/DEU.html")).exists();
        assertThat(folder.resolve("actions/43.html")).exists();
        assertThat(folder.resolve("charts/membership.svg")).exists();
        assertThat(folder.resolve("findings.csv")).exists();
        assertThat(folder.resolve("indicators.csv")).exists();
        assertThat(folder.resolve("findings.sarif")).exists();
        assertThat(folder.resolve("junit.xml")).exists();
    }

    private Path run(Assessment assessment) throws IOException {
        Assessment previous = PreviousAssessment.find(reports, assessment.asOf()).orElse(null);
        ReportContext context = new ReportContext(assessment, Fixtures.explanations(), Fixtures.actionTitles(),
                Locale.ENGLISH, previous, Fixtures.stateNames(), Fixtures.partiesPerYear(), Fixtures.ruleMessages());
        Path target = reports.resolve(assessment.asOf().toString());
        new ReportWriter(Renderers.forFormats(null)).write(context, target);
        return target;
    }

}
