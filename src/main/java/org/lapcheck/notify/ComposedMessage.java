package org.lapcheck.notify;

/**
 * A message ready for the outbox: the RFC 5322 bytes exactly as they will be written to its file and later sent.
 *
 * @param recipientKey  e.g. {@code coordinator-clearance-ita}
 * @param messageId     with angle brackets, e.g. {@code <lap-2026-11-29-1f3a...@lapcheck>}
 * @param version       1 for the first message to this recipient about this assessment; 2, 3... for corrections
 * @param contentSha256 the fingerprint of what the digest says (see {@link MessageComposer#CONTENT_HEADER})
 */
public record ComposedMessage(String recipientKey, String messageId, String address, String subject, byte[] eml,
        int version, String contentSha256) {

    public ComposedMessage {
        eml = eml.clone();
    }

    @Override
    public byte[] eml() {
        return eml.clone();
    }

    public int size() {
        return eml.length;
    }

    /** {@code <key>.eml}, or {@code <key>.v2.eml} for a correction: a sent file is never overwritten. */
    public String fileName() {
        return fileName(recipientKey, version);
    }

    static String fileName(String key, int version) {
        return key + (version > 1 ? ".v" + version : "") + ".eml";
    }
}
