package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lapcheck.notify.Fixtures.AS_OF;
import static org.lapcheck.notify.Fixtures.FROM;

import org.lapcheck.FindingBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageComposerTest {

    private static final byte[] CSV = "id,rule\nT-X:GNB:2025,late\n".getBytes(StandardCharsets.UTF_8);

    private final MessageComposer composer = new MessageComposer(FROM);

    private static Recipient recipient(String key, String address, String person) {
        return new Recipient(key, Audience.STATE, "state", null, "GNB", address, person, null, List.of());
    }

    private static Digest digest(String subject, String text, List<Attachment> attachments) {
        return new Digest(subject, "en", text, "<p>" + DigestWriter.escape(text) + "</p>", attachments);
    }

    private ComposedMessage compose(String person, String text) {
        return composer.compose(recipient("state-gnb", "ccm.gnb@example.org", person),
                digest("[LAP 2025] Guinea-Bissau: feedback on your report, 1 gap", text,
                        List.of(new Attachment("findings.csv", "text/csv; charset=UTF-8", CSV))), AS_OF);
    }

    static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void composingTwiceGivesTheSameBytes() {
        assertThat(compose("Ana", "one finding").eml()).isEqualTo(compose("Ana", "one finding").eml());
    }

    @Test
    void theMessageIdIsDerivedFromTheAssessmentTheRecipientAndTheAddress() throws Exception {
        ComposedMessage m = compose("Ana", "x");
        assertThat(m.messageId()).matches("<lap-2026-11-29-[0-9a-f]{16}@lapcheck>");
        assertThat(parse(m.eml()).getMessageID()).isEqualTo(m.messageId());
        assertThat(MessageComposer.messageId(AS_OF, "state-gnb", "other@example.org")).isNotEqualTo(m.messageId());
        assertThat(MessageComposer.messageId(AS_OF.plusDays(1), "state-gnb", "ccm.gnb@example.org")).isNotEqualTo(m.messageId());
    }

    @Test
    void theDateIsTheAssessmentDaySoFilesAreReproducible() throws Exception {
        MimeMessage m = parse(compose("Ana", "x").eml());
        assertThat(m.getHeader("Date", null)).isEqualTo("Sun, 29 Nov 2026 00:00:00 +0000");
    }

    @Test
    void theMessageIsMixedHoldingAlternativeTextAndHtmlThenTheAttachments() throws Exception {
        MimeMessage m = parse(compose("Ana", "one finding").eml());

        assertThat(m.getFrom()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(FROM);
        assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(m.getSubject()).isEqualTo("[LAP 2025] Guinea-Bissau: feedback on your report, 1 gap");
        assertThat(m.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        Multipart mixed = (Multipart) m.getContent();
        assertThat(new ContentType(mixed.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(new ContentType(alternative.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) alternative.getBodyPart(0).getContent()).isEqualTo("one finding");
        BodyPart csv = mixed.getBodyPart(1);
        assertThat(csv.isMimeType("text/csv")).isTrue();
        assertThat(csv.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(csv.getFileName()).isEqualTo("findings.csv");
    }

    @Test
    void attachmentsArriveByteForByteWithTheirLineEnds() throws Exception {
        BodyPart csv = ((Multipart) parse(compose("Ana", "x").eml()).getContent()).getBodyPart(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = csv.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(out.toByteArray()).isEqualTo(CSV);
    }

    @Test
    void aContactNameWithAnInjectedHeaderAddsNoHeader() throws Exception {
        ComposedMessage composed = compose("Ana\r\nBcc: evil@example.org\r\nX-Evil: 1", "x");
        MimeMessage m = parse(composed.eml());

        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getHeader("X-Evil")).isNull();
        assertThat(m.getAllRecipients()).hasSize(1);
        InternetAddress to = (InternetAddress) m.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("ccm.gnb@example.org");
        assertThat(to.getPersonal()).isEqualTo("Ana Bcc: evil@example.org X-Evil: 1");
        assertThat(new String(composed.eml(), StandardCharsets.US_ASCII)).doesNotContainPattern("(?m)^Bcc:");
    }

    @Test
    void aSubjectWithALineBreakIsRefused() {
        assertThatThrownBy(() -> composer.compose(recipient("state-gnb", "ccm.gnb@example.org", null),
                digest("[LAP 2025] Guinea-Bissau\r\nBcc: evil@example.org", "x", List.of()), AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Subject");
    }

    @Test
    void aMalformedAddressIsRefused() {
        assertThatThrownBy(() -> composer.compose(recipient("state-gnb", "ccm.gnb@example.org\nBcc: evil@example.org", null),
                digest("s", "x", List.of()), AS_OF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageComposer("not an address")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyLineCannotForgeTheBoundary() throws Exception {
        String eml = new String(compose("Ana", "x").eml(), StandardCharsets.US_ASCII);
        String boundary = eml.replaceAll("(?s).*boundary=\"(=_lap_alt_[0-9a-f]+)\".*", "$1");
        String forged = "before\n--" + boundary + "\nContent-Type: text/html\n\n<script>forged</script>\n--" + boundary + "--\nafter";

        MimeMessage m = parse(compose("Ana", forged).eml());

        Multipart alternative = (Multipart) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        // Text parts come back with CRLF line ends (MIME's canonical form): compare lines, not bytes.
        assertThat(((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(forged);
    }

    @Test
    void aStatesControlAndBidiCharactersReachNeitherPartRaw() throws Exception {
        String hostile = "Stock: 0 \u202Eredro fo tuo\u202C \u001B[2J\u001B]0;owned\u0007 done";
        java.util.List<org.lapcheck.model.Finding> findings = new java.util.ArrayList<>(Fixtures.findings());
        findings.add(FindingBuilder.finding("T-OLD-FORM", "GNB").name("Guinea-Bissau").message(hostile).build());
        Composition c = Notifier.compose(Fixtures.request(Fixtures.assessment(findings), Fixtures.machinery(),
                java.util.Map.of("GNB", Fixtures.contact("Ana \u2066\u202Eevil\u2069", "ccm.gnb@example.org"))));
        ComposedMessage gnb = c.messages().stream().filter(m -> m.recipientKey().equals("state-gnb")).findFirst().orElseThrow();

        Multipart alternative = (Multipart) ((Multipart) parse(gnb.eml()).getContent()).getBodyPart(0).getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();

        for (String part : List.of(text, html)) {
            assertThat(part).doesNotContain("\u202E", "\u202C", "\u2066", "\u2069", "\u001B", "\u0007")
                    .contains("Stock: 0 \\u202Eredro fo tuo\\u202C \\u001B[2J\\u001B]0;owned\\u0007 done")
                    .contains("Ana \\u2066\\u202Eevil\\u2069");
        }
        // Line breaks of the layout stay: the text part is still lines.
        assertThat(text).contains("\n");
    }
}
