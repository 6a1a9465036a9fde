package org.lapcheck.assess.cases;

import java.util.Set;

/**
 * The result of running one case: what was expected and what fired, within the rule's section folder.
 *
 * @param error why the case could not run (a report it sets up does not load), or null
 */
public record CaseOutcome(String file, int line, String ruleId, String name, Set<String> expected, Set<String> fired,
        String error, java.util.List<String> unmet) {

    public CaseOutcome {
        unmet = java.util.List.copyOf(unmet);
    }

    public CaseOutcome(String file, int line, String ruleId, String name, Set<String> expected, Set<String> fired, String error) {
        this(file, line, ruleId, name, expected, fired, error, java.util.List.of());
    }

    public boolean passed() {
        return error == null && expected.equals(fired) && unmet.isEmpty();
    }

    /** {@code file:line: ok|FAIL rule — sentence}, with what differed. */
    public String describe() {
        String head = file + ":" + line + ": " + (passed() ? "ok   " : "FAIL ") + ruleId + " — " + name;
        if (error != null) {
            return head + System.lineSeparator() + "      cannot run: " + error;
        }
        if (!expected.equals(fired)) {
            return head + System.lineSeparator() + "      expected " + expected + System.lineSeparator() + "      fired    " + fired;
        }
        if (!unmet.isEmpty()) {
            return head + unmet.stream().map(u -> System.lineSeparator() + "      " + u).collect(java.util.stream.Collectors.joining());
        }
        return head;
    }
}
