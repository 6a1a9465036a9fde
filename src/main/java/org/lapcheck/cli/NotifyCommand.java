package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.lapcheck.app.Inputs;
import org.lapcheck.app.MailRelay;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.StateContacts;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.Transmittal;
import org.lapcheck.notify.Outbox;
import org.lapcheck.notify.RetryPolicy;
import org.lapcheck.notify.SmtpSettings;
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

    static final String DEFAULT_FROM = MailRelay.DEFAULT_FROM;

    @Mixin
    FolderOptions.AssessmentReport assessment;

    @Option(names = "--states", description = "Also write to each state's contact (from its report) about its own report only.")
    boolean states;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language for recipients neither the machinery nor a state's report gives one: en, fr, es, ar, zh, ru (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--dry-run", description = "Print who would get what (recipient, subject, size); write and send nothing.")
    boolean dryRun;

    @Option(names = "--send", description = "Deliver every message in the outbox that the ledger does not list as accepted.")
    boolean send;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox folder (default: reports/outbox/).")
    Path outbox;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP relay (default: $LAPCHECK_SMTP_HOST).")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (default: $LAPCHECK_SMTP_PORT, else 587/465/25 by TLS mode).")
    Integer smtpPort;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "SMTP login (default: $LAPCHECK_SMTP_USER); the password only from $LAPCHECK_SMTP_PASSWORD.")
    String smtpUser;

    @Option(names = "--smtp-tls", paramLabel = "MODE",
            description = "starttls (required; the default), smtps, or none (a relay on this machine; default there without a user).")
    String smtpTls;

    @Option(names = "--from", paramLabel = "ADDR", description = "From address (default: $LAPCHECK_MAIL_FROM, else " + DEFAULT_FROM + ").")
    String from;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Tries after the first when the server is down or says try later (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--retry-delay", paramLabel = "MS", defaultValue = "1000",
            description = "First wait before a retry in milliseconds, doubled each time (default: ${DEFAULT-VALUE}).")
    long retryDelayMillis;

    @Option(names = "--smtp-timeout", paramLabel = "SECONDS",
            description = "Longest wait for connecting and for each reply of the relay (default: $LAPCHECK_SMTP_TIMEOUT, else 30).")
    String smtpTimeout;

    @Option(names = "--send-deadline", paramLabel = "SECONDS",
            description = "Longest time the whole delivery may take; what is not sent by then stays in the outbox "
                    + "(default: $LAPCHECK_SMTP_DEADLINE, else 900).")
    String sendDeadline;

    @Option(names = "--report-url", paramLabel = "URL", description = "Link the troika overview to the report published at this address.")
    String reportUrl;

    /** The environment handed to the command line; the only source of the SMTP password. */
    Map<String, String> env = Map.of();

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        env = env();
        Path dir = assessment.dir(ws);
        Assessment a = FolderOptions.AssessmentReport.read(dir);
        ReferenceData reference = Inputs.reference(ws.inputs(), ws.home());
        Map<String, Transmittal.Contact> contacts = states ? StateContacts.of(a, reference, ws.home()) : Map.of();
        return ExitCodes.of(NotifyJob.run(request(ws, a, dir, reference, contacts), out, err));
    }

    /** The job's request from the options and the environment; checked before anything is composed. */
    NotifyJob.Request request(Workspace ws, Assessment a, Path dir, ReferenceData reference,
            Map<String, Transmittal.Contact> contacts) {
        // The same reading as assess's --lang (fr-CH is French, zh-Hans and zh-CN are zh), so `run` can pass it on.
        String code;
        try {
            code = org.lapcheck.report.Renderers.language(lang).getLanguage();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang: '" + lang + "' is not one of " + String.join(", ", org.lapcheck.model.Language.codes()));
        }
        MailRelay.Overrides given = new MailRelay.Overrides(smtpHost, smtpPort, smtpTls, smtpUser, from, smtpTimeout,
                sendDeadline);
        String sender = MailRelay.sender(env, given);
        SmtpSettings settings = send && !dryRun ? MailRelay.settings(env, given) : null;
        return new NotifyJob.Request(ws, a, dir, reference, contacts, code, sender,
                outbox == null ? ws.reports().resolve("outbox") : outbox, dryRun, send, settings, retryPolicy(), retries,
                reportUrl);
    }

    private RetryPolicy retryPolicy() {
        try {
            return new RetryPolicy(retries, Duration.ofMillis(retryDelayMillis));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--retries/--retry-delay: " + e.getMessage(), e);
        }
    }

}
