package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.RunJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Language;
import org.lapcheck.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lap run}: the whole job a coordinator runs in one pass: the assessment job, then the e-mail job on the
 * assessment just made, handed over in memory. The e-mails go to the outbox; they are sent as well when an SMTP relay
 * is configured ({@code $LAPCHECK_SMTP_HOST}), or with {@code --send}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: assess the inputs into reports/<as-of>/, then compose the e-mailed summaries into "
                + "reports/outbox/, and send them when an SMTP relay is configured ($LAPCHECK_SMTP_HOST or --smtp-host).",
                "The e-mail options are notify's.",
                "Exit code: notify's when it is not 0 (4: something stays in the outbox), otherwise assess's."})
final class RunCommand extends LapCommand {

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageNames.class,
            completionCandidates = LanguageNames.class,
            description = "Language of the reports, and of the e-mails to those the machinery gives no language: "
                    + "${COMPLETION-CANDIDATES} (zh: simplified Chinese; default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--send", negatable = true,
            description = "--send: send the e-mails, and stop before assessing when no relay is named "
                    + "($LAPCHECK_SMTP_HOST or --smtp-host); --no-send: only compose them, even when one is named. "
                    + "Default: send when a relay is named.")
    Boolean send;

    @Mixin
    MailOptions mail;

    @Option(names = "--timings", description = "Print the time each phase took (to standard error), the e-mails included.")
    boolean timings;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        Severity threshold = assessment.threshold(); // an unknown --fail-on stops here, before anything is assessed
        boolean sending = send != null ? send : mail.relayNamed(env());
        // the e-mail options and the environment are checked before anything is assessed
        NotifyJob.Delivery delivery = mail.delivery(ws, env(), lang, false, sending);

        AssessJob.Request request = new AssessJob.Request(ws, assessment.date(), assessment.inputsDir(ws),
                assessment.rulesDir(ws), null, null, lang.code(), Main.toolVersion());
        int[] assessed = {-1}; // the assessment's exit code, once its reports are written
        RunJob.Outcome done;
        try {
            done = RunJob.run(request, delivery, written -> {
                AssessCommand.printSummary(out, err, ws, written);
                assessed[0] = AssessCommand.exitCode(err, written, threshold);
                out.println();
            }, out, err);
        } catch (RulebookException | UsageException e) {
            if (assessed[0] < 0) {
                err.println("lap run: no report was written, so no e-mail was composed");
            }
            throw e;
        }
        if (timings) {
            AssessCommand.printTimings(err, ws, done.assessed());
            err.printf(Locale.ROOT, "timings: e-mails %.2f s (compose%s)%n", (done.finished() - done.notifyStarted()) / 1e9,
                    sending ? " and send" : "");
        }
        int notified = ExitCodes.of(done.notified());
        return notified != ExitCodes.OK ? notified : assessed[0];
    }

}
