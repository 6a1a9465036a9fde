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
    // The English wording; French and Spanish are in rules/i18n under RULE-FAILED.*, with the same placeholders. Every
    // param is a name, a code or a fixed phrase (where: consequence or condition; scope: a state's name or one of
    // two phrases), never an English fragment, so a translation can word each (value.<phrase> in the catalogue).
    static final String TITLE = "a rule of the rulebook failed (no LAP action: a rulebook error)";
    static final String MESSAGE = "Rule {rule} failed in its {where} ({cause}), so what it judges has not been "
            + "assessed for {scope}. The rulebook needs correcting at {file}; every other rule and state was assessed.";
    static final String EXPECTED = "rule {rule} runs to its end";
    static final String ACTUAL = "it failed: {cause}";
    /** The scope of a failed condition: the rule was left out of the whole session. */
    static final String EVERYONE = "any state or the convention's machinery";
    /** The scope of a failed consequence whose facts name no state. */
    static final String THOSE_FACTS = "the facts it matched";

    private RuleFailureFindings() {}

    static Finding of(RuleFailure failure, Map<String, String> stateNames) {
        Map<String, String> params = new LinkedHashMap<>();
        if (failure.iso3() != null) {
            params.put("state", stateNames.getOrDefault(failure.iso3(), failure.iso3()));
            params.put("iso3", failure.iso3());
        }
        params.put("rule", failure.ruleId());
        params.put("where", failure.where());
        params.put("scope", failure.iso3() != null ? params.get("state")
                : "condition".equals(failure.where()) ? EVERYONE : THOSE_FACTS);
        params.put("cause", failure.cause());
        params.put("file", failure.ruleFile() + ":" + failure.ruleLine());
        return new Finding(FindingIds.of(RULE_ID, failure.iso3(), null, failure.ruleId()), RULE_ID, TITLE, null,
                List.of(), null, failure.iso3(), null, Severity.HIGH, FindingKind.INPUT_ERROR, "general_status",
                MessageTemplate.fill(MESSAGE, params, Locale.ENGLISH), MessageTemplate.fill(EXPECTED, params, Locale.ENGLISH),
                MessageTemplate.fill(ACTUAL, params, Locale.ENGLISH),
                List.of(new Evidence(failure.ruleFile(), null, failure.ruleLine(), null)), List.of("general_status"), params);
    }
}
