package org.lapcheck.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ledger.tsv} in the outbox: what the SMTP server did with each message sent. A message whose Message-ID has
 * an {@code accepted} line is never sent again. Tab-separated so it reads in a terminal and a spreadsheet; tabs and
 * line breaks in a server reply become spaces.
 *
 * <p>Write-ahead: before a message is sent, its line is written and forced to disk as {@code sending}; once the
 * server has answered, the same line is overwritten in place, same length, with {@code accepted}, {@code refused}
 * or {@code failed}. So a ledger that cannot take a line (a full disk, a broken file) stops the delivery before the
 * message goes out, not after, and the settled line needs no new space. A {@code sending} line left by a crash
 * marks the one message whose fate is unknown: it is sent again, the only way a message can go out twice.
 */
public final class Ledger {

    public static final String FILE = "ledger.tsv";

    private static final String HEADER = """
            # lapcheck delivery ledger: one line per message sent; an accepted message is never sent again.
            # at\tmessage_id\trecipient\taddress\tserver_reply\tfile\tstatus
            """;

    /** Server replies are cut to this many characters, so a line can be settled in place. */
    private static final int REPLY_WIDTH = 200;
    private static final int STATUS_WIDTH = 8;

    /** What became of a message; the ledger's last column. */
    public enum Status {
        /** Written before the message is sent; left only by a run that died while sending it. */
        SENDING,
        /** The server took it (250): never sent again. */
        ACCEPTED,
        /** The server refused it for good (5xx); it stays in the outbox. */
        REFUSED,
        /** Not taken this time (4xx, a dropped connection, the deadline); it stays in the outbox. */
        FAILED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line. Lines written before the status column existed were all acceptances. */
    public record Entry(Instant at, String messageId, String recipient, String address, String serverReply,
            String file, Status status) {}

    /** A line written before sending, to settle once the server has answered. */
    public static final class Reservation {
        private final OutboxMessage message;
        private final long offset;
        private final int length;

        private Reservation(OutboxMessage message, long offset, int length) {
            this.message = message;
            this.offset = offset;
            this.length = length;
        }
    }

    /** The ledger cannot be read or written: delivery must stop, since it could no longer tell what was sent. */
    public static final class LedgerException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        LedgerException(String message, IOException cause) {
            super(message, cause);
        }
    }

    private final Path file;

    Ledger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            // Reading "nothing sent" from it would send everything again.
            throw new LedgerException("the ledger " + file + " is not a file, so what was sent cannot be known",
                    new IOException("not a regular file"));
        }
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length >= 2) {
                    out.add(new Entry(parse(c[0].strip()), c[1].strip(), at(c, 2), at(c, 3), at(c, 4), at(c, 5),
                            status(at(c, 6))));
                }
            }
            return out;
        } catch (IOException e) {
            throw new LedgerException("cannot read the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /** The Message-IDs a server accepted: never sent again. */
    public Set<String> acceptedIds() {
        Set<String> ids = new LinkedHashSet<>();
        entries().stream().filter(e -> e.status() == Status.ACCEPTED).forEach(e -> ids.add(e.messageId()));
        return ids;
    }

    /**
     * Writes the message's line as {@code sending} and forces it to disk. Throws {@link LedgerException} when the
     * ledger cannot take it: the message must then not be sent.
     */
    public Reservation reserve(OutboxMessage m, Instant at) {
        byte[] line = line(m, at, "", Status.SENDING);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                long end = ch.size();
                if (end == 0) {
                    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
                    writeFully(ch, header, 0);
                    end = header.length;
                }
                writeFully(ch, line, end);
                ch.force(true);
                return new Reservation(m, end, line.length);
            }
        } catch (IOException e) {
            throw new LedgerException("cannot write the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Overwrites the reserved line with what the server said and forces it to disk; once this returns, a crash cannot
     * make an accepted message go out twice. Throws {@link LedgerException} when the ledger cannot be written.
     */
    public void settle(Reservation r, Status status, Instant at, String serverReply) {
        byte[] line = line(r.message, at, serverReply, status);
        if (line.length != r.length) {
            throw new IllegalStateException("a settled ledger line must keep the length of its reservation");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() < r.offset + r.length) {
                throw new IOException("the ledger is shorter than when the line was reserved");
            }
            writeFully(ch, line, r.offset);
            ch.force(true);
        } catch (IOException e) {
            throw new LedgerException("cannot write the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reserves and settles at once: for a message the server accepted by other means (tests, imports). */
    public void recordAccepted(OutboxMessage m, Instant at, String serverReply) {
        settle(reserve(m, at), Status.ACCEPTED, at, serverReply);
    }

    /** The line at a fixed length in bytes: the reply cut or padded to {@link #REPLY_WIDTH} bytes, the status padded. */
    private byte[] line(OutboxMessage m, Instant at, String serverReply, Status status) {
        String reply = cut(clean(serverReply), REPLY_WIDTH);
        int padding = REPLY_WIDTH - reply.getBytes(StandardCharsets.UTF_8).length;
        String line = String.join("\t", at.truncatedTo(ChronoUnit.SECONDS).toString(), clean(m.messageId()),
                clean(m.recipientKey()), clean(m.address()), reply + " ".repeat(padding),
                clean(file.getParent().relativize(m.file()).toString().replace('\\', '/')),
                String.format("%-" + STATUS_WIDTH + "s", status.word())) + "\n";
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeFully(FileChannel ch, byte[] bytes, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long at = position;
        while (buf.hasRemaining()) {
            at += ch.write(buf, at);
        }
    }

    /** The longest prefix of whole code points that fits in {@code maxBytes} of UTF-8. */
    private static String cut(String s, int maxBytes) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (Character.isSurrogate((char) c) || bytes + size > maxBytes) {
                break; // an unpaired surrogate has no UTF-8 form of a known size
            }
            out.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String at(String[] c, int i) {
        return i < c.length ? c[i].strip() : "";
    }

    private static Status status(String s) {
        if (s.isEmpty()) {
            return Status.ACCEPTED; // a line from before the status column: only acceptances were written then
        }
        try {
            return Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Status.FAILED; // unknown: never counted as sent
        }
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
