package org.lapcheck.assess.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lapcheck.TestProject;
import org.lapcheck.app.RuleCasesJob;
import org.lapcheck.app.Workspace;

/**
 * Every case of every rule under rules/, on the real rulebook, asserting the exact set of rules fired: the job
 * {@code lap rules test} runs, here case by case.
 */
class RuleCasesTest {

    static RuleCasesJob.Outcome done;

    @BeforeAll
    static void run() throws Exception {
        done = RuleCasesJob.run(Workspace.of(TestProject.home(), "off"), TestProject.rules(), TestProject.inputs());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFiresExactlyTheRulesItNames() {
        return done.cases().stream().map(o -> DynamicTest.dynamicTest(
                o.ruleId() + ": " + o.name(), () -> assertThat(o.passed()).as(o.describe()).isTrue()));
    }

    @Test
    void everyRuleHasCasesThatFireAndStaySilent() {
        assertThat(done.ruleProblems()).isEmpty();
    }

    @Test
    void everyLapActionIsJudgedByARuleOrSaysWhyNoRuleCan() {
        assertThat(done.unaccountedActions()).extracting(a -> a.number()).isEmpty();
    }

    @Test
    void casesExistForTheRulebook() {
        assertThat(done.files()).hasSizeGreaterThanOrEqualTo(done.rulebook().rules().size());
        assertThat(done.cases()).hasSizeGreaterThanOrEqualTo(2 * done.rulebook().findingRules().size());
    }
}
