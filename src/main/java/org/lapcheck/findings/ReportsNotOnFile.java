package org.lapcheck.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.lapcheck.model.Finding;

/**
 * "Report not on file" findings: one per state and year in findings.json, read as one line per state in pages and
 * digests. The one place that says which rules they are and how they gather, for the reports and the e-mails alike.
 */
public final class ReportsNotOnFile {

    /** The rules whose findings say a transparency report is not on file. */
    public static final Set<String> RULES = Set.of("T-ANNUAL-OVERDUE", "T-ANNUAL-OVERDUE-OBLIGATED", "T-INIT-OVERDUE");

    private ReportsNotOnFile() {}

    public static boolean is(Finding f) {
        return RULES.contains(f.ruleId());
    }

    /** A state's findings in the order of the years they are about, the initial report (no year) first. */
    public static List<Finding> byYear(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(f -> f.year() == null ? 0 : f.year())).toList();
    }

    /** The findings by state code (in code order), each state's in the order of its years. */
    public static Map<String, List<Finding>> byState(List<Finding> findings) {
        Map<String, List<Finding>> byState = new TreeMap<>();
        findings.forEach(f -> byState.computeIfAbsent(Objects.toString(f.state(), ""), k -> new ArrayList<>()).add(f));
        byState.replaceAll((state, fs) -> byYear(fs));
        return byState;
    }
}
