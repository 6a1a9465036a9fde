package org.lapcheck.notify;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Delivers outbox messages over SMTP, one message per transaction, each exactly as its {@code .eml} file holds it
 * (the file is sent, not recomposed). Each message's ledger line is written before it is sent and settled before the
 * next one goes (see {@link Ledger}).
 *
 * <p>Failures: a message the server refuses for good (5xx) is recorded as refused and not retried in this run; one it
 * cannot take now (4xx), or all of them when the server cannot be reached, are retried with the {@link RetryPolicy}'s
 * backoff. A connection the relay drops after taking messages is opened again at once, without using up a retry, so a
 * relay that takes one message per connection still gets them all. One refused message never stops the others. A
 * refused login ends the run at once (retrying a wrong password only risks locking the account), and so does a ledger
 * that cannot be written (the next message would go out unrecorded). Every command is bounded by the settings'
 * timeout and the whole delivery by their deadline. Whatever was not accepted stays in the outbox for the next send.
 *
 * <p>Everything from the relay is redacted of the password and escaped before it reaches a report or the ledger.
 */
public final class SmtpDelivery {

    private final SmtpSettings settings;
    private final RetryPolicy retry;
    private final Clock clock;

    public SmtpDelivery(SmtpSettings settings, RetryPolicy retry) {
        this(settings, retry, Clock.systemUTC());
    }

    SmtpDelivery(SmtpSettings settings, RetryPolicy retry, Clock clock) {
        this.settings = settings;
        this.retry = retry;
        this.clock = clock;
    }

    /** Why the delivery stopped before every message was tried, for each message it left. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop(String why) {
            super(why, null, false, false);
        }
    }

    public DeliveryReport deliver(List<OutboxMessage> pending, Ledger ledger) {
        DeadlineSockets sockets = new DeadlineSockets(settings.timeout(), System.nanoTime() + settings.deadline().toNanos());
        Session session = Session.getInstance(properties(sockets));
        Map<OutboxMessage, DeliveryReport.Outcome> done = new HashMap<>();
        Map<OutboxMessage, String> lastError = new HashMap<>();
        Map<OutboxMessage, Integer> attempts = new HashMap<>();
        List<OutboxMessage> remaining = new ArrayList<>();
        for (OutboxMessage m : pending) {
            // Without its Message-ID the ledger could not tell this message from another: never send it.
            if (m.messageId() == null || m.messageId().isBlank()) {
                done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.REFUSED,
                        "not sent: the file has no Message-ID, so it was not composed by lapcheck", 0));
            } else {
                remaining.add(m);
            }
        }

        String stopped = null;
        int rounds = 0;
        while (!remaining.isEmpty() && stopped == null) {
            if (sockets.pastDeadline()) {
                stopped = deadlinePassed();
                break;
            }
            boolean progress = false;
            boolean dropped = false;
            Transport transport = null;
            try {
                transport = session.getTransport(protocol());
                transport.connect(settings.connectHost(), settings.port(), settings.user(), settings.password());
                Iterator<OutboxMessage> it = remaining.iterator();
                while (it.hasNext()) {
                    OutboxMessage m = it.next();
                    if (sockets.pastDeadline()) {
                        throw new Stop(deadlinePassed());
                    }
                    attempts.merge(m, 1, Integer::sum);
                    Ledger.Reservation line = reserve(ledger, m);
                    try {
                        String reply = shown(send(session, transport, m));
                        settle(ledger, line, Ledger.Status.ACCEPTED, reply, m, done, attempts);
                        done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.ACCEPTED, reply, attempts.get(m)));
                        it.remove();
                        progress = true;
                    } catch (SendFailedException e) {
                        int code = returnCode(e);
                        boolean permanent = code >= 500 && code < 600;
                        settle(ledger, line, permanent ? Ledger.Status.REFUSED : Ledger.Status.FAILED, describe(e), m,
                                done, attempts);
                        if (permanent) {
                            done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.REFUSED, describe(e), attempts.get(m)));
                            it.remove();
                            progress = true;
                        } else {
                            lastError.put(m, describe(e));
                        }
                        if (!transport.isConnected()) {
                            dropped = true;
                            break;
                        }
                    } catch (MessagingException e) {
                        settle(ledger, line, Ledger.Status.FAILED, describe(e), m, done, attempts);
                        lastError.put(m, describe(e));
                        if (!transport.isConnected()) {
                            dropped = true;
                            break;
                        }
                    }
                }
            } catch (Stop e) {
                stopped = e.getMessage();
            } catch (AuthenticationFailedException e) {
                String why = "the server refused the login of " + settings.user() + ": " + describe(e);
                remaining.forEach(m -> {
                    attempts.merge(m, 1, Integer::sum);
                    done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.FAILED, why, attempts.get(m)));
                });
                remaining.clear();
            } catch (MessagingException | IllegalStateException e) {
                String why = "cannot reach " + settings + ": " + (e instanceof MessagingException me ? describe(me)
                        : shown(e.getMessage()));
                remaining.forEach(m -> {
                    attempts.merge(m, 1, Integer::sum);
                    lastError.put(m, why);
                });
            } finally {
                closeQuietly(transport);
            }
            remaining.removeIf(done::containsKey);
            if (remaining.isEmpty() || stopped != null) {
                break;
            }
            if (dropped && progress) {
                continue; // the relay ends connections early but takes messages: go on at once
            }
            rounds++;
            if (rounds > retry.retries() || !sleep(retry.delayAfter(rounds), sockets)) {
                break;
            }
        }
        if (stopped == null && !remaining.isEmpty() && sockets.pastDeadline()) {
            stopped = deadlinePassed();
        }
        for (OutboxMessage m : remaining) {
            String why = stopped != null ? stopped + (lastError.containsKey(m) ? " (last try: " + lastError.get(m) + ")" : "")
                    : lastError.getOrDefault(m, "not sent");
            done.putIfAbsent(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.FAILED, why,
                    attempts.getOrDefault(m, 0)));
        }
        Map<OutboxMessage, DeliveryReport.Outcome> inOrder = new LinkedHashMap<>();
        pending.forEach(m -> inOrder.put(m, done.get(m)));
        return new DeliveryReport(List.copyOf(inOrder.values()));
    }

    private String deadlinePassed() {
        return "not sent: the delivery deadline of " + settings.deadline().toMillis() / 1000.0 + " s passed";
    }

    private Ledger.Reservation reserve(Ledger ledger, OutboxMessage m) throws Stop {
        try {
            return ledger.reserve(m, clock.instant());
        } catch (Ledger.LedgerException e) {
            throw new Stop("not sent: " + shown(e.getMessage()) + "; nothing more is sent until it can be written");
        }
    }

    /** When the ledger cannot record what the server did, the run stops: the next message would go out unrecorded. */
    private void settle(Ledger ledger, Ledger.Reservation line, Ledger.Status status, String reply, OutboxMessage m,
            Map<OutboxMessage, DeliveryReport.Outcome> done, Map<OutboxMessage, Integer> attempts) throws Stop {
        try {
            ledger.settle(line, status, clock.instant(), reply);
        } catch (Ledger.LedgerException e) {
            String why = shown(e.getMessage());
            if (status == Ledger.Status.ACCEPTED) {
                done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.UNRECORDED,
                        "accepted (" + reply + "), but " + why + ": the next send will send it again", attempts.get(m)));
            }
            throw new Stop("not sent: " + why + "; nothing more is sent until it can be written");
        }
    }

    /** Text from the relay or about it, safe to print and to keep: the password redacted, controls escaped. */
    private String shown(String s) {
        return org.lapcheck.model.UntrustedText.escape(settings.redact(utf8(s == null ? "" : s)));
    }

    /** Jakarta Mail reads replies as ISO-8859-1; a relay writing UTF-8 is read back as such, so escapes name real characters. */
    static String utf8(String latin1) {
        if (latin1.chars().anyMatch(c -> c > 0xFF) || latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    /** Sends the file's bytes as they are: no saveChanges, so the Message-ID, Date and body stay those on disk. */
    private static String send(Session session, Transport transport, OutboxMessage m) throws MessagingException {
        MimeMessage message;
        try (InputStream in = Files.newInputStream(m.file())) {
            message = new MimeMessage(session, in);
        } catch (IOException e) {
            throw new MessagingException("cannot read " + m.file() + ": " + e.getMessage(), e);
        }
        Address[] to = message.getAllRecipients();
        if (to == null || to.length != 1) {
            throw new SendFailedException(m.file().getFileName() + " must have exactly one recipient");
        }
        transport.sendMessage(message, to);
        String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
        return reply == null ? "accepted" : reply.strip();
    }

    /** The SMTP reply code of a refusal, from the exception or the one chained to it; 0 when there is none. */
    static int returnCode(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
            if (x instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (x instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (x instanceof SMTPSenderFailedException s) {
                return s.getReturnCode();
            }
        }
        return 0;
    }

    private String describe(MessagingException e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !s.toString().contains(next.getMessage().strip())) {
            s.append(" (").append(next.getMessage().strip()).append(')');
        }
        return shown(s.toString().replaceAll("\\s+", " "));
    }

    private String protocol() {
        return settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
    }

    Properties properties() {
        return properties(new DeadlineSockets(settings.timeout(), System.nanoTime() + settings.deadline().toNanos()));
    }

    private Properties properties(DeadlineSockets sockets) {
        String p = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", String.valueOf(settings.port()));
        String millis = String.valueOf(settings.timeout().toMillis());
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        // Objects, not class names: this delivery's sockets, which bound each reply and the whole run. No
        // ssl.socketFactory: for SMTPS, Angus layers the JDK's TLS over these sockets (see DeadlineSockets).
        props.put(p + "socketFactory", sockets);
        props.put(p + "auth", String.valueOf(settings.user() != null));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        if (settings.from() != null) {
            props.put(p + "from", settings.from());
        }
        return props;
    }

    /** False when interrupted or when the wait would pass the deadline: stop and report what is still undelivered. */
    private static boolean sleep(Duration d, DeadlineSockets sockets) {
        if (d.toNanos() >= sockets.nanosLeft()) {
            return false;
        }
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Transport t) {
        if (t == null) {
            return;
        }
        try {
            t.close();
        } catch (MessagingException e) {
            // The connection is already gone: nothing more to say than the error that ended it.
        }
    }
}
