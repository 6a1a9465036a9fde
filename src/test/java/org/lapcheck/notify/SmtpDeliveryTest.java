package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lapcheck.notify.Fixtures.AS_OF;
import static org.lapcheck.notify.Fixtures.FROM;
import static org.lapcheck.notify.Fixtures.assessment;
import static org.lapcheck.notify.Fixtures.contact;
import static org.lapcheck.FindingBuilder.finding;
import static org.lapcheck.notify.Fixtures.findings;
import static org.lapcheck.notify.Fixtures.machinery;
import static org.lapcheck.notify.Fixtures.request;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Transmittal.Contact;

/** Delivery against a real SMTP server on loopback (GreenMail), from a real outbox on disk. */
class SmtpDeliveryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Three tries, 10 ms then 20 ms apart: the real backoff, scaled down. */
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10));

    @TempDir
    Path tmp;

    private Outbox outbox;

    private Composition composeInto(Map<String, Contact> contacts, List<Finding> findings) {
        Composition c = Notifier.compose(request(assessment(findings), machinery(), contacts));
        outbox = new Outbox(tmp.resolve("outbox"));
        outbox.store(AS_OF, c.messages());
        return c;
    }

    private Composition composeInto() {
        return composeInto(Map.of(), findings());
    }

    private static SmtpSettings loopback(int port) {
        return SmtpSettings.of("127.0.0.1", port, null, null, null, FROM);
    }

    private DeliveryReport send() {
        return new SmtpDelivery(loopback(greenMail.getSmtp().getPort()), FAST).deliver(outbox.pending(), outbox.ledger());
    }

    private static List<MimeMessage> withId(String messageId) throws MessagingException {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (messageId.equals(m.getMessageID())) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    @Test
    void everyRoutedRecipientReceivesExactlyOneMessageWithTextAndHtmlParts() throws Exception {
        Composition c = composeInto();

        DeliveryReport report = send();

        assertThat(report.allDelivered()).isTrue();
        assertThat(report.accepted()).hasSize(c.messages().size());
        assertThat(greenMail.getReceivedMessages()).hasSize(c.messages().size());
        for (ComposedMessage sent : c.messages()) {
            List<MimeMessage> got = withId(sent.messageId());
            assertThat(got).as(sent.recipientKey()).hasSize(1);
            MimeMessage m = got.get(0);
            assertThat(addresses(m.getAllRecipients())).containsExactly(sent.address());
            assertThat(m.getSubject()).isEqualTo(sent.subject());
            Multipart mixed = (Multipart) m.getContent();
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(alternative.getCount()).isEqualTo(2);
            assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
            assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
            if (sent.recipientKey().startsWith("troika-")) {
                assertThat(mixed.getCount()).isEqualTo(2);
                assertThat(mixed.getBodyPart(1).getFileName()).startsWith("lapcheck-report-").endsWith(".zip");
                assertThat(mixed.getBodyPart(1).isMimeType("application/zip")).isTrue();
            } else {
                assertThat(mixed.getCount()).as(sent.recipientKey()).isEqualTo(1);
            }
        }
        assertThat(outbox.ledger().entries()).hasSize(c.messages().size())
                .allSatisfy(e -> assertThat(e.serverReply()).startsWith("250"));
    }

    @Test
    void aSecondSendSendsNothing() {
        Composition c = composeInto();
        assertThat(send().accepted()).hasSize(c.messages().size());

        assertThat(outbox.pending()).isEmpty();
        DeliveryReport again = send();

        assertThat(again.outcomes()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(c.messages().size());
    }

    @Test
    void withTheServerStoppedTheMessagesStayInTheOutboxAndALaterSendDeliversThem() {
        Composition c = composeInto();
        int port = greenMail.getSmtp().getPort();
        greenMail.stop();

        DeliveryReport down = new SmtpDelivery(loopback(port), FAST).deliver(outbox.pending(), outbox.ledger());

        assertThat(down.allDelivered()).isFalse();
        assertThat(down.outcomes()).hasSize(c.messages().size()).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
            assertThat(o.attempts()).isEqualTo(3);
            assertThat(o.reply()).contains("cannot reach");
        });
        assertThat(outbox.ledger().entries()).isEmpty();
        assertThat(outbox.pending()).hasSize(c.messages().size());

        greenMail.start();
        DeliveryReport up = send();

        assertThat(up.allDelivered()).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(c.messages().size());
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aRecipientTheServerRefusesDoesNotBlockTheOthersAndIsDeliveredByTheNextSend() throws Exception {
        Composition c = composeInto();
        String refused = "clearance-nor@example.org";
        MessageDeliveryHandler normal = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, to) -> {
            if (to.getEmail().equals(refused)) {
                throw new MessagingException("mailbox busy"); // GreenMail answers 451: try again later
            }
            return normal.handle(message, to);
        });

        DeliveryReport first = send();

        assertThat(first.undelivered()).singleElement().satisfies(o -> {
            assertThat(o.message().address()).isEqualTo(refused);
            assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
            assertThat(o.attempts()).isEqualTo(3);
            assertThat(o.reply()).contains("451");
        });
        assertThat(first.accepted()).hasSize(c.messages().size() - 1);
        assertThat(outbox.pending()).extracting(OutboxMessage::address).containsExactly(refused);

        greenMail.getUserManager().setMessageDeliveryHandler(normal);
        DeliveryReport second = send();

        assertThat(second.accepted()).extracting(o -> o.message().address()).containsExactly(refused);
        assertThat(greenMail.getReceivedMessages()).hasSize(c.messages().size());
    }

    @Test
    void aHeaderInjectionFromAStatesFileYieldsNoExtraHeaderNorRecipientAndEscapedHtml() throws Exception {
        List<Finding> hostile = new ArrayList<>(findings());
        hostile.add(finding("T-OLD-FORM", "GNB").name("Guinea-Bissau")
                .message("Remarks: <script>alert('x')</script>\r\nBcc: evil@example.org").build());
        Composition c = composeInto(Map.of("GNB", contact("Ana\r\nBcc: evil@example.org", "ccm.gnb@example.org")), hostile);

        assertThat(send().allDelivered()).isTrue();

        ComposedMessage gnb = c.messages().stream().filter(m -> m.recipientKey().equals("state-gnb")).findFirst().orElseThrow();
        MimeMessage got = withId(gnb.messageId()).get(0);
        assertThat(got.getHeader("Bcc")).isNull();
        assertThat(addresses(got.getAllRecipients())).containsExactly("ccm.gnb@example.org");
        assertThat(greenMail.getUserManager().getUserByEmail("evil@example.org")).isNull();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            assertThat(addresses(m.getAllRecipients())).doesNotContain("evil@example.org");
        }
        String html = (String) ((Multipart) ((Multipart) got.getContent()).getBodyPart(0).getContent()).getBodyPart(1).getContent();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void aLoginTheServerRefusesEndsTheRunWithoutRetrying() throws Exception {
        GreenMail guarded = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        guarded.withConfiguration(GreenMailConfiguration.aConfig().withUser("lap@example.org", "lap", "right"));
        guarded.start();
        try {
            composeInto();
            SmtpSettings wrong = SmtpSettings.of("127.0.0.1", guarded.getSmtp().getPort(), "none", "lap", "wrong", FROM);

            DeliveryReport report = new SmtpDelivery(wrong, FAST).deliver(outbox.pending(), outbox.ledger());

            assertThat(report.outcomes()).isNotEmpty().allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(DeliveryReport.Status.FAILED);
                assertThat(o.attempts()).isEqualTo(1);
                assertThat(o.reply()).contains("refused the login");
            });
            assertThat(guarded.getReceivedMessages()).isEmpty();
        } finally {
            guarded.stop();
        }
    }

    @Test
    void aFileWithoutAMessageIdIsNeverSentSinceTheLedgerCouldNotTrackIt() throws Exception {
        composeInto();
        Path stray = outbox.folder(AS_OF).resolve("hand-written.eml");
        Files.writeString(stray, "From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n");

        DeliveryReport report = send();

        assertThat(report.undelivered()).singleElement().satisfies(o -> {
            assertThat(o.message().file()).isEqualTo(stray);
            assertThat(o.status()).isEqualTo(DeliveryReport.Status.REFUSED);
            assertThat(o.reply()).contains("no Message-ID");
        });
        assertThat(greenMail.getReceivedMessages()).hasSize(report.accepted().size());
    }
}
