package org.lapcheck.cli;

import java.io.PrintWriter;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lap notify}: compose the digests of an assessment into the outbox, and with {@code --send} deliver the
 * outbox over SMTP. Wiring only: routing, digests, MIME, outbox and delivery live in {@code notify}.
 */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = {"E-mail the findings of the latest assessment: each coordinator their area, the gender focal "
                + "points, the presidency, the troika an overview, and with --states each state its own feedback.",
                "Without --send, writes one .eml per recipient into reports/outbox/<as-of>/ (no server needed).",
                "SMTP comes from LAPCHECK_SMTP_HOST, LAPCHECK_SMTP_PORT, LAPCHECK_SMTP_USER, LAPCHECK_SMTP_PASSWORD, "
                        + "LAPCHECK_SMTP_TLS and LAPCHECK_MAIL_FROM; options override all but the password."})
final class NotifyCommand extends LapCommand {

    @Mixin
    FolderOptions.AssessmentReport assessment;

    @Option(names = "--states", description = "Also write to each state's contact (from its report) about its own report only.")
    boolean states;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageNames.class,
            completionCandidates = LanguageNames.class,
            description = "Language for recipients neither the machinery nor a state's report gives one: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--dry-run", description = "Print who would get what (recipient, subject, size); write and send nothing.")
    boolean dryRun;

    @Option(names = "--send", description = "Deliver every message in the outbox that the ledger does not list as accepted.")
    boolean send;

    @Mixin
    MailOptions mail;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        NotifyJob.Delivery delivery = mail.delivery(ws, env(), lang, dryRun, send);
        NotifyJob.Request request = NotifyJob.Request.forFolder(ws, ws.inputs(), assessment.dir(ws), states, delivery);
        return ExitCodes.of(NotifyJob.run(request, out, err));
    }
}
