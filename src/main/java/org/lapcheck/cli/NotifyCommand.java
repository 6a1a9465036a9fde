package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.ReportInfo;
import org.lapcheck.notify.Composition;
import org.lapcheck.notify.DeliveryReport;
import org.lapcheck.notify.Ledger;
import org.lapcheck.notify.Notifier;
import org.lapcheck.notify.NotifyRequest;
import org.lapcheck.notify.Outbox;
import org.lapcheck.notify.OutboxMessage;
import org.lapcheck.notify.RetryPolicy;
import org.lapcheck.notify.SmtpDelivery;
import org.lapcheck.notify.SmtpSettings;
import org.lapcheck.notify.Unaddressed;
import org.lapcheck.report.FindingsJson;
import org.lapcheck.report.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
final class NotifyCommand implements Callable<Integer> {

    static final String DEFAULT_FROM = "lapcheck@localhost";

    /** Delivery could not start (the ledger cannot be read): exit as undelivered. */
    private static final DeliveryReport UNSENT = new DeliveryReport(List.of());

    @Spec
    CommandSpec spec;

    @Option(names = "--assessment", paramLabel = "DIR", description = "Report folder (default: the latest in reports/).")
    Path assessment;

    @Option(names = "--states", description = "Also write to each state's contact (from its report) about its own report only.")
    boolean states;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language for recipients the machinery gives none: en, fr, es (default: ${DEFAULT-VALUE}).")
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

    /** The process environment; the only source of the SMTP password. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = Workspace.detect();
        if (org.lapcheck.model.Language.of(lang).isEmpty()) {
            throw new UsageException("--lang: '" + lang + "' is not one of en, fr, es");
        }
        Path dir = AssessmentFolder.resolve(assessment, ws);
        Assessment a = FindingsJson.read(AssessmentFolder.read(dir.resolve(JsonRenderer.FINDINGS)));
        ReferenceData reference = Inputs.reference(ws.inputs(), ws.home());
        if (reference.machinery() == null) {
            throw new UsageException("no machinery in " + ws.inputs().resolve("reference") + ": notify routes by machinery.yaml");
        }
        String sender = firstOf(from, env.get("LAPCHECK_MAIL_FROM"), DEFAULT_FROM);
        // Settings are checked before anything is composed, so a bad option stops the run before it writes.
        SmtpSettings settings = send && !dryRun ? settings() : null;
        RetryPolicy policy = retryPolicy();
        Map<String, ReportInfo.Contact> contacts = states ? StateContacts.of(a, reference, ws.home()) : Map.of();
        Map<String, String> names = new HashMap<>();
        reference.membership().forEach(s -> names.put(s.iso3(), s.name()));

        Outbox box = new Outbox(outbox == null ? ws.reports().resolve("outbox") : outbox);
        String fingerprint = sha256(dir.resolve(JsonRenderer.FINDINGS));
        Composition composition;
        try {
            // Compared with what was sent for this assessment: unchanged digests are not composed again, changed
            // ones become corrections.
            composition = Notifier.compose(new NotifyRequest(a, previous(dir, a, err), reference.machinery(), contacts,
                    names, lang, sender, dir, shown(ws, dir) + "/", reportUrl, ws.rules()), box.sent(a.asOf()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        out.printf("lapcheck notify: assessment as of %s (%s), machinery %s (offices held on %s)%n", a.asOf(),
                shown(ws, dir), reference.machinery().file(), a.asOf());
        for (Unaddressed u : composition.unaddressed()) {
            err.printf("  not addressed: %s: %s%n", u.key(), u.reason());
        }
        composition.unreachedByArea().forEach((area, n) ->
                err.printf("  %d finding(s) of area %s reach no one by name (the troika overview counts them)%n", n, area));

        if (dryRun) {
            out.printf("  dry run: %d message(s) would be written to %s; nothing written, nothing sent%n",
                    composition.messages().size(), shown(ws, box.folder(a.asOf())));
            composition.messages().forEach(m -> out.println("  " + line(m.recipientKey(), m.address(), m.subject(), m.size())));
            if (send) {
                out.printf("  --send: %d message(s) already in %s await delivery; a dry run sends nothing%n",
                        box.pending().size(), shown(ws, box.dir()));
            }
            return exit(composition, null);
        }
        if (send && box.composedFrom(a.asOf()).filter(fingerprint::equals).isPresent()) {
            // What could be reviewed is what goes out; only a changed assessment is composed again.
            out.printf("  %s already holds this assessment's messages: sending them as they are%n", shown(ws, box.folder(a.asOf())));
        } else {
            Outbox.Stored stored;
            try {
                stored = box.store(a.asOf(), composition.messages(), fingerprint);
            } catch (Outbox.BusyException e) {
                throw new UsageException(e.getMessage(), e);
            }
            out.printf("  composed %d message(s) into %s%n", stored.written().size(), shown(ws, box.folder(a.asOf())));
            composition.messages().forEach(m -> out.println("  " + line(m.recipientKey(), m.address(),
                    m.subject() + (m.version() > 1 ? " [correction, " + m.fileName() + "]" : ""), m.size())));
            composition.unchangedSinceSent().forEach(k -> out.printf("  %s: sent already and unchanged, not sent again%n", k));
            stored.removed().forEach(p -> out.printf("  removed %s (no longer routed or superseded, never sent)%n", shown(ws, p)));
        }
        if (!send) {
            out.println("  nothing sent: review the .eml files, then run ./lap notify --send");
            return exit(composition, null);
        }
        DeliveryReport delivered = deliver(box, settings, policy, ws, out, err);
        return exit(composition, delivered == null ? UNSENT : delivered);
    }

    private SmtpSettings settings() {
        try {
            return SmtpSettings.of(firstOf(smtpHost, env.get("LAPCHECK_SMTP_HOST")), port(),
                    firstOf(smtpTls, env.get("LAPCHECK_SMTP_TLS")), firstOf(smtpUser, env.get("LAPCHECK_SMTP_USER")),
                    env.get("LAPCHECK_SMTP_PASSWORD"), firstOf(from, env.get("LAPCHECK_MAIL_FROM")))
                    .withTimeouts(seconds("--smtp-timeout", firstOf(smtpTimeout, env.get("LAPCHECK_SMTP_TIMEOUT"))),
                            seconds("--send-deadline", firstOf(sendDeadline, env.get("LAPCHECK_SMTP_DEADLINE"))));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Seconds, fractions allowed (0.5); null when not given. */
    private static Duration seconds(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            double s = Double.parseDouble(value.strip());
            if (!(s > 0) || s > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + value + "' is not a number of seconds between 0 and 86400");
        }
    }

    private RetryPolicy retryPolicy() {
        try {
            return new RetryPolicy(retries, Duration.ofMillis(retryDelayMillis));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--retries/--retry-delay: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    private DeliveryReport deliver(Outbox box, SmtpSettings settings, RetryPolicy policy, Workspace ws, PrintWriter out,
            PrintWriter err) {
        try (Outbox.Lock lock = box.lock()) {
            List<String> mismatches = box.mismatches();
            if (!mismatches.isEmpty()) {
                mismatches.forEach(m -> err.printf("  does not match the manifest: %s%n", m));
                throw new UsageException("the outbox " + shown(ws, box.dir()) + " is not as it was composed, so nothing was "
                        + "sent. Compose it again with ./lap notify --assessment DIR (sent messages are kept, never sent "
                        + "twice), review it, then run ./lap notify --send");
            }
            List<OutboxMessage> pending = box.pending();
            if (pending.isEmpty()) {
                out.printf("  nothing to send: every message in %s is in the ledger%n", shown(ws, box.dir()));
                return new DeliveryReport(List.of());
            }
            out.printf("  delivering %d message(s) via %s (up to %d retries)%n", pending.size(), settings, retries);
            DeliveryReport report = new SmtpDelivery(settings, policy).deliver(pending, box.ledger());
            for (DeliveryReport.Outcome o : report.outcomes()) {
                OutboxMessage m = o.message();
                String status = switch (o.status()) {
                    case ACCEPTED -> "sent   ";
                    case REFUSED -> "REFUSED";
                    case UNRECORDED -> "UNRECORDED";
                    case FAILED -> "FAILED ";
                };
                (o.status() == DeliveryReport.Status.ACCEPTED ? out : err).printf("  %s %s/%s -> %s: %s%n", status,
                        m.assessment(), m.recipientKey(), m.address(), o.reply());
            }
            out.printf("  %d accepted; ledger: %s%n", report.accepted().size(), shown(ws, box.ledger().file()));
            if (!report.allDelivered()) {
                err.printf("lap: %d message(s) not delivered. They stay in %s; run ./lap notify --send again to retry them "
                        + "(accepted messages are never sent twice).%n", report.undelivered().size(), shown(ws, box.dir()));
            }
            return report;
        } catch (Outbox.BusyException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (Ledger.LedgerException e) {
            // Without a readable ledger nothing can be sent safely; everything stays in the outbox.
            err.printf("lap: %s. Nothing was sent; every message stays in %s. Repair or restore the ledger, then run "
                    + "./lap notify --send again.%n", e.getMessage(), shown(ws, box.dir()));
            return null;
        }
    }

    /** @param report null when nothing was to be sent; {@link #UNSENT} when delivery could not start */
    private int exit(Composition composition, DeliveryReport report) {
        if (report == UNSENT || report != null && !report.allDelivered()) {
            return ExitCodes.DELIVERY_FAILED;
        }
        return composition.anyMalformedAddress() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    private Integer port() {
        if (smtpPort != null) {
            return smtpPort;
        }
        String p = env.get("LAPCHECK_SMTP_PORT");
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(p.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("LAPCHECK_SMTP_PORT: '" + p + "' is not a port number");
        }
    }

    /** The report folder before this one in the same reports folder, for the indicators that moved. */
    private static Assessment previous(Path dir, Assessment current, PrintWriter err) {
        Path parent = dir.getParent();
        if (parent == null) {
            return null;
        }
        Optional<Path> before;
        try (Stream<Path> dirs = Files.list(parent)) {
            before = dirs.filter(d -> d.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
                    .filter(d -> d.getFileName().toString().compareTo(current.asOf().toString()) < 0)
                    .filter(d -> Files.isRegularFile(d.resolve(JsonRenderer.FINDINGS)))
                    .max(Comparator.comparing(d -> d.getFileName().toString()));
        } catch (java.io.IOException e) {
            return null;
        }
        if (before.isEmpty()) {
            return null;
        }
        try {
            return FindingsJson.read(AssessmentFolder.read(before.get().resolve(JsonRenderer.FINDINGS)));
        } catch (IllegalArgumentException e) {
            err.printf("  (the previous assessment in %s cannot be read, so no indicator is compared: %s)%n", before.get(), e.getMessage());
            return null;
        }
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static String line(String key, String address, String subject, long size) {
        return String.format(Locale.ROOT, "%-40s %-40s %s (%.1f kB)", key, address, subject, size / 1024.0);
    }

    private static String shown(Workspace ws, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(ws.home()) ? ws.home().relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
