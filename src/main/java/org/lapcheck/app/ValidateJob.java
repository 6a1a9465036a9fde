package org.lapcheck.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lapcheck.assess.AssessmentInput;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Finding;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.submission.LoadResult;

/**
 * What {@code lap validate} says about one report, for every caller (the command line and the web workbench): its
 * problems with line and column, and when it is valid the findings the rules raise on that report alone.
 */
public final class ValidateJob {

    private ValidateJob() {}

    /** The assessor of the rulebook, built when first asked for, so a broken draft is answered without compiling. */
    @FunctionalInterface
    public interface AssessorSource {
        Assessor get() throws RulebookException;
    }

    /**
     * @param loaded       the file as the loader read it (its problems, and its report when valid)
     * @param findings     the findings about that report alone; empty when it is not valid
     * @param ruleFailures rules that threw on it (the rulebook's problem, not the report's)
     */
    public record Outcome(LoadResult loaded, List<Finding> findings, List<String> ruleFailures) {
        public boolean valid() {
            return loaded.ok();
        }
    }

    /** The findings the rules raise on one loaded report alone, as of {@code date}; none when it is not valid. */
    public static Outcome check(LoadResult loaded, AssessorSource assessor, ReferenceData reference, LocalDate date)
            throws RulebookException {
        if (!loaded.ok()) {
            return new Outcome(loaded, List.of(), List.of());
        }
        SelfReport report = loaded.report();
        AssessmentResult result = assessor.get().assess(new AssessmentInput(date, reference, List.of(report), List.of(),
                Set.of(report.year()), List.of()));
        List<Finding> findings = result.assessment().findings().stream()
                .filter(f -> report.iso3().equals(f.state()))
                .filter(f -> f.year() == null || f.year() == report.year())
                .toList();
        return new Outcome(loaded, findings, result.ruleFailures().stream().map(String::valueOf).toList());
    }
}
