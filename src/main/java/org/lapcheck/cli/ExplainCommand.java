package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.lapcheck.app.ExplainJob;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Explanation;
import org.lapcheck.model.Finding;
import org.lapcheck.model.UntrustedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lap explain FINDING-ID}: which rule raised a finding, on which facts and values, with file:line. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a finding of the latest assessment: its rule, LAP action, article and matched facts.")
final class ExplainCommand extends LapCommand {

    @Parameters(paramLabel = "FINDING-ID", description = "A finding id, e.g. T-ANNUAL-LATE:DEU:2025.")
    String id;

    @Mixin
    FolderOptions.AssessmentReport assessment;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        ExplainJob.Explained x = ExplainJob.run(assessment.dir(ws), id);
        Assessment a = x.assessment();
        Finding f = x.finding();
        Explanation e = x.explanation();
        out.printf("%s — %s%n", f.id(), f.rule());
        if (e != null) {
            out.printf("  rule      %s (%s:%d)%n", e.ruleId(), e.ruleFile(), e.ruleLine());
        }
        out.printf("  LAP       %s; %s%n", f.actions().isEmpty() ? (f.kind() == org.lapcheck.model.FindingKind.INPUT_ERROR ? "no action (an input error)" : "no action") : "Action " + join(f.actions()),
                f.article() == null ? "no article" : f.article());
        out.printf("  severity  %s (%s), area %s, as of %s%n", f.severity().id(), f.kind().id(), f.area(), a.asOf());
        // a finding's text holds what a state wrote: escaped, so it cannot forge lines or hide the rest
        out.printf("  message   %s%n", UntrustedText.escape(f.message()));
        if (f.expected() != null) {
            out.printf("  expected  %s%n  actual    %s%n", UntrustedText.escape(f.expected()),
                    UntrustedText.escape(f.actual()));
        }
        for (Evidence ev : f.evidence()) {
            out.printf("  evidence  %s%s%n", ev.location(), ev.path() == null ? "" : " (" + ev.path() + ")");
        }
        if (e != null && !e.bindings().isEmpty()) {
            out.println("  matched");
            for (Explanation.Binding b : e.bindings()) {
                out.printf("    %-12s %s%s%n", b.name(), UntrustedText.escape(b.value()), b.source() == null ? "" : "  [" + b.source() + "]");
            }
        }
        return ExitCodes.OK;
    }

    private static String join(List<Integer> actions) {
        return String.join(", ", actions.stream().map(String::valueOf).toList());
    }
}
