package org.lapcheck.assess.cases;

import java.util.List;
import org.lapcheck.model.Problem;

/** A rule's cases file: the rule it is for, its cases, and any problem reading it. */
public record RuleCaseFile(String file, String ruleFile, String ruleId, List<RuleCase> cases, List<Problem> problems) {

    public RuleCaseFile {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }
}
