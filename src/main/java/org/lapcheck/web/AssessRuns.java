package org.lapcheck.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.knowledge.RulebookException;

/**
 * Assessments started from the console: one at a time, in the background, each phase recorded as it begins so the
 * page can show where the run is. The job is {@link AssessJob}, as {@code lap assess} runs it.
 */
final class AssessRuns {

    /** One run, as the page shows it. Immutable snapshots: the page reads while the run goes on. */
    record Run(LocalDate asOf, String lang, Instant started, List<String> phasesBegun, Instant finished, String folder,
            int findings, int invalidInputs, int ruleFailures, String error) {

        boolean running() {
            return finished == null;
        }

        Duration elapsed() {
            return Duration.between(started, finished == null ? Instant.now() : finished);
        }

        Run begins(String phase) {
            List<String> begun = new ArrayList<>(phasesBegun);
            begun.add(phase);
            return new Run(asOf, lang, started, List.copyOf(begun), null, null, 0, 0, 0, null);
        }
    }

    private final AtomicReference<Run> last = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lapcheck-assess");
        t.setDaemon(true);
        return t;
    });

    /** The latest run, running or not; null before the first. */
    Run last() {
        return last.get();
    }

    /** Starts a run, or returns false when one is running. */
    boolean start(AssessJob.Request request) {
        Run fresh = new Run(request.asOf(), request.lang(), Instant.now(), List.of(), null, null, 0, 0, 0, null);
        Run before = last.get();
        if (before != null && before.running() || !last.compareAndSet(before, fresh)) {
            return false;
        }
        worker.execute(() -> run(request));
        return true;
    }

    private void run(AssessJob.Request request) {
        try {
            AssessJob.Outcome done = AssessJob.run(request, phase -> last.updateAndGet(r -> r.begins(phase)));
            long invalid = done.inputs().loaded().stream().filter(l -> !l.ok()).count() + done.inputs().strayFiles().size();
            last.updateAndGet(r -> new Run(r.asOf(), r.lang(), r.started(), r.phasesBegun(), Instant.now(),
                    done.folder().getFileName().toString(), done.result().assessment().findings().size(), (int) invalid,
                    done.result().ruleFailures().size(), null));
        } catch (RulebookException e) {
            finish("the rulebook cannot be used (" + e.problems().size() + " problem(s)): " + String.join("; ",
                    e.problems().stream().limit(5).map(String::valueOf).toList()));
        } catch (UsageException e) {
            finish(e.getMessage());
        } catch (RuntimeException e) {
            finish("unexpected error: " + e.getClass().getSimpleName() + " (see the server's output)");
            e.printStackTrace();
        }
    }

    private void finish(String error) {
        last.updateAndGet(r -> new Run(r.asOf(), r.lang(), r.started(), r.phasesBegun(), Instant.now(), null, 0, 0, 0, error));
    }

    void close() {
        worker.shutdownNow();
    }
}
