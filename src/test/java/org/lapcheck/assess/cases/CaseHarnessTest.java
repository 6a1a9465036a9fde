package org.lapcheck.assess.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionLoader;

/** The case harness's own promises: a shared given block, and assertions on a finding's message and evidence path. */
class CaseHarnessTest {

    private static final String CASES = """
            rule: A3-DEADLINE-PASSED
            given:
              as_of: 2020-06-01
              reports:
                - iso3: GNB
                  year: 2018
                  report: {submitted: 2019-04-20, form: revised-2022}
                  stockpile: {held: true, remaining: {munitions: 138, submunitions: 20286}, plan: {exists: true}, methods_meet_standards: true}
            cases:
              - name: fires with the given world
                fires: [A3-DEADLINE-PASSED]
                findings:
                  - {rule: A3-DEADLINE-PASSED, message: "%s", path: %s}
              - name: stays silent when the case replaces the given reports
                reports:
                  - iso3: GNB
                    year: 2019
                    report: {submitted: 2020-04-20, form: revised-2022}
                    stockpile: {held: true, remaining: {munitions: 138, submunitions: 20286}, plan: {exists: true}, methods_meet_standards: true}
                fires: [A3-LATE]
            """;

    static Rulebook rulebook;
    static CaseRunner runner;

    @TempDir
    Path rules;

    @BeforeAll
    static void load() throws Exception {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
        ReferenceData reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        runner = new CaseRunner(rulebook, reference, new SubmissionLoader(TestProject.home(),
                reference.membership().stream().map(StateParty::iso3).collect(java.util.stream.Collectors.toSet())));
    }

    private List<CaseOutcome> run(String message, String path) throws Exception {
        Path file = Files.createDirectories(rules.resolve("04-stockpile")).resolve("a3-deadline-passed.cases.yaml");
        Files.writeString(file, CASES.formatted(message, path));
        RuleCaseFile cases = new RuleCaseReader(rules).read(rules, file);
        assertThat(cases.problems()).isEmpty();
        return runner.run(cases);
    }

    @Test
    void everyCaseTakesTheGivenWorldUnlessItSetsItsOwn() throws Exception {
        List<CaseOutcome> outcomes = run("has passed", "stockpile.remaining");
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.passed()).as(o.describe()).isTrue());
    }

    @Test
    void aCaseFailsWhenTheFindingSaysSomethingElse() throws Exception {
        CaseOutcome outcome = run("the deadline was missed", "stockpile.remaining").get(0);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.describe()).contains("no A3-DEADLINE-PASSED finding saying \"the deadline was missed\"")
                .contains("it says: The Article 3 deadline in force for Guinea-Bissau");
    }

    @Test
    void aCaseFailsWhenTheEvidenceIsElsewhere() throws Exception {
        CaseOutcome outcome = run("has passed", "stockpile.plan").get(0);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.describe()).contains("with evidence at stockpile.plan");
    }
}
