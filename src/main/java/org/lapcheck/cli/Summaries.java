package org.lapcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Severity;

/** One-line terminal summaries. */
final class Summaries {

    private Summaries() {}

    /** " — critical 1, high 3, ..." (only the severities present), or "" when there are none. */
    static String bySeverity(Assessment a) {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            long n = a.count(s);
            if (n > 0) {
                parts.add(s.id() + " " + n);
            }
        }
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }
}
