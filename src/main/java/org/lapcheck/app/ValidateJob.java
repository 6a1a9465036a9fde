package org.lapcheck.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lapcheck.assess.AssessmentInput;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.SubmissionLoader;

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

    /**
     * Reports checked one by one against one workspace ({@code lap validate FILE...}, the workbench's check page):
     * the reference data read once, the rulebook loaded when first needed (or at once, {@link #ready}), so a broken
     * draft is answered without compiling the rules.
     */
    public static final class Checker {
        private final ReferenceData reference;
        private final Path inputsDir;
        private final SubmissionLoader confined;
        private final SubmissionLoader anywhere;
        private final AssessorSource assessor;

        /**
         * @throws UsageException when the reference data cannot be used
         */
        public Checker(Workspace ws, Path inputsDir, Path rulesDir, String toolVersion) {
            this.reference = Inputs.reference(inputsDir, ws.home());
            this.inputsDir = inputsDir.toAbsolutePath().normalize();
            // a file named inside the inputs folder must really be there, as assess requires; a draft elsewhere is the
            // user's own file, read wherever it is
            this.confined = Inputs.loader(reference, ws.home(), this.inputsDir);
            this.anywhere = Inputs.loader(reference, ws.home());
            Assessor[] built = new Assessor[1];
            this.assessor = () -> {
                synchronized (built) {
                    if (built[0] == null) {
                        built[0] = new Assessor(Rulebooks.load(ws, rulesDir), toolVersion);
                    }
                    return built[0];
                }
            };
        }

        /** A checker with its rulebook loaded now (a server's): a broken rulebook stops it here. */
        public static Checker ready(Workspace ws, Path inputsDir, Path rulesDir, String toolVersion)
                throws RulebookException {
            Checker c = new Checker(ws, inputsDir, rulesDir, toolVersion);
            c.assessor.get();
            return c;
        }

        public ReferenceData reference() {
            return reference;
        }

        /** One file, as its user named it; a file that is not there is an outcome too, not an exception. */
        public Outcome check(Path file, LocalDate date) throws RulebookException {
            Path abs = file.toAbsolutePath().normalize();
            if (!java.nio.file.Files.exists(abs)) {
                String shown = UntrustedText.escape(file.toString());
                return new Outcome(new LoadResult(shown, null, List.of(Problem.error(shown, Position.START,
                        "no such file")), null), List.of(), List.of());
            }
            return ValidateJob.check((abs.startsWith(inputsDir) ? confined : anywhere).load(abs), assessor, reference,
                    date);
        }

        /** A report sent as bytes (an upload, a paste), named {@code name} in its problems. */
        public Outcome check(String name, byte[] bytes, LocalDate date) throws RulebookException {
            return ValidateJob.check(anywhere.loadBytes(name, bytes, null, null), assessor, reference, date);
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
