package org.lapcheck.notify;

import java.nio.file.Path;

/**
 * A message file in the outbox, with what its headers say.
 *
 * @param assessment the as-of date of the assessment it belongs to (its folder name)
 * @param recipientKey the file name up to its first dot ({@code state-gnb} for {@code state-gnb.v2.eml})
 */
public record OutboxMessage(Path file, String assessment, String recipientKey, String messageId, String address,
        String subject, long size) {}
