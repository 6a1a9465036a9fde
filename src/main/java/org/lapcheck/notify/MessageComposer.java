package org.lapcheck.notify;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Builds the MIME message of a digest: {@code multipart/mixed} holding a {@code multipart/alternative} (plain
 * text, then HTML) and the attachments. Everything in it is derived from the assessment and the recipient, so
 * composing twice gives the same bytes: the Message-ID ({@code <lap-AS_OF-HASH@lapcheck>}, HASH from the recipient
 * key and address), the Date (the as-of day, midnight UTC) and the MIME boundaries are fixed.
 *
 * <p>Header safety: text parts are always quoted-printable and attachments base64, so no body line can start
 * with a boundary or a header; every header value is refused if it still holds CR or LF; addresses are checked
 * by {@link Addresses}.
 */
public final class MessageComposer {

    private static final DateTimeFormatter RFC_5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private final InternetAddress from;
    private final Session session = Session.getInstance(new Properties());

    /** @param from the From address of every message; throws {@link IllegalArgumentException} when invalid */
    public MessageComposer(String from) {
        this.from = Addresses.require(from);
    }

    /**
     * The header carrying the SHA-256 of what a digest says (recipient, sender, subject, both parts, attachments):
     * composing again after an assessment ran again tells from it whether a sent message's content changed.
     */
    public static final String CONTENT_HEADER = "X-Lapcheck-Content";

    /** A later version of a message already sent: its number and the Message-IDs of the earlier ones, first first. */
    public record Correction(int version, java.util.List<String> earlier) {
        public Correction {
            earlier = java.util.List.copyOf(earlier);
            if (version < 2 || earlier.isEmpty()) {
                throw new IllegalArgumentException("a correction follows at least one message");
            }
        }
    }

    public ComposedMessage compose(Recipient r, Digest d, LocalDate asOf) {
        return compose(r, d, asOf, null);
    }

    /** @param correction null for the first message, else which earlier messages this one corrects */
    public ComposedMessage compose(Recipient r, Digest d, LocalDate asOf, Correction correction) {
        String first = messageId(asOf, r.key(), r.address());
        String id = correction == null ? first : first.replace("@lapcheck>", "-v" + correction.version() + "@lapcheck>");
        String content = contentSha256(r, d);
        try {
            MimeMessage m = new FixedIdMessage(session, id);
            m.setFrom(from);
            m.setRecipient(Message.RecipientType.TO, to(r));
            String subject = HeaderText.refuseLineBreaks("Subject", d.subject());
            m.setSubject(subject, "UTF-8");
            m.setHeader("Date", RFC_5322_DATE.format(asOf.atStartOfDay(ZoneOffset.UTC)));
            // The language's tag (zh-Hans for simplified Chinese), as the HTML part's lang says.
            m.setHeader("Content-Language", HeaderText.refuseLineBreaks("Content-Language",
                    org.lapcheck.model.Language.of(d.language()).map(org.lapcheck.model.Language::tag).orElse(d.language())));
            // RFC 3834: an automatic message; well-behaved auto-responders do not answer it.
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setHeader("X-Lapcheck-Recipient", HeaderText.refuseLineBreaks("X-Lapcheck-Recipient", r.key()));
            m.setHeader(CONTENT_HEADER, "sha256=" + content);
            if (correction != null) {
                // RFC 5322 threading: mail clients show the correction with the message it corrects.
                m.setHeader("In-Reply-To", correction.earlier().get(correction.earlier().size() - 1));
                m.setHeader("References", String.join(" ", correction.earlier()));
            }

            String seed = id.substring(1, id.indexOf('@'));
            MimeMultipart alternative = new FixedBoundaryMultipart("alternative", boundary(seed, "alt"));
            alternative.addBodyPart(textPart(d.text(), "plain"));
            alternative.addBodyPart(textPart(d.html(), "html"));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeMultipart mixed = new FixedBoundaryMultipart("mixed", boundary(seed, "mix"));
            mixed.addBodyPart(body);
            for (Attachment a : d.attachments()) {
                mixed.addBodyPart(attachmentPart(a));
            }
            m.setContent(mixed);
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return new ComposedMessage(r.key(), id, r.address(), subject, out.toByteArray(),
                    correction == null ? 1 : correction.version(), content);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot compose the message for " + r.key() + ": " + e.getMessage(), e);
        }
    }

    private String contentSha256(Recipient r, Digest d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {r.address(), r.person(), from.getAddress(), d.subject(), d.language(), d.text(), d.html()}) {
                byte[] b = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array()); // lengths keep fields apart
                sha.update(b);
            }
            for (Attachment a : d.attachments()) {
                for (byte[] b : new byte[][] {a.fileName().getBytes(StandardCharsets.UTF_8),
                        a.contentType().getBytes(StandardCharsets.UTF_8), a.content()}) {
                    sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                    sha.update(b);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** {@code <lap-AS_OF-HASH@lapcheck>}: the same recipient and address for the same assessment, the same id. */
    public static String messageId(LocalDate asOf, String recipientKey, String address) {
        return "<lap-" + asOf + "-" + sha256(recipientKey + "\n" + address.strip().toLowerCase(Locale.ROOT)).substring(0, 16)
                + "@lapcheck>";
    }

    private static InternetAddress to(Recipient r) throws UnsupportedEncodingException {
        InternetAddress address = Addresses.require(r.address());
        String person = HeaderText.singleLine(r.person());
        if (person != null && !person.isEmpty()) {
            address.setPersonal(HeaderText.refuseLineBreaks("To", person), "UTF-8");
        }
        return address;
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static MimeBodyPart attachmentPart(Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(),
                HeaderText.refuseLineBreaks("Content-Type", a.contentType()))));
        part.setFileName(HeaderText.refuseLineBreaks("attachment name", a.fileName()));
        part.setDisposition(Part.ATTACHMENT);
        // base64 keeps the bytes exact: quoted-printable would turn the file's LF line ends into CRLF.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Contains "=_", which quoted-printable and base64 bodies can never produce, so no body line can match it. */
    private static String boundary(String seed, String level) {
        return "=_lap_" + level + "_" + sha256(seed).substring(0, 24);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Keeps the Message-ID it is given: Jakarta Mail would otherwise invent a new one at every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** A multipart with a boundary derived from the message, instead of a random one, for reproducible files. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String subtype, String boundary) {
            super(subtype);
            ContentType type = new ContentType("multipart", subtype, null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }
}
