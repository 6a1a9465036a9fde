package org.lapcheck.app;

import java.nio.file.Path;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;
import org.lapcheck.model.Finding;
import org.lapcheck.findings.ExplanationsJson;

/** {@code lap explain}: a finding of an assessment, with the rule and the matched facts that raised it. */
public final class ExplainJob {

    /** @param explanation null when the report folder holds none for the finding (an input error's, say) */
    public record Explained(Assessment assessment, Finding finding, Explanation explanation) {}

    private ExplainJob() {}

    /**
     * @param dir the report folder
     * @throws UsageException when the folder holds no such finding, naming the nearest ids
     */
    public static Explained run(Path dir, String findingId) {
        Assessment a = AssessmentFolder.assessment(dir);
        Finding f = AssessmentFolder.finding(a, findingId);
        Explanation e = ExplanationsJson.read(AssessmentFolder.read(dir.resolve(ExplanationsJson.FILE))).stream()
                .filter(x -> x.findingId().equals(f.id())).findFirst().orElse(null);
        return new Explained(a, f, e);
    }
}
