package org.lapcheck.model;

import java.util.List;

/**
 * Why a finding was raised: the rule that fired, the LAP action and article, and the facts it matched with their
 * values and, where they came from a file, where. Short enough to paste into an e-mail.
 */
public record Explanation(
        String findingId,
        String ruleId,
        String rule,
        String ruleFile,
        int ruleLine,
        List<Integer> actions,
        String article,
        List<Binding> bindings) {

    public Explanation {
        actions = List.copyOf(actions);
        bindings = List.copyOf(bindings);
    }

    /** One matched fact or value: the rule's name for it, a short description, and its source when known. */
    public record Binding(String name, String value, String source) {}
}
