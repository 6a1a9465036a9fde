package org.lapcheck.assess;

import java.util.List;
import java.util.Set;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;

/** An assessment with what explains it: the explanation of each finding and the ids of every rule that fired. */
public record AssessmentResult(Assessment assessment, List<Explanation> explanations, Set<String> firedRuleIds) {

    public AssessmentResult {
        explanations = List.copyOf(explanations);
        firedRuleIds = Set.copyOf(firedRuleIds);
    }
}
