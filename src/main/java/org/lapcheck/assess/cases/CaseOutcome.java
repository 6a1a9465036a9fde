package org.lapcheck.assess.cases;

import java.util.Set;

/**
 * The result of running one case: what was expected and what fired, within the rule's section folder.
 *
 * @param error why the case could not run (a report it sets up does not load), or null
 */
public record CaseOutcome(String file, int line, String ruleId, String name, Set<String> expected, Set<String> fired,
        String error) {

    public boolean passed() {
        return error == null && expected.equals(fired);
    }

    /** {@code file:line: ok|FAIL rule — sentence}, with what differed. */
    public String describe() {
        String head = file + ":" + line + ": " + (passed() ? "ok   " : "FAIL ") + ruleId + " — " + name;
        if (error != null) {
            return head + System.lineSeparator() + "      cannot run: " + error;
        }
        if (!passed()) {
            return head + System.lineSeparator() + "      expected " + expected + System.lineSeparator() + "      fired    " + fired;
        }
        return head;
    }
}
