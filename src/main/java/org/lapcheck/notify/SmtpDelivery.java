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
 * (the file is sent, not recomposed). Each acceptance goes into the ledger before the next message is sent.
 *
 * <p>Failures: a message the server refuses for good (5xx) is not retried in this run; one it cannot take now
 * (4xx), or all of them when the server cannot be reached, are retried with the {@link RetryPolicy}'s backoff.
 * One refused message never stops the others. A refused login ends the run at once (retrying a wrong password
 * only risks locking the account). Whatever was not accepted stays in the outbox for the next send.
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

    public DeliveryReport deliver(List<OutboxMessage> pending, Ledger ledger) {
        Session session = Session.getInstance(properties());
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

        for (int attempt = 1; !remaining.isEmpty(); attempt++) {
            remaining.forEach(m -> attempts.merge(m, 1, Integer::sum));
            Transport transport = null;
            try {
                transport = session.getTransport(protocol());
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                Iterator<OutboxMessage> it = remaining.iterator();
                while (it.hasNext()) {
                    OutboxMessage m = it.next();
                    try {
                        String reply = send(session, transport, m);
                        ledger.recordAccepted(m, clock.instant(), reply);
                        done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.ACCEPTED, reply, attempts.get(m)));
                        it.remove();
                    } catch (SendFailedException e) {
                        int code = returnCode(e);
                        if (code >= 500 && code < 600) {
                            done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.REFUSED, describe(e), attempts.get(m)));
                            it.remove();
                        } else {
                            lastError.put(m, describe(e));
                        }
                        if (!transport.isConnected()) {
                            break;
                        }
                    } catch (MessagingException e) {
                        lastError.put(m, describe(e));
                        if (!transport.isConnected()) {
                            break;
                        }
                    }
                }
            } catch (AuthenticationFailedException e) {
                String why = "the server refused the login of " + settings.user() + ": " + describe(e);
                remaining.forEach(m -> done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.FAILED, why, attempts.get(m))));
                remaining.clear();
            } catch (MessagingException e) {
                String why = "cannot reach " + settings + ": " + describe(e);
                remaining.forEach(m -> lastError.put(m, why));
            } finally {
                closeQuietly(transport);
            }
            if (remaining.isEmpty() || attempt > retry.retries() || !sleep(retry.delayAfter(attempt))) {
                break;
            }
        }
        for (OutboxMessage m : remaining) {
            done.put(m, new DeliveryReport.Outcome(m, DeliveryReport.Status.FAILED,
                    lastError.getOrDefault(m, "not sent"), attempts.getOrDefault(m, 0)));
        }
        Map<OutboxMessage, DeliveryReport.Outcome> inOrder = new LinkedHashMap<>();
        pending.forEach(m -> inOrder.put(m, done.get(m)));
        return new DeliveryReport(List.copyOf(inOrder.values()));
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

    private static String describe(MessagingException e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !s.toString().contains(next.getMessage().strip())) {
            s.append(" (").append(next.getMessage().strip()).append(')');
        }
        return s.toString().replaceAll("\\s+", " ");
    }

    private String protocol() {
        return settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
    }

    Properties properties() {
        String p = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", String.valueOf(settings.port()));
        String millis = String.valueOf(settings.timeout().toMillis());
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
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

    /** False when interrupted: stop retrying and report what is still undelivered. */
    private static boolean sleep(Duration d) {
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
