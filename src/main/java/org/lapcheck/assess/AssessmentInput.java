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
}
