package org.lapcheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.lapcheck.app.MailRelay;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Language;
import org.lapcheck.notify.RetryPolicy;
import picocli.CommandLine.Option;

/**
 * How the e-mails go out, shared by {@code lap notify} and {@code lap run}: the outbox, the relay (each setting but
 * the password overriding the environment, see {@link MailRelay}), the retries and the link to the published report.
 */
final class MailOptions {

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

    @Option(names = "--from", paramLabel = "ADDR", description = "From address (default: $LAPCHECK_MAIL_FROM, else " + MailRelay.DEFAULT_FROM + ").")
    String from;

    @Option(names = "--smtp-timeout", paramLabel = "SECONDS",
            description = "Longest wait for connecting and for each reply of the relay (default: $LAPCHECK_SMTP_TIMEOUT, else 30).")
    String smtpTimeout;

    @Option(names = "--send-deadline", paramLabel = "SECONDS",
            description = "Longest time the whole delivery may take; what is not sent by then stays in the outbox "
                    + "(default: $LAPCHECK_SMTP_DEADLINE, else 900).")
    String sendDeadline;

    // Initialised here rather than by defaultValue, so the defaults hold however the options were made.
    @Option(names = "--retries", paramLabel = "N",
            description = "Tries after the first when the server is down or says try later (default: ${DEFAULT-VALUE}).")
    int retries = RetryPolicy.DEFAULT.retries();

    @Option(names = "--retry-delay", paramLabel = "MS",
            description = "First wait before a retry in milliseconds, doubled each time (default: ${DEFAULT-VALUE}).")
    long retryDelayMillis = RetryPolicy.DEFAULT.firstDelay().toMillis();

    @Option(names = "--report-url", paramLabel = "URL", description = "Link the troika overview to the report published at this address.")
    String reportUrl;

    /** True when a relay is named, on the command line or in the environment. */
    boolean relayNamed(Map<String, String> env) {
        return MailRelay.named(env, overrides());
    }

    /**
     * How the e-mail job delivers, from these options and the environment; every one is checked here, before
     * anything is assessed or composed.
     *
     * @param lang the language for recipients neither the machinery nor a state's report gives one
     */
    NotifyJob.Delivery delivery(Workspace ws, Map<String, String> env, Language lang, boolean dryRun, boolean send) {
        MailRelay.Overrides given = overrides();
        return new NotifyJob.Delivery(lang.code(), MailRelay.sender(env, given),
                outbox == null ? ws.outbox() : outbox, dryRun, send,
                send && !dryRun ? MailRelay.settings(env, given) : null, retryPolicy(), reportUrl);
    }

    private MailRelay.Overrides overrides() {
        return new MailRelay.Overrides(smtpHost, smtpPort, smtpTls, smtpUser, from, smtpTimeout, sendDeadline);
    }

    private RetryPolicy retryPolicy() {
        try {
            return new RetryPolicy(retries, Duration.ofMillis(retryDelayMillis));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--retries/--retry-delay: " + e.getMessage(), e);
        }
    }
}
