package org.lapcheck.app;

import java.nio.file.Path;
import java.util.List;
import org.lapcheck.assess.cases.CaseOutcome;
import org.lapcheck.assess.cases.CaseRunner;
import org.lapcheck.assess.cases.RuleCaseFile;
import org.lapcheck.assess.cases.RuleCaseReader;
import org.lapcheck.assess.cases.RuleConventions;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.ReferenceData;

/**
 * The rule-case job: every case beside the rules ({@code rules/**}{@code /<id>.cases.yaml}) run on the real rulebook,
 * with the real reference data and submission loader, and the rulebook's conventions checked. {@code lap rules test}
 * prints it; the test suite asserts it case by case.
 */
public final class RuleCasesJob {

    /**
     * @param ruleProblems       conventions a rule breaks (no case that fires, none that stays silent, ...)
     * @param unaccountedActions LAP actions with no rule and no reason why none can judge them
     */
    public record Outcome(Rulebook rulebook, List<RuleCaseFile> files, List<CaseOutcome> cases, List<String> ruleProblems,
            List<LapAction> unaccountedActions) {

        public long passed() {
            return cases.stream().filter(CaseOutcome::passed).count();
        }

        /** Cases that failed, and each convention broken. */
        public long failed() {
            return cases.size() - passed() + ruleProblems.size() + unaccountedActions.size();
        }
    }

    private RuleCasesJob() {}

    /** @throws RulebookException when the rulebook does not compile (no case is run then) */
    public static Outcome run(Workspace ws, Path rulesDir, Path inputsDir) throws RulebookException {
        Rulebook rulebook = Rulebooks.load(ws, rulesDir);
        ReferenceData reference = Inputs.reference(inputsDir, ws.home());
        List<RuleCaseFile> files = new RuleCaseReader(ws.home()).readAll(rulesDir);
        CaseRunner runner = new CaseRunner(rulebook, reference, Inputs.loader(reference, ws.home()));
        List<CaseOutcome> cases = files.stream().flatMap(f -> runner.run(f).stream()).toList();
        return new Outcome(rulebook, files, cases, RuleConventions.ruleProblems(rulebook, files),
                RuleConventions.unaccountedActions(rulebook));
    }
}
