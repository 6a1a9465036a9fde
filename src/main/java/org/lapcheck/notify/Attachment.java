package org.lapcheck.notify;

/**
 * A file attached to a message, with its MIME type (text types carry their charset).
 *
 * @param content the exact bytes; sent base64-encoded so they arrive unchanged (no CRLF rewriting)
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
