package org.lapcheck.assess.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case: a sentence, the world it sets up and the rules expected to fire.
 *
 * @param states     states in the case's world beyond those that have reports (e.g. one whose report is missing)
 * @param membership rows that replace or add to the real membership data for this case (iso3, entry_into_force…)
 * @param meetings   meetings added to the real calendar
 * @param machinery  the machinery for this case, in the machinery.yaml shape, or null for none
 * @param register   the register of instances of use for this case, its {@code instances} in the use-register.yaml
 *                   shape, or null for none (the real register is never in a case's world)
 * @param fires      the exact set of rules of the case file's section folder expected to fire
 * @param findings   what given findings must say: a fragment of the message, the evidence path
 */
public record RuleCase(
        String name,
        int line,
        LocalDate asOf,
        List<String> states,
        List<Map<String, Object>> membership,
        List<Map<String, Object>> meetings,
        Map<String, Object> machinery,
        Map<String, Object> register,
        List<CaseReport> reports,
        List<CaseReport> unreadable,
        Set<String> fires,
        List<FindingExpectation> findings) {

    public RuleCase {
        findings = List.copyOf(findings);
    }

    /**
     * A finding of {@code rule} must stand whose English message contains {@code message} (when given) and whose
     * evidence names {@code path} (when given).
     */
    public record FindingExpectation(String rule, String message, String path, int line) {}

    /** A report in the case's world: the state, the year it covers, and its body in the self-report format. */
    public record CaseReport(String iso3, int year, Map<String, Object> body, int line) {}
}
