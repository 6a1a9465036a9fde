package org.lapcheck.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Assessment;

/**
 * The main job ({@code lap run}): the assessment job, then the e-mail job on the assessment just made, handed over
 * in memory: the findings, the reference data, the previous assessment and the report folder go on as they are,
 * never read back.
 */
public final class RunJob {

    /**
     * @param assessed      what the assessment job made
     * @param notified      how the e-mail job ended
     * @param notifyStarted when the e-mail job began ({@link System#nanoTime()}), for {@code --timings}
     * @param finished      when it ended
     */
    public record Outcome(AssessJob.Outcome assessed, NotifyJob.Result notified, long notifyStarted, long finished) {}

    private RunJob() {}

    /**
     * @param delivery how the e-mails go out, checked by the caller before this starts
     * @param written  told once the reports are written, before any e-mail is composed
     * @throws RulebookException when the rulebook does not compile: nothing is written, no e-mail composed
     * @throws UsageException    from either job; {@code written} says whether the reports were written first
     */
    public static Outcome run(AssessJob.Request assessment, NotifyJob.Delivery delivery,
            Consumer<AssessJob.Outcome> written, PrintWriter out, PrintWriter err) throws RulebookException {
        AssessJob.Outcome done = AssessJob.run(assessment);
        written.accept(done);
        long notifyStarted = System.nanoTime();
        // the assessment the reports compared with serves the e-mails too when it is from before (not a re-run's)
        Assessment before = done.previous() != null && done.previous().asOf().isBefore(assessment.asOf())
                ? done.previous() : null;
        NotifyJob.Result notified = NotifyJob.run(new NotifyJob.Request(assessment.ws(), done.result().assessment(),
                done.folder(), done.inputs().reference(), Map.of(), assessment.rules(), before, delivery), out, err);
        return new Outcome(done, notified, notifyStarted, System.nanoTime());
    }
}
