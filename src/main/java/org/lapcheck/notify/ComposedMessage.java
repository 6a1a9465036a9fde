package org.lapcheck.notify;

/**
 * A message ready for the outbox: the RFC 5322 bytes exactly as they will be written to {@code <key>.eml} and
 * later sent.
 *
 * @param recipientKey e.g. {@code coordinator-clearance-ita}; the file name without {@code .eml}
 * @param messageId    with angle brackets, e.g. {@code <lap-2026-11-29-1f3a...@lapcheck>}
 */
public record ComposedMessage(String recipientKey, String messageId, String address, String subject, byte[] eml) {

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
}
