package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.knowledge.RulebookException;
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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of reports and e-mails: en, fr, es, ar, zh (simplified Chinese), ru.")
    String lang;

    @Option(names = "--send", negatable = true,
            description = "--send: send the e-mails even when no relay is named in the environment (with notify's defaults); "
                    + "--no-send: only compose them, even when one is. Default: send when a relay is named.")
    Boolean send;

    @Mixin
    MailOptions mail;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        Severity threshold = assessment.threshold(); // an unknown --fail-on stops here, before anything is assessed
        boolean sending = send != null ? send : mail.relayNamed(env());
        // the e-mail options and the environment are checked before anything is assessed
        NotifyJob.Delivery delivery = mail.delivery(ws, env(), lang, false, sending);

        // One pass: the assessment, its reference data and its report folder go to the e-mail job as they are,
        // never written out to be read back. A rulebook or usage error ends the run before anything is composed.
        AssessJob.Outcome done;
        try {
            done = AssessJob.run(new AssessJob.Request(ws, assessment.date(), assessment.inputsDir(ws),
                    assessment.rulesDir(ws), null, null, lang, Main.toolVersion()));
        } catch (RulebookException | UsageException e) {
            err.println("lap run: no report was written, so no e-mail was composed");
            throw e;
        }
        AssessCommand.printSummary(out, err, ws, done);
        int assessed = AssessCommand.exitCode(err, done, threshold);
        out.println();
        NotifyJob.Request request = new NotifyJob.Request(ws, done.result().assessment(), done.folder(),
                done.inputs().reference(), Map.of(), delivery);
        int notified = ExitCodes.of(NotifyJob.run(request, out, err));
        return notified != ExitCodes.OK ? notified : assessed;
    }

}
