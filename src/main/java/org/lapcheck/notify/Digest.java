package org.lapcheck.notify;

import java.util.List;

/** What one recipient reads: the subject, the same content as plain text and as HTML, and any attachments. */
public record Digest(String subject, String language, String text, String html, List<Attachment> attachments) {

    public Digest {
        attachments = List.copyOf(attachments);
    }
}
