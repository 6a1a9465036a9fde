package org.lapcheck.assess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/**
 * The finding that stands for a rule that failed: what it would have judged is unknown, so it says so, names the
 * rule and where it failed, and is an error (kind {@code input_error}: nothing could be judged) rather than a gap.
 */
final class RuleFailureFindings {

    static final String RULE_ID = "RULE-FAILED";
    private static final String TEMPLATE = "Rule {rule} failed in its {where}{on} ({cause}), so what it judges has not "
            + "been assessed{for}. The rulebook needs correcting at {file}; every other rule and state was assessed.";

    private RuleFailureFindings() {}

    static Finding of(RuleFailure failure, Map<String, String> stateNames) {
        Map<String, String> params = new LinkedHashMap<>();
        if (failure.iso3() != null) {
            params.put("state", stateNames.getOrDefault(failure.iso3(), failure.iso3()));
            params.put("iso3", failure.iso3());
        }
        params.put("rule", failure.ruleId());
        params.put("where", failure.where());
        params.put("on", failure.iso3() == null ? "" : " on the facts of " + params.get("state"));
        params.put("for", failure.iso3() == null ? "" : " for " + params.get("state"));
        params.put("cause", failure.cause());
        params.put("file", failure.ruleFile() + ":" + failure.ruleLine());
        return new Finding(FindingIds.of(RULE_ID, failure.iso3(), null, failure.ruleId()), RULE_ID,
                "a rule of the rulebook failed (no LAP action: a rulebook error)", null, List.of(), null,
                failure.iso3(), null, Severity.HIGH, FindingKind.INPUT_ERROR, "general_status",
                MessageTemplate.fill(TEMPLATE, params, Locale.ENGLISH), "rule " + failure.ruleId() + " runs to its end",
                "it failed: " + failure.cause(), List.of(new Evidence(failure.ruleFile(), null, failure.ruleLine(), null)), List.of("general_status"), params);
    }
}
