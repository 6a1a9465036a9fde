package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lapcheck.app.Inputs;
import org.lapcheck.app.Rulebooks;
import org.lapcheck.app.ValidateJob;
import org.lapcheck.app.Workspace;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Finding;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.SubmissionLoader;
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
        ReferenceData reference = Inputs.reference(options.inputsDir(ws), ws.home());
        Path inputsDir = options.inputsDir(ws).toAbsolutePath().normalize();
        // a file named inside the inputs folder must really be there, as assess requires; a draft elsewhere is the
        // user's own file, read wherever it is
        SubmissionLoader confined = Inputs.loader(reference, ws.home(), inputsDir);
        SubmissionLoader loader = Inputs.loader(reference, ws.home());
        // built at the first valid file: a broken draft is reported at once, without compiling the rules
        Assessor[] assessor = new Assessor[1];
        AssessorSource assessors = () -> {
            if (assessor[0] == null) {
                assessor[0] = new Assessor(Rulebooks.load(ws, options.rulesDir(ws)), Main.toolVersion());
            }
            return assessor[0];
        };
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                out.println(file + ": error: no such file");
                exit = ExitCodes.INVALID_INPUT;
                continue;
            }
            SubmissionLoader chosen = abs.startsWith(inputsDir) ? confined : loader;
            exit = worse(exit, check(chosen.load(abs), assessors, reference, date, threshold, out));
        }
        return exit;
    }

    /** The assessor of the rulebook, built when first asked for. */
    @FunctionalInterface
    interface AssessorSource extends ValidateJob.AssessorSource {}

    /**
     * What validate says about one loaded file, printed to {@code out}: its problems, and when it is valid the
     * findings the rules raise on that report alone ({@link ValidateJob}). Returns the exit code for this file alone.
     */
    static int check(LoadResult loaded, AssessorSource assessor, ReferenceData reference, LocalDate date,
            Severity threshold, PrintWriter out) throws RulebookException {
        loaded.problems().forEach(out::println);
        if (!loaded.ok()) {
            out.printf("%s: %d error(s), %d warning(s): not valid; correct the errors above and validate again.%n",
                    loaded.file(), loaded.errors().size(), loaded.warnings().size());
            return ExitCodes.INVALID_INPUT;
        }
        ValidateJob.Outcome outcome = ValidateJob.check(loaded, assessor, reference, date);
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
