package org.lapcheck.assess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Problem;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UnreadableReport;

/**
 * Findings for submissions that could not be read: each lists every error with its line and column, and says how
 * to put it right. No LAP action covers them (action null), so the rule says so.
 */
final class InputErrors {

    // Its French and Spanish wording is in rules/i18n, with the rules' own.
    static final String RULE_ID = "INPUT-UNREADABLE";
    private static final String TEMPLATE = "The report of {state} covering {year} could not be read ({count} problem(s); "
            + "the first at line {line}, column {column}: {first}), so it has not been assessed. Correcting the file "
            + "(./lap validate lists every problem) lets it be assessed in the next run.";

    private InputErrors() {}

    static Finding of(UnreadableReport u, Map<String, String> stateNames) {
        List<Problem> errors = u.problems().stream().filter(Problem::isError).toList();
        Problem first = errors.isEmpty() ? null : errors.get(0);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("state", stateNames.getOrDefault(u.iso3(), u.iso3()));
        params.put("iso3", u.iso3());
        params.put("year", String.valueOf(u.year()));
        params.put("count", String.valueOf(errors.size()));
        params.put("line", first == null ? "1" : String.valueOf(first.line()));
        params.put("column", first == null ? "1" : String.valueOf(first.column()));
        params.put("first", first == null ? "unknown" : first.message());
        List<Evidence> evidence = errors.stream()
                .map(p -> new Evidence(u.file(), null, p.line(), p.column())).toList();
        return new Finding(FindingIds.of(RULE_ID, u.iso3(), u.year(), null), RULE_ID,
                "submission could not be read (no LAP action: an input error)", null, List.of(), "Art. 7", u.iso3(),
                u.year(), Severity.MEDIUM, FindingKind.INPUT_ERROR, "transparency",
                MessageTemplate.fill(TEMPLATE, params, Locale.ENGLISH), "a readable report in format lap-self-report/1",
                MessageTemplate.fill("{count} error(s)", params, Locale.ENGLISH), evidence.isEmpty() ? List.of(Evidence.ofFile(u.file())) : evidence,
                List.of("transparency"), params);
    }
}
