package org.lapcheck.cli;

import org.lapcheck.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/**
 * The whole bundled assessment pinned: every finding id with its severity and kind, as of 2026-11-29. A change of the
 * rulebook or the inputs that adds, drops or re-grades a finding fails here until the list is updated on purpose
 * ({@code mvn test -Dgolden.update=true}, then review the diff: each line is a finding diplomats will read).
 */
class BundledAssessmentTest {

    static final Path PINNED = TestProject.home().resolve("src/test/resources/org/lapcheck/cli/bundled-assessment.tsv");

    @TempDir
    Path out;

    @Test
    void theBundledAssessmentRaisesExactlyThePinnedFindings() throws Exception {
        CliRun run = CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString(), "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) ((Map<String, Object>)
                org.lapcheck.findings.Json.parse(Files.readString(out.resolve("findings.json")))).get("findings");
        StringBuilder actual = new StringBuilder("# id\tseverity\tkind\n");
        findings.stream().map(f -> f.get("id") + "\t" + f.get("severity") + "\t" + f.get("kind")).sorted()
                .forEach(line -> actual.append(line).append('\n'));

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PINNED, actual);
        }
        assertThat(actual.toString()).as("the bundled assessment (mvn test -Dgolden.update=true rewrites %s)", PINNED)
                .isEqualTo(Files.readString(PINNED));
    }

    @Test
    void theSummaryListsReportsNotOnFileOneLinePerState() throws Exception {
        CliRun run = CliRun.of("assess", "--as-of", "2026-11-29", "--out", out.toString(), "--format", "md,html");
        assertThat(run.exit()).as(run.all()).isZero();
        String md = Files.readString(out.resolve("summary.md"));
        String albania = md.substring(md.indexOf("### Albania (ALB)"), md.indexOf("###", md.indexOf("### Albania (ALB)") + 3));
        assertThat(albania.lines().filter(line -> line.startsWith("- "))).singleElement().asString()
                .contains("Transparency reports not on file: 2024 (due 30 April 2025); 2025 (due 30 April 2026)")
                .contains("`T-ANNUAL-OVERDUE:ALB:2024`, `T-ANNUAL-OVERDUE:ALB:2025`");
        // the action page lists Albania once too, with both years
        String action43 = Files.readString(out.resolve("actions/43.html"));
        assertThat(action43.lines().filter(line -> line.contains("states/ALB.html"))).singleElement().asString()
                .contains("2024 (due 30 April 2025); 2025 (due 30 April 2026)");
    }
}
