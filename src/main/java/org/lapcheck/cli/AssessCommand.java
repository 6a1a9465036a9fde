package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.Inputs;
import org.lapcheck.app.Workspace;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Language;
import org.lapcheck.model.Acknowledgement;
import org.lapcheck.model.Problem;
import org.lapcheck.model.Severity;
import org.lapcheck.submission.DisplayPaths;
import org.lapcheck.submission.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lap assess}: the main job — every submission and the machinery, judged and written to reports/AS-OF/. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess every submission under inputs/ and write reports/<as-of>/.")
final class AssessCommand extends LapCommand {

    @Mixin
    AssessmentOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: reports/<as-of>/).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Formats to write, comma-separated: json, md, html, csv, sarif, junit (default: all).")
    List<String> formats;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageNames.class,
            completionCandidates = LanguageNames.class,
            description = "Language of the reports: ${COMPLETION-CANDIDATES} (zh: simplified Chinese; default: ${DEFAULT-VALUE}).")
    Language lang;


    @Option(names = "--timings", description = "Print the time each phase took (to standard error).")
    boolean timings;

    @Override
    int run(Workspace ws, PrintWriter o, PrintWriter err) throws Exception {
        Severity threshold = options.threshold();
        AssessJob.Outcome done = AssessJob.run(new AssessJob.Request(ws, options.date(), options.inputsDir(ws),
                options.rulesDir(ws), out, formats, lang.code(), Main.toolVersion()));
        if (timings) {
            printTimings(err, ws, done);
        }
        printSummary(o, err, ws, done);
        return exitCode(err, done, threshold);
    }

    /** What the run did, on standard output; every input problem on standard error. */
    static void printSummary(PrintWriter o, PrintWriter err, Workspace ws, AssessJob.Outcome done) {
        Assessment a = done.result().assessment();
        Rulebook rulebook = done.rulebook();
        Inputs in = done.inputs();
        o.printf("lapcheck %s: assessment as of %s%n", Main.toolVersion(), a.asOf());
        o.printf("  rulebook: %d rules, %d LAP actions judged (ruleset %s)%n", rulebook.findingRules().size(),
                rulebook.actionsCovered().size(), rulebook.sha256().substring(0, 12));
        long unreadable = in.loaded().stream().filter(l -> !l.ok()).count();
        o.printf("  inputs: %d submissions (%d could not be read)%n", in.loaded().size(), unreadable);
        o.printf("  %d states parties assessed: %d findings%s%n", a.statesAssessed().size(), a.findings().size(),
                Summaries.bySeverity(a));
        if (a.acknowledged() > 0) {
            o.printf("  %d of them acknowledged by the machinery (shown apart, left out of --fail-on)%n", a.acknowledged());
        }
        printProblems(err, in);
        printAcknowledgementProblems(err, done);
        o.printf("  reports written to %s (%s)%n", DisplayPaths.of(ws.home(), done.folder()),
                String.join(", ", done.written().keySet().stream().filter(f -> !f.contains("/")).toList()));
    }

    /** Rule failures first (exit 3), then unreadable inputs (2), then findings at or above --fail-on (1). */
    static int exitCode(PrintWriter err, AssessJob.Outcome done, Severity threshold) {
        if (!done.result().ruleFailures().isEmpty()) {
            printRuleFailures(err, done.result());
            return ExitCodes.RULEBOOK;
        }
        if (done.inputs().anyInvalid()) {
            err.println("Some input files could not be read (listed above); every other file was assessed.");
            return ExitCodes.INVALID_INPUT;
        }
        return threshold != null && done.result().assessment().anyAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Where the time of the command went, phase by phase; the JVM's own start is what its uptime holds beyond it. */
    static void printTimings(PrintWriter err, Workspace ws, AssessJob.Outcome d) {
        long end = System.nanoTime();
        long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        err.printf(java.util.Locale.ROOT, "timings: before the command %.2f s; knowledge base %.2f s (%s); "
                        + "inputs %.2f s; rules %.2f s; reports %.2f s; JVM uptime %.2f s%n",
                uptimeMs / 1e3 - (end - d.started()) / 1e9, (d.rulebookLoaded() - d.started()) / 1e9,
                ws.knowledgeCache() == null ? "cache off" : "cache " + ws.knowledgeCache(),
                (d.inputsLoaded() - d.rulebookLoaded()) / 1e9, (d.assessed() - d.inputsLoaded()) / 1e9,
                (d.finished() - d.assessed()) / 1e9, uptimeMs / 1e3);
    }

    /** Each failed rule at its file and line; the findings of the others were written. */
    static void printRuleFailures(PrintWriter err, AssessmentResult result) {
        err.println("The rulebook needs correcting: " + result.ruleFailures().size() + " rule failure(s); each is a "
                + "finding, and every other rule and state was assessed:");
        result.ruleFailures().forEach(f -> err.println("  " + f));
    }

    /** Entries that cover no finding, and entries that lapsed, each at its file:line:column. */
    static void printAcknowledgementProblems(PrintWriter err, AssessJob.Outcome done) {
        for (Acknowledgement e : done.acknowledgements().stale()) {
            err.println("  " + e.at().location() + ": warning: the acknowledgement of " + e.target()
                    + " matches no finding of this assessment (stale, remove it?)");
        }
        for (Acknowledgement e : done.acknowledgements().expired()) {
            err.println("  " + e.at().location() + ": warning: the acknowledgement of " + e.target() + " expired on "
                    + e.until() + "; its findings count again");
        }
    }

    static void printProblems(PrintWriter err, Inputs in) {
        for (Problem p : in.strayFiles()) {
            err.println("  " + p);
        }
        for (LoadResult l : in.loaded()) {
            for (Problem p : l.problems()) {
                err.println("  " + p);
            }
        }
    }
}
