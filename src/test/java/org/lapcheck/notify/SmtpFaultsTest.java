package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lapcheck.notify.Fixtures.AS_OF;
import static org.lapcheck.notify.Fixtures.FROM;
import static org.lapcheck.notify.Fixtures.assessment;
import static org.lapcheck.notify.Fixtures.findings;
import static org.lapcheck.notify.Fixtures.machinery;
import static org.lapcheck.notify.Fixtures.request;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relays that misbehave, each scripted on 127.0.0.1 ({@link ScriptedRelay}) or GreenMail, against a real outbox:
 * nothing is lost, nothing leaks, nothing holds the run.
 */
@Timeout(10)
class SmtpFaultsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10));
    private static final String PASSWORD = "s3cr3t-Pw!";

    @TempDir
    Path tmp;

    private Outbox outbox;
    private int composed;

    private void compose() {
        Composition c = Notifier.compose(request(assessment(findings()), machinery(), Map.of()));
        outbox = new Outbox(tmp.resolve("outbox"));
        outbox.store(AS_OF, c.messages());
        composed = c.messages().size();
    }

    private static SmtpSettings relay(int port, Duration command, Duration deadline) {
        return SmtpSettings.of("127.0.0.1", port, "none", null, null, FROM).withTimeouts(command, deadline);
    }

    private DeliveryReport deliver(SmtpSettings settings) {
        return new SmtpDelivery(settings, FAST).deliver(outbox.pending(), outbox.ledger());
    }

    @Test
    void aRelayThatDropsTheConnectionAfterEachMessageStillGetsThemAll() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.dropAfterMessages = 1;
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            DeliveryReport report = deliver(relay(relay.port(), Duration.ofSeconds(2), Duration.ofSeconds(8)));

            assertThat(report.allDelivered()).as(report.toString()).isTrue();
            assertThat(relay.accepted()).hasSize(composed);
            assertThat(relay.connections()).isGreaterThanOrEqualTo(composed);
            assertThat(outbox.ledger().acceptedIds()).hasSize(composed);
            assertThat(outbox.pending()).isEmpty();
        }
    }

    @Test
    void aRecipientRefusedForGoodIsMarkedRefusedInTheLedgerAndTheOthersStillGo() throws Exception {
        compose();
        String refused = "clearance-nor@example.org";
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.refuseRecipient = refused::equals;
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            DeliveryReport report = deliver(relay(relay.port(), Duration.ofSeconds(2), Duration.ofSeconds(8)));

            assertThat(report.undelivered()).singleElement().satisfies(o -> {
                assertThat(o.message().address()).isEqualTo(refused);
                assertThat(o.status()).isEqualTo(DeliveryReport.Status.REFUSED);
                assertThat(o.attempts()).isEqualTo(1);
                assertThat(o.reply()).contains("550");
            });
            assertThat(relay.accepted()).hasSize(composed - 1).doesNotContain(refused);
            List<Ledger.Entry> ledger = outbox.ledger().entries();
            assertThat(ledger).filteredOn(e -> e.status() == Ledger.Status.REFUSED).singleElement()
                    .satisfies(e -> {
                        assertThat(e.address()).isEqualTo(refused);
                        assertThat(e.serverReply()).contains("550");
                    });
            assertThat(ledger).filteredOn(e -> e.status() == Ledger.Status.ACCEPTED).hasSize(composed - 1);
            assertThat(outbox.pending()).extracting(OutboxMessage::address).containsExactly(refused);
        }
    }

    @Test
    void aRelayAnsweringOneByteAtATimeIsCutOffByThePerCommandTimeout() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.greetingByteEveryMillis = 150; // each byte well within the timeout; the whole reply is not
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            assertCutOffAfter800ms(relay(relay.port(), Duration.ofMillis(800), Duration.ofSeconds(30)), Duration.ofSeconds(4));
        }
    }

    /** Delivery through {@code relay} ends within {@code bound}, every message failed on its 800 ms reply, all kept. */
    private void assertCutOffAfter800ms(SmtpSettings relay, Duration bound) {
        long start = System.nanoTime();
        DeliveryReport report = new SmtpDelivery(relay, new RetryPolicy(0, Duration.ZERO))
                .deliver(outbox.pending(), outbox.ledger());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
        assertThat(report.accepted()).isEmpty();
        assertThat(report.outcomes()).hasSize(composed).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
            assertThat(o.reply()).contains("no complete reply within 800 ms");
        });
        assertThat(outbox.pending()).hasSize(composed);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anSmtpsRelayTricklingItsHandshakeIsCutOffByThePerCommandTimeout() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.tlsRecordByteEveryMillis = 100; // each byte well within the timeout; the handshake never completes
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            assertCutOffAfter800ms(SmtpSettings.of("127.0.0.1", relay.port(), "smtps", null, null, FROM)
                    .withTimeouts(Duration.ofMillis(800), Duration.ofSeconds(30)), Duration.ofSeconds(5));
        }
    }

    @Test
    void anSmtpsRelayWhoseCertificateIsNotTrustedGetsNothingAndTheMessagesStayInTheOutbox() throws Exception {
        compose();
        // GreenMail's own certificate, which no trust store holds: TLS runs over our sockets and checks it.
        GreenMail tls = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
        tls.start();
        try {
            SmtpSettings smtps = SmtpSettings.of("127.0.0.1", tls.getSmtps().getPort(), "smtps", null, null, FROM)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
            DeliveryReport report = new SmtpDelivery(smtps, new RetryPolicy(0, Duration.ZERO))
                    .deliver(outbox.pending(), outbox.ledger());

            assertThat(report.accepted()).isEmpty();
            assertThat(report.outcomes()).hasSize(composed).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
                assertThat(o.reply()).containsIgnoringCase("certificat");
            });
            assertThat(tls.getReceivedMessages()).isEmpty();
            assertThat(outbox.pending()).hasSize(composed);
        } finally {
            tls.stop();
        }
    }

    @Test
    void anEndlessEhloReplyIsCutOffAndTheMessagesStayInTheOutbox() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.endlessEhlo = true;
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            long start = System.nanoTime();
            DeliveryReport report = new SmtpDelivery(relay(relay.port(), Duration.ofMillis(700), Duration.ofSeconds(30)),
                    new RetryPolicy(1, Duration.ofMillis(10))).deliver(outbox.pending(), outbox.ledger());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(report.accepted()).isEmpty();
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.attempts()).isEqualTo(2));
            assertThat(outbox.pending()).hasSize(composed);
        }
    }

    @Test
    void theDeliveryDeadlineLeavesWhatIsNotSentInTheOutbox() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.answerAfterMillis = 60; // every command answered in time, but a message takes five of them
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            long start = System.nanoTime();
            DeliveryReport report = deliver(relay(relay.port(), Duration.ofSeconds(2), Duration.ofMillis(1200)));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(report.accepted()).isNotEmpty().hasSizeLessThan(composed);
            assertThat(report.undelivered()).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
                assertThat(o.reply()).contains("deadline");
            });
            assertThat(relay.accepted()).hasSize(report.accepted().size());
            assertThat(outbox.pending()).hasSize(composed - report.accepted().size());
        }
    }

    @Test
    void aRelayEchoingTheCredentialsAndTerminalEscapesIsShownRedactedAndEscaped() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.authReply = "235 2.7.0 welcome, you sent {credentials} = {password}";
        b.acceptReply = "250 queued for {password} \u001B[2J\u001B]0;owned\u0007 \u202Edesrever";
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            SmtpSettings login = SmtpSettings.of("127.0.0.1", relay.port(), "none", "lap", PASSWORD, FROM)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(8));

            DeliveryReport report = new SmtpDelivery(login, FAST).deliver(outbox.pending(), outbox.ledger());

            assertThat(report.allDelivered()).isTrue();
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.reply())
                    .doesNotContain(PASSWORD).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0007")
                    .contains("queued for ***", "\\u001B[2J", "\\u202Edesrever"));
            String ledger = Files.readString(outbox.ledger().file());
            assertThat(ledger).doesNotContain(PASSWORD).doesNotContain("\u001B").doesNotContain("\u202E")
                    .contains("queued for ***");
        }
    }

    @Test
    void aLoginReplyEchoingTheBase64CredentialsIsRedactedToo() throws Exception {
        compose();
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.authReply = "535 5.7.8 bad credentials {credentials} ({password})";
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            SmtpSettings login = SmtpSettings.of("127.0.0.1", relay.port(), "none", "lap", PASSWORD, FROM)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(8));

            DeliveryReport report = new SmtpDelivery(login, FAST).deliver(outbox.pending(), outbox.ledger());

            String plain = java.util.Base64.getEncoder().encodeToString(("\0lap\0" + PASSWORD).getBytes());
            assertThat(report.outcomes()).isNotEmpty().allSatisfy(o -> {
                assertThat(o.reply()).contains("refused the login", "bad credentials *** (***)")
                        .doesNotContain(PASSWORD).doesNotContain(plain);
            });
            assertThat(relay.accepted()).isEmpty();
        }
    }

    @Test
    void whenTheLedgerCannotBeWrittenDeliveryStopsAndTheNextRunSendsNothingAgain() throws Exception {
        compose();
        Path ledger = outbox.ledger().file();
        MessageDeliveryHandler normal = greenMail.getUserManager().getMessageDeliveryHandler();
        // The relay takes the first message; meanwhile the ledger becomes unwritable (a folder where the file was).
        greenMail.getUserManager().setMessageDeliveryHandler((message, to) -> {
            try {
                Files.deleteIfExists(ledger);
                Files.createDirectories(ledger);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return normal.handle(message, to);
        });
        SmtpSettings settings = relay(greenMail.getSmtp().getPort(), Duration.ofSeconds(2), Duration.ofSeconds(8));

        DeliveryReport first = deliver(settings);

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(first.outcomes().get(0).status()).isEqualTo(DeliveryReport.Status.UNRECORDED);
        assertThat(first.outcomes().get(0).reply()).contains("the next send will send it again");
        assertThat(first.outcomes().subList(1, composed)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
            assertThat(o.attempts()).isZero();
            assertThat(o.reply()).contains("cannot write the ledger");
        });

        // The next run cannot read the ledger: it sends nothing at all, rather than the first message again.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliver(settings))
                .isInstanceOf(Ledger.LedgerException.class).hasMessageContaining("not a file");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
}
