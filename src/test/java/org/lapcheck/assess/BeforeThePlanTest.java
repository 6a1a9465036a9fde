package org.lapcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.Finding;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionLoader;

/**
 * An assessment dated before the LAP was adopted (21 September 2021) cites no LAP action as applying: its findings
 * rest on the treaty article, carry no action, and say the period is before the LAP; from the adoption on, they cite
 * the action as the project's reading where its wording is not verified (issue #10, classes 5 and 7).
 */
class BeforeThePlanTest {

    private static Rulebook rulebook;
    private static ReferenceData reference;
    private static SubmissionLoader loader;

    @BeforeAll
    static void load() throws Exception {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
        reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        loader = new SubmissionLoader(TestProject.home(),
                reference.membership().stream().map(StateParty::iso3).collect(java.util.stream.Collectors.toSet()));
    }

    private static Finding lateReport(LocalDate asOf, int year) {
        String text = """
                format: lap-self-report/1
                state: {iso3: DEU}
                report: {kind: annual, covers: %d, submitted: %d-05-20, form: revised-2022}
                """.formatted(year, year + 1);
        SelfReport report = loader.loadText("DEU.yaml", text, year, "DEU").report();
        AssessmentResult result = new Assessor(rulebook, "test").assess(new AssessmentInput(asOf, reference,
                List.of(report), List.of(), Set.of(year), List.of()));
        return result.assessment().findings().stream().filter(f -> f.ruleId().equals("T-ANNUAL-LATE")).findFirst().orElseThrow();
    }

    @Test
    void aFindingDatedBeforeTheLapCarriesNoActionAndSaysSo() {
        Finding f = lateReport(LocalDate.of(2021, 9, 20), 2019);
        assertThat(f.action()).isNull();
        assertThat(f.actions()).isEmpty();
        assertThat(f.rule()).endsWith("(dated before the LAP)");
        assertThat(f.message()).contains("Art. 7.2, a period before the Lausanne Action Plan").doesNotContain("LAP Action 43");
    }

    @Test
    void fromTheDayOfAdoptionTheActionIsCitedAsTheProjectsReading() {
        Finding f = lateReport(LocalDate.of(2021, 9, 21), 2019);
        assertThat(f.action()).isEqualTo(43);
        assertThat(f.message()).contains("(Art. 7.2, the project's reading of LAP Action 43)");
    }
}
