package org.lapcheck.notify;

import java.util.List;

/**
 * The latest message a server accepted for one recipient of one assessment, as the outbox keeps it.
 *
 * @param version       1 for the first message, 2, 3... for corrections
 * @param contentSha256 its {@link MessageComposer#CONTENT_HEADER} fingerprint; null for a message composed before
 *                      lapcheck wrote one
 * @param thread        the Message-IDs of every version sent so far, first first; the last is this message's
 */
public record SentMessage(String recipientKey, int version, String contentSha256, List<String> thread) {

    public SentMessage {
        thread = List.copyOf(thread);
    }
}
