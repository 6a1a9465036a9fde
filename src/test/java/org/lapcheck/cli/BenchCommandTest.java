package org.lapcheck.cli;

import org.lapcheck.app.Inputs;
import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.cli.bench.SyntheticReports;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.reference.ReferenceDataLoader;

/** {@code lap bench} in a smoke configuration: it runs, prints its table, and ends with the ratio line. */
class BenchCommandTest {

    @TempDir
    Path work;

    @Test
    void runsASmallConfigurationAndEndsWithTheRatio() {
        CliRun run = CliRun.of("bench", "--states", "4", "--years", "1,3", "--warmups", "0",
                "--runs", "1", "--work", work.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("assess/parse-only ratio: \\d+\\.\\d\\d");
        assertThat(run.out()).contains("knowledge base: ").contains("compile ").contains("load from cache ")
                .doesNotContain("the cache missed")
                .containsPattern("\\| 1 \\| 4 \\| \\d+ \\|").containsPattern("\\| 3 \\| 12 \\| \\d+ \\|")
                .contains("machine: ")
                .contains("collector time within each phase").contains("render by format")
                .contains("| years | reports | json | md | html | csv | sarif | junit |");
    }

    @Test
    void formatNarrowsTheRenderPhaseAndItsBreakdown() throws Exception {
        CliRun run = CliRun.of("bench", "--states", "3", "--years", "1", "--warmups", "0",
                "--runs", "1", "--format", "csv,json", "--work", work.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("| years | reports | json | csv |").doesNotContain("| html |");
        try (var written = Files.list(work.resolve("3x1/reports").toFile().listFiles()[0].toPath())) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".lapcheck-report", "explanations.json", "findings.csv", "findings.json", "indicators.csv");
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("bench", "--states", "3", "--years", "1", "--format", "pdf",
                "--work", work.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("unknown report format 'pdf'");
    }

    @Test
    void generatesReportsThatAreAllValid() throws Exception {
        ReferenceData reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        List<StateParty> states = BenchCommand.chooseStates(reference, 30);

        SyntheticReports.Generated data = SyntheticReports.write(TestProject.inputs().resolve("reference"), states,
                2008, 100, work.resolve("inputs"));

        assertThat(data.reports()).isEqualTo(3000);
        assertThat(data.lastYear()).isEqualTo(2107);
        Inputs in = Inputs.load(work.resolve("inputs"), work);
        assertThat(in.loaded()).hasSize(3000).allSatisfy(l -> assertThat(l.ok()).as("%s", l.problems()).isTrue());
        assertThat(in.loaded()).extracting(LoadResult::warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(in.anyInvalid()).isFalse();
        assertThat(Files.readString(work.resolve("inputs/submissions/2050/" + states.get(0).iso3() + ".yaml")))
                .startsWith("# SYNTHETIC");
    }
}
