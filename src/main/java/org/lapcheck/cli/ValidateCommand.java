package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lapcheck.app.ValidateJob;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Finding;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.submission.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lap validate FILE...}: what a state's focal point runs before sending a report — every problem with its
 * line and column, then the findings the rules would raise on that report alone.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check self-report files and show the findings for each report alone.")
final class ValidateCommand extends LapCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Self-report files (YEAR/ISO3.yaml).")
    List<Path> files;

    @Mixin
    AssessmentOptions options;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        Severity threshold = options.threshold();
        LocalDate date = options.date();
        ValidateJob.Checker job = new ValidateJob.Checker(ws, options.inputsDir(ws), options.rulesDir(ws), Main.toolVersion());
        int exit = ExitCodes.OK;
        for (Path file : files) {
            exit = worse(exit, print(job.check(file, date), date, threshold, out));
        }
        return exit;
    }

    /**
     * What validate says about one file, printed to {@code out}: its problems, and when it is valid the findings the
     * rules raise on that report alone. Returns the exit code for this file alone.
     */
    static int print(ValidateJob.Outcome outcome, LocalDate date, Severity threshold, PrintWriter out) {
        LoadResult loaded = outcome.loaded();
        loaded.problems().forEach(out::println);
        if (!loaded.ok()) {
            out.printf("%s: %d error(s), %d warning(s): not valid; correct the errors above and validate again.%n",
                    loaded.file(), loaded.errors().size(), loaded.warnings().size());
            return ExitCodes.INVALID_INPUT;
        }
        SelfReport report = loaded.report();
        List<Finding> findings = outcome.findings();
        out.printf("%s: valid (%s, covering %d), %d warning(s); %d finding(s) as of %s%n", loaded.file(),
                report.iso3(), report.year(), loaded.warnings().size(), findings.size(), date);
        for (Finding f : findings) {
            out.printf("  %-8s %s  %s%n", f.severity().id(), f.id(), f.where());
            out.println("           " + UntrustedText.escape(f.message())); // a state's text: never raw
        }
        if (!outcome.ruleFailures().isEmpty()) {
            outcome.ruleFailures().forEach(f -> out.println("  rule failure: " + f));
            return ExitCodes.RULEBOOK;
        }
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold))
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** A rulebook problem outranks invalid input, which outranks findings, which outrank a clean run. */
    private static int worse(int a, int b) {
        for (int code : new int[] {ExitCodes.RULEBOOK, ExitCodes.INVALID_INPUT}) {
            if (a == code || b == code) {
                return code;
            }
        }
        return Math.max(a, b);
    }
}
