package org.lapcheck.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The outbox ({@code reports/outbox/} by default): one folder per assessment holding one {@code <recipient>.eml}
 * per message, readable in any mail client, and the {@link Ledger} of what a server accepted. Composing writes
 * here and needs no server; sending reads from here, so what goes out is exactly what could be reviewed.
 *
 * <pre>
 * reports/outbox/
 *   ledger.tsv
 *   2026-11-29/
 *     coordinator-clearance-ita.eml
 *     troika-president-lao.eml
 * </pre>
 */
public final class Outbox {

    private static final String LOCK = ".lock";

    private final Path dir;

    public Outbox(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path folder(LocalDate asOf) {
        return dir.resolve(asOf.toString());
    }

    public Ledger ledger() {
        return new Ledger(dir.resolve(Ledger.FILE));
    }

    /** True when messages of this assessment are already in the outbox. */
    public boolean composed(LocalDate asOf) {
        return !emlFiles(folder(asOf)).isEmpty();
    }

    /** What {@link #store} did. */
    public record Stored(List<Path> written, List<Path> removed) {}

    /**
     * Writes every message of one assessment, each atomically (a temporary file, then one rename), so a reader or a
     * concurrent send never sees half a message. Messages of this assessment that are no longer routed and were
     * never accepted are removed; accepted ones stay as the record of what was sent.
     */
    public Stored store(LocalDate asOf, List<ComposedMessage> messages) {
        Path folder = folder(asOf);
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (ComposedMessage m : messages) {
                String name = m.recipientKey() + ".eml";
                if (!m.recipientKey().matches("[a-z0-9][a-z0-9-]*")) {
                    throw new IllegalArgumentException("not a safe file name: " + m.recipientKey());
                }
                names.add(name);
                Path target = folder.resolve(name);
                Path tmp = Files.createTempFile(folder, "." + name, ".tmp");
                try {
                    Files.write(tmp, m.eml());
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("the outbox folder does not support atomic moves: " + folder, e);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written.add(target);
            }
            Set<String> accepted = ledger().acceptedIds();
            List<Path> removed = new ArrayList<>();
            for (Path old : emlFiles(folder)) {
                if (!names.contains(old.getFileName().toString()) && !accepted.contains(read(old).messageId())) {
                    Files.delete(old);
                    removed.add(old);
                }
            }
            return new Stored(written, removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbox " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Every message in the outbox, oldest assessment first. */
    public List<OutboxMessage> messages() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            List<OutboxMessage> out = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory)
                    .filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}")).sorted().toList()) {
                for (Path eml : emlFiles(folder)) {
                    out.add(read(eml));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Messages not yet accepted by a server according to the ledger: what the next send delivers. */
    public List<OutboxMessage> pending() {
        Set<String> accepted = ledger().acceptedIds();
        return messages().stream().filter(m -> !accepted.contains(m.messageId())).toList();
    }

    /** The outbox held by this run; closing releases it. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** Another run is sending from this outbox. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Holds the outbox for one sender at a time: two {@code --send} runs at once would otherwise both send what the
     * ledger does not list yet. Throws {@link BusyException} when another run holds it.
     */
    public Lock lock() {
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                held = null; // held by this very process, by another send
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (held == null) {
                ch.close();
                throw new BusyException("another lapcheck run is sending from " + dir + "; try again when it ends");
            }
            FileLock lock = held;
            return () -> {
                try {
                    lock.release();
                    ch.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot release the outbox lock: " + e.getMessage(), e);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the outbox " + dir + ": " + e.getMessage(), e);
        }
    }

    static OutboxMessage read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            InternetHeaders h = new InternetHeaders(in);
            String name = eml.getFileName().toString();
            return new OutboxMessage(eml, eml.getParent().getFileName().toString(),
                    name.substring(0, name.length() - ".eml".length()), header(h, "Message-ID"), header(h, "To"),
                    decode(header(h, "Subject")), Files.size(eml));
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException("cannot read " + eml + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static String header(InternetHeaders h, String name) {
        String v = h.getHeader(name, " ");
        return v == null ? "" : MimeUtility.unfold(v).strip();
    }

    private static String decode(String s) {
        try {
            return MimeUtility.decodeText(s);
        } catch (UnsupportedEncodingException e) {
            return s;
        }
    }

    private static List<Path> emlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
