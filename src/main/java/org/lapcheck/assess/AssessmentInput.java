package org.lapcheck.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.UnreadableReport;

/**
 * Everything one assessment judges.
 *
 * @param trackedYears reporting years under assessment; the cycle year of {@code asOf} is always added
 * @param unreadable   submission files that exist but could not be read (never counted as missing)
 * @param inputs       every input file with its hash, for provenance
 */
public record AssessmentInput(
        LocalDate asOf,
        ReferenceData reference,
        List<SelfReport> reports,
        List<UnreadableReport> unreadable,
        Set<Integer> trackedYears,
        List<InputFile> inputs) {

    public AssessmentInput {
        reports = List.copyOf(reports);
        unreadable = List.copyOf(unreadable);
        trackedYears = Set.copyOf(trackedYears);
        inputs = List.copyOf(inputs);
    }

    /**
     * The reporting years the inputs track: every year holding an annual report, readable or not. A year holding
     * only initial reports is not tracked (an initial report does not mean every state reported that year).
     */
    public static Set<Integer> trackedYears(List<SelfReport> reports, List<UnreadableReport> unreadable) {
        Set<Integer> years = new java.util.TreeSet<>();
        reports.stream().filter(r -> !r.initial()).forEach(r -> years.add(r.year()));
        unreadable.forEach(u -> years.add(u.year()));
        return years;
    }
}
