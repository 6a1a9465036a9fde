package org.lapcheck.assess.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.RuleInfo;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Problem;

/**
 * The rulebook's conventions that the compiler cannot see: every rule has its cases file beside it, naming it,
 * with at least one case where it fires and one where it stays silent; and every LAP action is judged by a rule
 * or carries the reason none can judge it.
 */
public final class RuleConventions {

    private RuleConventions() {}

    public static List<String> ruleProblems(Rulebook rulebook, List<RuleCaseFile> caseFiles) {
        List<String> problems = new ArrayList<>();
        Map<String, RuleCaseFile> byRuleFile = caseFiles.stream()
                .collect(Collectors.toMap(RuleCaseFile::ruleFile, Function.identity(), (a, b) -> a));
        for (RuleCaseFile f : caseFiles) {
            for (Problem p : f.problems()) {
                if (p.isError()) {
                    problems.add(p.toString());
                }
            }
            if (rulebook.rules().stream().noneMatch(r -> r.file().equals(f.ruleFile()))) {
                problems.add(f.file() + ": no rule file " + f.ruleFile() + " beside it");
            }
        }
        for (RuleInfo rule : rulebook.rules()) {
            RuleCaseFile cases = byRuleFile.get(rule.file());
            String expected = rule.file().replaceFirst("\\.drl$", RuleCaseReader.SUFFIX);
            if (cases == null) {
                problems.add(rule.file() + ":" + rule.line() + ": rule " + rule.id() + " has no cases file " + expected);
                continue;
            }
            if (!rule.id().equals(cases.ruleId())) {
                problems.add(cases.file() + ": names rule " + cases.ruleId() + " but the rule beside it is " + rule.id());
                continue;
            }
            boolean fires = cases.cases().stream().anyMatch(c -> c.fires().contains(rule.id()));
            boolean silent = cases.cases().stream().anyMatch(c -> !c.fires().contains(rule.id()));
            if (!fires) {
                problems.add(cases.file() + ": no case where " + rule.id() + " fires");
            }
            if (!silent) {
                problems.add(cases.file() + ": no case where " + rule.id() + " stays silent");
            }
        }
        return problems;
    }

    /** LAP actions that no finding rule judges and that carry no {@code not_judgeable} reason. */
    public static List<LapAction> unaccountedActions(Rulebook rulebook) {
        var covered = rulebook.actionsCovered();
        return rulebook.catalogue().all().stream()
                .filter(a -> !covered.contains(a.number()))
                .filter(a -> a.notJudgeable() == null || a.notJudgeable().isBlank())
                .toList();
    }
}
