package org.lapcheck.assess.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lapcheck.TestProject;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookLoader;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionLoader;

/** Every case of every rule under rules/, on the real rulebook, asserting the exact set of rules fired. */
class RuleCasesTest {

    static Rulebook rulebook;
    static ReferenceData reference;
    static List<RuleCaseFile> files;

    @BeforeAll
    static void load() throws Exception {
        rulebook = new RulebookLoader(TestProject.home()).load(TestProject.rules());
        reference = ReferenceDataLoader.load(TestProject.inputs(), TestProject.home());
        files = new RuleCaseReader(TestProject.home()).readAll(TestProject.rules());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFiresExactlyTheRulesItNames() {
        SubmissionLoader loader = new SubmissionLoader(TestProject.home(),
                reference.membership().stream().map(StateParty::iso3).collect(java.util.stream.Collectors.toSet()));
        CaseRunner runner = new CaseRunner(rulebook, reference, loader);
        return files.stream().flatMap(f -> runner.run(f).stream()).map(o -> DynamicTest.dynamicTest(
                o.ruleId() + ": " + o.name(), () -> assertThat(o.passed()).as(o.describe()).isTrue()));
    }

    @Test
    void everyRuleHasCasesThatFireAndStaySilent() {
        assertThat(RuleConventions.ruleProblems(rulebook, files)).isEmpty();
    }

    @Test
    void everyLapActionIsJudgedByARuleOrSaysWhyNoRuleCan() {
        assertThat(RuleConventions.unaccountedActions(rulebook)).extracting(a -> a.number()).isEmpty();
    }

    @Test
    void casesExistForTheRulebook() {
        assertThat(files).hasSizeGreaterThanOrEqualTo(rulebook.rules().size());
    }
}
