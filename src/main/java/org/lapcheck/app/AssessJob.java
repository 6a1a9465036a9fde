package org.lapcheck.app;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.assess.Assessor;
import org.lapcheck.findings.Acknowledgements;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.report.ReportTargetException;

/**
 * The main job, assembled once for every caller ({@code lap assess}, {@code lap run}, the bench): the rulebook,
 * the inputs, one assessment, and its report folder written atomically.
 */
public final class AssessJob {

    /**
     * @param inputsDir the inputs folder (default: the workspace's)
     * @param rulesDir  the rules folder (default: the workspace's)
     * @param target    the report folder (default: reports/AS-OF/)
     * @param formats   the formats to write; null for all
     */
    public record Request(Workspace ws, LocalDate asOf, Path inputsDir, Path rulesDir, Path target, List<String> formats,
            String lang, String toolVersion) {

        public Path inputs() {
            return inputsDir == null ? ws.inputs() : inputsDir;
        }

        public Path rules() {
            return rulesDir == null ? ws.rules() : rulesDir;
        }

        public Path reportFolder() {
            return target == null ? ws.reports().resolve(asOf.toString()) : target;
        }
    }

    /** What the job made, and when each phase ended ({@link System#nanoTime()}), for {@code --timings}. */
    /** @param previous the assessment the reports were compared with; null when there was none */
    public record Outcome(Request request, Rulebook rulebook, Inputs inputs, AssessmentResult result, Assessment previous,
            Path folder, Map<String, Path> written, long started, long rulebookLoaded, long inputsLoaded, long assessed,
            long finished, Acknowledgements.Applied acknowledgements) {

        /**
         * The same assessment written again, in {@code formats} to {@code target}: the job's report phase alone (the
         * bench uses it to see which format takes the time).
         */
        public Map<String, Path> writeAgain(List<String> formats, Path target) {
            return write(Reports.forOptions(formats, request.lang()), result, previous, rulebook, inputs, request.rules(),
                    target);
        }
    }

    private AssessJob() {}

    /**
     * @throws RulebookException when the rulebook does not compile (nothing is read or written then)
     * @throws UsageException    for an unknown format or language, unusable reference data, or a report folder that
     *                           cannot or must not be written
     */
    public static Outcome run(Request r) throws RulebookException {
        return run(r, Progress.NONE);
    }

    /**
     * Told as each phase of the job begins and ends: the web console shows the phase an assessment is in, and the
     * bench measures each phase's time and heap between the two.
     */
    public interface Progress {
        Progress NONE = phase -> {};

        /** @param phase one of {@link #PHASES}: rulebook, inputs, rules, reports */
        void begins(String phase);

        /** Told as {@code phase} ends, before the next begins. */
        default void ends(String phase) {}
    }

    /** The phases of the job, in order. */
    public static final List<String> PHASES = List.of("rulebook", "inputs", "rules", "reports");

    /** {@link #run(Request)}, telling {@code progress} as each phase begins and ends. */
    public static Outcome run(Request r, Progress progress) throws RulebookException {
        return run(r, null, progress);
    }

    /**
     * {@link #run(Request, Progress)} with the rulebook already loaded, or null to load the request's. The bench
     * loads it once and measures that on its own.
     */
    public static Outcome run(Request r, Rulebook loaded, Progress progress) throws RulebookException {
        long started = System.nanoTime();
        Reports reports = Reports.forOptions(r.formats(), r.lang());
        progress.begins("rulebook");
        Rulebook rulebook = loaded != null ? loaded : Rulebooks.load(r.ws(), r.rules());
        long rulebookLoaded = System.nanoTime();
        progress.ends("rulebook");
        progress.begins("inputs");
        Inputs in = Inputs.load(r.inputs(), r.ws().home());
        long inputsLoaded = System.nanoTime();
        progress.ends("inputs");
        progress.begins("rules");
        AssessmentResult assessed0 = new Assessor(rulebook, r.toolVersion()).assess(in.assessmentInput(r.asOf()));
        // The machinery's decisions go on the findings before anything is written, so every format shows them.
        Acknowledgements.Applied acks = Acknowledgements.apply(assessed0.assessment(), in.acknowledgements());
        AssessmentResult result = new AssessmentResult(acks.assessment(), assessed0.explanations(),
                assessed0.standingRuleIds(), assessed0.ruleFailures());
        long assessed = System.nanoTime();
        progress.ends("rules");
        Path target = r.reportFolder();
        progress.begins("reports");
        Assessment previous = previous(target, result.assessment().asOf());
        Map<String, Path> written = write(reports, result, previous, rulebook, in, r.rules(), target);
        long finished = System.nanoTime();
        progress.ends("reports");
        return new Outcome(r, rulebook, in, result, previous, target, written, started, rulebookLoaded, inputsLoaded, assessed,
                finished, acks);
    }

    /** The assessment the reports compare with: the same day's last run, else the latest before, in their folder. */
    private static Assessment previous(Path target, java.time.LocalDate asOf) {
        try {
            return PreviousAssessment.find(target.toAbsolutePath().getParent(), asOf).orElse(null);
        } catch (IOException e) {
            throw new UsageException(e.getMessage() + "; nothing was written to " + target, e);
        }
    }

    /**
     * Writes the reports, or says in plain words why they could not be: a target lapcheck did not write, a folder
     * that cannot be written, a full disk. The assessment is lost then, but nothing else is.
     */
    private static Map<String, Path> write(Reports reports, AssessmentResult result, Assessment previous,
            Rulebook rulebook, Inputs in, Path rulesDir, Path target) {
        try {
            return reports.write(result, previous, rulebook, in.reference(), rulesDir, target);
        } catch (ReportTargetException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            String at = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : target.toString();
            throw new UsageException("cannot write the reports to " + target + " (" + at + ": "
                    + UntrustedText.ioReason(e) + "); nothing was written there", e);
        }
    }
}
