package org.lapcheck.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a message in the outbox says, for a reviewer: its headers, its plain-text part and the names of its
 * attachments, read from the {@code .eml} file as a mail client would. Nothing is sent and nothing written.
 *
 * @param headers     From, To, Cc, Subject, Date, Message-ID (those present), decoded
 * @param text        the text/plain part (the digest as every client shows it)
 * @param attachments file names and sizes of the attachments
 */
public record MessagePreview(Map<String, String> headers, String text, List<String> attachments) {

    /** Text beyond this many characters is cut, with a note: a preview, not the whole archive. */
    static final int MAX_TEXT = 400_000;

    public static MessagePreview of(OutboxMessage message) {
        try (InputStream in = Files.newInputStream(message.file())) {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), in);
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (String name : List.of("From", "To", "Cc", "Subject", "Date", "Message-ID")) {
                String value = mime.getHeader(name, ", ");
                if (value != null) {
                    headers.put(name, MimeUtility.decodeText(MimeUtility.unfold(value)));
                }
            }
            StringBuilder text = new StringBuilder();
            List<String> attachments = new ArrayList<>();
            walk(mime, text, attachments);
            String body = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "\n[... cut: open the .eml file for the rest]"
                    : text.toString();
            return new MessagePreview(headers, body.replace("\r\n", "\n"), attachments);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + message.file() + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new UncheckedIOException("cannot read " + message.file() + ": " + e.getMessage(), new IOException(e));
        }
    }

    private static void walk(Part part, StringBuilder text, List<String> attachments) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null) {
            String name = part.getFileName() == null ? "(unnamed)" : MimeUtility.decodeText(part.getFileName());
            attachments.add(name + (part.getSize() > 0 ? " (" + part.getSize() / 1024 + " kB encoded)" : ""));
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                walk(child, text, attachments);
            }
            return;
        }
        if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(String.valueOf(part.getContent()));
        }
    }
}
