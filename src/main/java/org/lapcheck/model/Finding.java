package org.lapcheck.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One observation about one state (or about the convention's machinery when {@code state} is null), in the
 * shape of the findings.json contract. {@code action} is the first LAP action the rule names; {@code actions}
 * all of them.
 *
 * @param id        stable fingerprint: rule id, state, year and subject; never a line number
 * @param ruleId    the rule's stable id, e.g. {@code T-ANNUAL-OVERDUE}
 * @param rule      the rule's name as a sentence, e.g. "annual report overdue"
 * @param article   the treaty article the rule rests on, e.g. "Art. 7.2"
 * @param params    the values the message was filled with (dates as ISO text), so it can be worded again in
 *                  another language
 * @param acknowledged           the machinery's decision that applies to it on the as-of date, or null
 * @param expiredAcknowledgement a decision that covered it and lapsed before the as-of date, or null
 */
public record Finding(
        String id,
        String ruleId,
        String rule,
        Integer action,
        List<Integer> actions,
        String article,
        String state,
        Integer year,
        Severity severity,
        FindingKind kind,
        String area,
        String message,
        String expected,
        String actual,
        List<Evidence> evidence,
        List<String> recipients,
        Map<String, String> params,
        Acknowledgement acknowledged,
        Acknowledgement expiredAcknowledgement) {

    /** A finding nobody has acknowledged, as the rules raise it. */
    public Finding(String id, String ruleId, String rule, Integer action, List<Integer> actions, String article,
            String state, Integer year, Severity severity, FindingKind kind, String area, String message, String expected,
            String actual, List<Evidence> evidence, List<String> recipients, Map<String, String> params) {
        this(id, ruleId, rule, action, actions, article, state, year, severity, kind, area, message, expected, actual,
                evidence, recipients, params, null, null);
    }

    public Finding {
        actions = actions == null ? List.of() : List.copyOf(actions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * By id, which names the rule, the state, the year and the subject: findings are facts in the session, hashed at
     * every insertion, and a record's own hash would walk every message, list and map. Equal findings have equal ids,
     * so this agrees with the record's equals.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    /** The same finding with the machinery's decision on it: one that applies, or one that lapsed (or neither). */
    public Finding withAcknowledgement(Acknowledgement applies, Acknowledgement lapsed) {
        return new Finding(id, ruleId, rule, action, actions, article, state, year, severity, kind, area, message,
                expected, actual, evidence, recipients, params, applies == null ? null : applies.decision(),
                lapsed == null ? null : lapsed.decision());
    }

    public boolean isAcknowledged() {
        return acknowledged != null;
    }

    /** {@code file:line:column} of the first evidence, for one-line displays. */
    public String where() {
        return evidence.isEmpty() ? "" : evidence.get(0).location();
    }
}
