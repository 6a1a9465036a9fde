package org.lapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Problem;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.report.ReportTargetException;
import org.lapcheck.submission.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lap assess}: the main job — every submission and the machinery, judged and written to reports/AS-OF/. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess every submission under inputs/ and write reports/<as-of>/.")
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: reports/<as-of>/).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Formats to write, comma-separated: json, md, html, csv, sarif, junit (default: all).")
    List<String> formats;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the reports: en, fr, es.")
    String lang;


    @Option(names = "--timings", description = "Print the time each phase took (to standard error).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Workspace ws = Workspace.detect();
        Severity threshold = options.threshold();
        LocalDate date = options.date();
        Reports reports = Reports.forOptions(formats, lang);
        Rulebook rulebook = Rulebooks.load(ws, options.rulesDir(ws));
        long rulebookDone = System.nanoTime();
        Inputs in = Inputs.load(options.inputsDir(ws), ws.home());
        long inputsDone = System.nanoTime();

        AssessmentResult result = new Assessor(rulebook, Main.toolVersion()).assess(in.assessmentInput(date));
        long assessDone = System.nanoTime();
        Assessment a = result.assessment();
        Path target = out == null ? ws.reports().resolve(date.toString()) : out;
        Map<String, Path> written = write(reports, result, rulebook, in, options.rulesDir(ws), target);
        if (timings) {
            long end = System.nanoTime();
            // the JVM's own start (and picocli's) is what the uptime holds beyond the command
            long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            err.printf(java.util.Locale.ROOT, "timings: before the command %.2f s; knowledge base %.2f s (%s); "
                            + "inputs %.2f s; rules %.2f s; reports %.2f s; JVM uptime %.2f s%n",
                    uptimeMs / 1e3 - (end - start) / 1e9, (rulebookDone - start) / 1e9,
                    ws.knowledgeCache() == null ? "cache off" : "cache " + ws.knowledgeCache(),
                    (inputsDone - rulebookDone) / 1e9, (assessDone - inputsDone) / 1e9, (end - assessDone) / 1e9,
                    uptimeMs / 1e3);
        }

        o.printf("lapcheck %s: assessment as of %s%n", Main.toolVersion(), date);
        o.printf("  rulebook: %d rules, %d LAP actions judged (ruleset %s)%n", rulebook.findingRules().size(),
                rulebook.actionsCovered().size(), rulebook.sha256().substring(0, 12));
        long unreadable = in.loaded().stream().filter(l -> !l.ok()).count();
        o.printf("  inputs: %d submissions (%d could not be read)%n", in.loaded().size(), unreadable);
        o.printf("  %d states parties assessed: %d findings%s%n", a.statesAssessed().size(), a.findings().size(),
                Summaries.bySeverity(a));
        printProblems(err, in);
        o.printf("  reports written to %s (%s)%n", ws.home().relativize(target.toAbsolutePath().normalize()),
                String.join(", ", written.keySet().stream().filter(f -> !f.contains("/")).toList()));
        if (!result.ruleFailures().isEmpty()) {
            printRuleFailures(err, result);
            return ExitCodes.RULEBOOK;
        }
        if (in.anyInvalid()) {
            err.println("Some input files could not be read (listed above); every other file was assessed.");
            return ExitCodes.INVALID_INPUT;
        }
        return threshold != null && a.anyAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }


    /**
     * Writes the reports, or says in plain words why they could not be: a target lapcheck did not write, a folder
     * that cannot be written, a full disk. The assessment is lost then, but nothing else is.
     */
    private static Map<String, Path> write(Reports reports, AssessmentResult result, Rulebook rulebook, Inputs in,
            Path rulesDir, Path target) {
        try {
            return reports.write(result, rulebook, in.reference(), rulesDir, target);
        } catch (ReportTargetException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            String at = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : target.toString();
            throw new UsageException("cannot write the reports to " + target + " (" + at + ": "
                    + UntrustedText.ioReason(e) + "); nothing was written there", e);
        }
    }

    /** Each failed rule at its file and line; the findings of the others were written. */
    static void printRuleFailures(PrintWriter err, AssessmentResult result) {
        err.println("The rulebook needs correcting: " + result.ruleFailures().size() + " rule failure(s); each is a "
                + "finding, and every other rule and state was assessed:");
        result.ruleFailures().forEach(f -> err.println("  " + f));
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
