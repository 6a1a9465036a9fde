package org.lapcheck.assess;

import java.util.List;
import java.util.Set;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;

/**
 * An assessment with what explains it: the explanation of each finding, and the ids of the rules whose
 * conclusions stand (a derived fact or finding of theirs is in the session at the end), and the rules that failed
 * (each also a finding; the rest was assessed without them).
 */
public record AssessmentResult(Assessment assessment, List<Explanation> explanations, Set<String> standingRuleIds,
        List<RuleFailure> ruleFailures) {

    public AssessmentResult {
        explanations = List.copyOf(explanations);
        standingRuleIds = Set.copyOf(standingRuleIds);
        ruleFailures = List.copyOf(ruleFailures);
    }
}
