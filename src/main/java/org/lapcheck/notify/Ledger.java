package org.lapcheck.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ledger.tsv} in the outbox: one line per message the SMTP server accepted, appended and flushed to disk
 * the moment the server says 250, before the next message is sent. A message whose Message-ID is in the ledger is
 * never sent again. Tab-separated so it reads in a terminal and a spreadsheet; tabs and line breaks in a server
 * reply become spaces.
 */
public final class Ledger {

    public static final String FILE = "ledger.tsv";

    private static final String HEADER = """
            # lapcheck delivery ledger: one line per message the SMTP server accepted; never sent again.
            # accepted_at\tmessage_id\trecipient\taddress\tserver_reply\tfile
            """;

    /** One accepted message. */
    public record Entry(Instant acceptedAt, String messageId, String recipient, String address, String serverReply,
            String file) {}

    private final Path file;

    Ledger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length >= 2) {
                    out.add(new Entry(parse(c[0]), c[1], at(c, 2), at(c, 3), at(c, 4), at(c, 5)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    public Set<String> acceptedIds() {
        Set<String> ids = new LinkedHashSet<>();
        entries().forEach(e -> ids.add(e.messageId()));
        return ids;
    }

    /** Appends and forces the line to disk: once this returns, a crash cannot make the message go out twice. */
    public void recordAccepted(OutboxMessage m, Instant at, String serverReply) {
        String line = String.join("\t", at.truncatedTo(ChronoUnit.SECONDS).toString(), clean(m.messageId()),
                clean(m.recipientKey()), clean(m.address()), clean(serverReply),
                clean(file.getParent().relativize(m.file()).toString().replace('\\', '/'))) + "\n";
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(((fresh ? HEADER : "") + line).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String at(String[] c, int i) {
        return i < c.length ? c[i] : "";
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
