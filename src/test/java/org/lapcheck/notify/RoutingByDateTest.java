package org.lapcheck.notify;

import org.lapcheck.CliRun;
import org.lapcheck.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.cli.ExitCodes;
import org.lapcheck.cli.Main;
import org.lapcheck.model.Finding;
import org.lapcheck.findings.FindingsJson;

/**
 * Terms of office end to end, in process: the project's rules and inputs with a machinery file holding two
 * successive presidencies, assessed for real on dates inside each term and before both, then routed by
 * {@code ./lap notify --dry-run}. The rules and the digests must name the holders of the as-of date.
 */
class RoutingByDateTest {

    /** The Philippines' presidency up to the close of the 13MSP, the Lao presidency from then (the file's term). */
    static final String MACHINERY = """
            format: lapcheck-machinery/1
            term: 3RC presidency
            term_start: 2025-09-19
            term_end: 2026-09-18
            offices:
              - role: president
                holder: PHL
                email: president-phl@example.org
                mandates: [compliance, early_warning]
                from: 2024-09-13
                until: 2025-09-19
              - role: president
                holder: LAO
                email: president-lao@example.org
                mandates: [compliance, early_warning]
              - role: president_outgoing
                holder: MEX
                email: outgoing-mex@example.org
                from: 2024-09-13
                until: 2025-09-19
              - role: president_outgoing
                holder: PHL
                email: outgoing-phl@example.org
              - role: president_designate
                holder: LAO
                email: designate-lao@example.org
                from: 2024-09-13
                until: 2025-09-19
              - role: coordinator
                area: clearance
                holder: ITA
                email: coord-clearance-ita@example.org
                from: 2024-09-13
            """;

    @TempDir
    static Path home;


    static CliRun run(String... args) {
        // the copied project is handed in as the workspace: no JVM-wide property is set
        return CliRun.in(Workspace.of(home, "off"), args);
    }

    @BeforeAll
    static void assessACopyOfTheProjectOnThreeDates() throws IOException {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
        Files.writeString(home.resolve("inputs/reference/machinery.yaml"), MACHINERY, StandardCharsets.UTF_8);
        for (String date : List.of("2025-06-01", "2026-03-01", "2024-06-01")) {
            CliRun assess = run("assess", "--as-of", date, "--format", "json", "--out", report(date).toString());
            assertThat(assess.exit()).as(assess.err()).isEqualTo(ExitCodes.OK);
        }
    }


    private static Path report(String date) {
        return home.resolve("reports/" + date);
    }

    private static CliRun notify(String date) {
        return run("notify", "--dry-run", "--assessment", report(date).toString(), "--outbox",
                home.resolve("outbox").toString());
    }

    private static List<Finding> machineryFindings(String date) throws IOException {
        return FindingsJson.read(Files.readString(report(date).resolve("findings.json"), StandardCharsets.UTF_8))
                .findings().stream().filter(f -> "machinery".equals(f.area())).toList();
    }

    @Test
    void anAssessmentInsideTheEarlierTermGoesToTheEarlierHolders() throws IOException {
        CliRun r = notify("2025-06-01");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("offices held on 2025-06-01")
                .containsPattern("presidency-phl +president-phl@example.org")
                .containsPattern("troika-president-outgoing-mex +outgoing-mex@example.org")
                .containsPattern("troika-president-designate-lao +designate-lao@example.org")
                .doesNotContain("president-lao@example.org", "outgoing-phl@example.org");
        assertThat(r.err()).doesNotContain("no holder");
        // The troika was complete then: the rules judged that date's machinery, not today's.
        assertThat(machineryFindings("2025-06-01")).extracting(Finding::ruleId)
                .doesNotContain("M-TROIKA-MISSING", "M-TROIKA-VACANT", "M-COMPLIANCE-MANDATE");
    }

    @Test
    void anAssessmentInsideTheLaterTermGoesToTheLaterHolders() throws IOException {
        CliRun r = notify("2026-03-01");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).containsPattern("presidency-lao +president-lao@example.org")
                .containsPattern("troika-president-outgoing-phl +outgoing-phl@example.org")
                .containsPattern("coordinator-clearance-ita +coord-clearance-ita@example.org")
                .doesNotContain("president-phl@example.org", "outgoing-mex@example.org", "designate-lao@example.org");
        // The designate's only recorded term ended at the close of the 13MSP: vacant on this date, and said so.
        assertThat(r.err()).contains("not addressed: troika-president-designate: the machinery records no holder of "
                + "the president designate on 2026-03-01, only for other dates");
        assertThat(machineryFindings("2026-03-01")).filteredOn(f -> "M-TROIKA-MISSING".equals(f.ruleId()))
                .extracting(f -> f.params().get("subject")).containsExactly("president_designate");
    }

    @Test
    void anAssessmentBeforeEveryRecordedTermSaysNoOneHeldTheOffices() throws IOException {
        CliRun r = notify("2024-06-01");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("@example.org");
        assertThat(r.err()).contains(
                "not addressed: presidency: the machinery records no holder of the president on 2024-06-01, only for other dates",
                "not addressed: troika-president: the machinery records no holder of the president on 2024-06-01",
                "not addressed: troika-president-outgoing: the machinery records no holder of the president outgoing on 2024-06-01",
                "not addressed: coordinator-clearance: the machinery records no holder of the coordinator for clearance on 2024-06-01",
                "reach no one by name");
        List<Finding> findings = machineryFindings("2024-06-01");
        assertThat(findings).filteredOn(f -> "M-TROIKA-MISSING".equals(f.ruleId()))
                .extracting(f -> f.params().get("subject"))
                .containsExactlyInAnyOrder("president", "president_outgoing", "president_designate");
        assertThat(findings).filteredOn(f -> "M-TROIKA-MISSING".equals(f.ruleId()))
                .allSatisfy(f -> assertThat(f.message()).contains("machinery for the term in force on 2024-06-01"));
    }
}
