package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lapcheck.assess.AssessmentInput;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.Severity;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.SubmissionLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lap validate FILE...}: what a state's focal point runs before sending a report — every problem with its
 * line and column, then the findings the rules would raise on that report alone.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check self-report files and show the findings for each report alone.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Self-report files (YEAR/ISO3.yaml).")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment date (default: today).")
    LocalDate asOf;

    @Option(names = "--inputs", paramLabel = "DIR", description = "Where the reference data is (default: inputs/).")
    Path inputs;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding is at or above this severity.")
    String failOn;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = Workspace.detect();
        Severity threshold = failOn == null ? null : AssessCommand.severity(failOn);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        ReferenceData reference = Inputs.reference(inputs == null ? ws.inputs() : inputs, ws.home());
        SubmissionLoader loader = Inputs.loader(reference, ws.home());
        // built at the first valid file: a broken draft is reported at once, without compiling the rules
        Assessor assessor = null;
        boolean invalid = false;
        boolean failing = false;
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                out.println(file + ": error: no such file");
                invalid = true;
                continue;
            }
            LoadResult loaded = loader.load(abs);
            loaded.problems().forEach(p -> out.println(p));
            if (!loaded.ok()) {
                out.printf("%s: %d error(s), %d warning(s): not valid; correct the errors above and validate again.%n",
                        loaded.file(), loaded.errors().size(), loaded.warnings().size());
                invalid = true;
                continue;
            }
            SelfReport report = loaded.report();
            if (assessor == null) {
                Rulebook rulebook = Rulebooks.load(ws, rules);
                assessor = new Assessor(rulebook, Main.toolVersion());
            }
            List<Finding> findings = assessor.assess(new AssessmentInput(date, reference, List.of(report), List.of(),
                    Set.of(report.year()), List.of())).assessment().findings().stream()
                    .filter(f -> report.iso3().equals(f.state()))
                    .filter(f -> f.year() == null || f.year() == report.year())
                    .toList();
            out.printf("%s: valid (%s, covering %d), %d warning(s); %d finding(s) as of %s%n", loaded.file(),
                    report.iso3(), report.year(), loaded.warnings().size(), findings.size(), date);
            for (Finding f : findings) {
                out.printf("  %-8s %s  %s%n", f.severity().id(), f.id(), f.where());
                out.println("           " + f.message());
            }
            failing |= threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
        }
        return invalid ? ExitCodes.INVALID_INPUT : failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static String line(Problem p) {
        return p.toString();
    }
}
