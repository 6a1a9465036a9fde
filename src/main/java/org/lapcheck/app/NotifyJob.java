package org.lapcheck.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.Transmittal;
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
import org.lapcheck.submission.DisplayPaths;

/**
 * The e-mail job: compose the digests of one assessment into the outbox (staged and published whole), and with
 * {@code send} deliver it. {@code lap notify} hands it an assessment read from a report folder; {@code lap run} hands
 * it the assessment it has just made, in memory, with the reference data it has already read.
 */
public final class NotifyJob {

    /**
     * What to compose, and how it goes out.
     *
     * @param folder      the assessment's report folder (its findings.json fingerprints the outbox; its CSV and HTML
     *                    are attached for the troika)
     * @param contacts    each state's contact when states get their own feedback; else empty
     * @param ruleWording the rules folder whose translations word the findings: the one the assessment was made with
     * @param before      the assessment strictly before this one, when the caller has read it already (the indicators
     *                    that moved are counted against it); null to find it beside the folder
     */
    public record Request(Workspace ws, Assessment assessment, Path folder, ReferenceData reference,
            Map<String, Transmittal.Contact> contacts, Path ruleWording, Assessment before, Delivery delivery) {

        /**
         * The e-mail job on a report folder written earlier ({@code lap notify}, the workbench's outbox): its findings,
         * the reference data of {@code inputsDir}, and with {@code states} each state's contact from its report.
         */
        public static Request forFolder(Workspace ws, Path inputsDir, Path folder, boolean states, Delivery delivery) {
            Assessment a = AssessmentFolder.assessment(folder);
            ReferenceData reference = Inputs.reference(inputsDir, ws.home());
            return new Request(ws, a, folder, reference, states ? StateContacts.of(a, reference, ws.home()) : Map.of(),
                    ws.rules(), null, delivery);
        }
    }

    /**
     * How the e-mails go out: settled (and checked) before there is an assessment, so {@code lap run} can refuse a
     * wrong option before it assesses anything.
     *
     * @param lang     the language for recipients neither the machinery nor a state's report gives one
     * @param settings the SMTP relay when sending; null otherwise
     */
    public record Delivery(String lang, String sender, Path outbox, boolean dryRun, boolean send, SmtpSettings settings,
            RetryPolicy policy, String reportUrl) {}

    /** How the job ended, for the command's exit code. */
    public enum Result { DONE, MALFORMED_ADDRESS, UNDELIVERED }

    /** Delivery could not start (the ledger cannot be read): as undelivered. */
    private static final DeliveryReport UNSENT = new DeliveryReport(List.of());

    private NotifyJob() {}

    public static Result run(Request r, PrintWriter out, PrintWriter err) {
        Workspace ws = r.ws();
        Assessment a = r.assessment();
        Path dir = r.folder();
        ReferenceData reference = r.reference();
        if (reference.machinery() == null) {
            throw new UsageException("no machinery in " + ws.inputs().resolve("reference") + ": notify routes by machinery.yaml");
        }
        Map<String, String> names = new HashMap<>();
        reference.membership().forEach(s -> names.put(s.iso3(), s.name()));
        String lang = r.delivery().lang();
        String sender = r.delivery().sender();
        Map<String, Transmittal.Contact> contacts = r.contacts();
        SmtpSettings settings = r.delivery().settings();
        RetryPolicy policy = r.delivery().policy();
        boolean dryRun = r.delivery().dryRun();
        boolean send = r.delivery().send();
        String reportUrl = r.delivery().reportUrl();
        Outbox box = new Outbox(r.delivery().outbox());
        String fingerprint = sha256(dir.resolve(FindingsJson.FILE));
        Composition composition;
        try {
            // Compared with what was sent for this assessment: unchanged digests are not composed again, changed
            // ones become corrections.
            composition = Notifier.compose(new NotifyRequest(a, r.before() != null ? r.before() : previous(dir, a, err), reference.machinery(), contacts,
                    names, lang, sender, dir, shown(ws, dir) + "/", reportUrl, r.ruleWording()), box.sent(a.asOf()));
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


    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    private static DeliveryReport deliver(Outbox box, SmtpSettings settings, RetryPolicy policy, Workspace ws,
            PrintWriter out, PrintWriter err) {
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
            out.printf("  delivering %d message(s) via %s (up to %d retries)%n", pending.size(), settings, policy.retries());
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
    private static Result exit(Composition composition, DeliveryReport report) {
        if (report == UNSENT || report != null && !report.allDelivered()) {
            return Result.UNDELIVERED;
        }
        return composition.anyMalformedAddress() ? Result.MALFORMED_ADDRESS : Result.DONE;
    }

    /** The assessment before this one in the same reports folder, for the indicators that moved. */
    private static Assessment previous(Path dir, Assessment current, PrintWriter err) {
        if (dir.getParent() == null) {
            return null;
        }
        try {
            return PreviousAssessment.before(dir.getParent(), current.asOf()).orElse(null);
        } catch (java.io.IOException e) {
            err.printf("  (%s, so no indicator is compared)%n", e.getMessage());
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

    public static String line(String key, String address, String subject, long size) {
        return String.format(Locale.ROOT, "%-40s %-40s %s (%.1f kB)", key, address, subject, size / 1024.0);
    }

    private static String shown(Workspace ws, Path p) {
        return DisplayPaths.of(ws.home(), p);
    }
}
