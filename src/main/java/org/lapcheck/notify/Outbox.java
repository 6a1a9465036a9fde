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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 *     manifest.sha256
 *     coordinator-clearance-ita.eml
 *     coordinator-clearance-ita.v2.eml   (a correction of a sent message)
 *     troika-president-lao.eml
 * </pre>
 */
public final class Outbox {

    private static final String LOCK = ".lock";
    /** Names and marker of the folders lapcheck makes while composing; nothing else is ever cleaned. */
    private static final String STAGING = ".lapcheck-staging-";
    private static final String REPLACED = ".lapcheck-replaced-";
    private static final String MARKER = ".lapcheck-staging";
    private static final java.util.regex.Pattern LEFTOVER =
            java.util.regex.Pattern.compile("(\\.lapcheck-(?:staging|replaced)-)(\\d{4}-\\d{2}-\\d{2})-[0-9a-f]{8}");

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

    /** The fingerprint of the assessment this folder was composed from, as its manifest says; empty without one. */
    public Optional<String> composedFrom(LocalDate asOf) {
        return Manifest.read(folder(asOf)).map(Manifest::assessment);
    }

    /** What {@link #store} did. */
    public record Stored(List<Path> written, List<Path> removed) {}

    public Stored store(LocalDate asOf, List<ComposedMessage> messages) {
        return store(asOf, messages, "-");
    }

    /**
     * Publishes the messages of one assessment as a whole: they are written into a staging folder beside it with a
     * manifest (each file's SHA-256), and the staging folder replaces the published one by rename, so a run cut off
     * while composing (a full disk, a kill) leaves the previous folder as it was, never part of a new one. Sent
     * messages are carried over and never overwritten; messages of this assessment that are no longer routed and were
     * never accepted are left out. Staging folders a killed run left are cleaned first.
     *
     * @param assessment a fingerprint of the assessment composed (the SHA-256 of its findings.json), kept in the
     *                   manifest so a later {@code --send} knows whether the assessment changed since
     */
    @SuppressWarnings("try") // the lock is held for the block's duration
    public Stored store(LocalDate asOf, List<ComposedMessage> messages, String assessment) {
        Path folder = folder(asOf);
        try (Lock held = lock()) {
            cleanStaging();
            Set<String> accepted = ledger().acceptedIds();
            Path staging = dir.resolve(STAGING + asOf + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(MARKER), "lapcheck outbox staging folder; removed by the next run\n");
            try {
                Set<String> sent = new HashSet<>();
                for (Path old : emlFiles(folder)) {
                    if (accepted.contains(read(old).messageId())) {
                        Files.copy(old, staging.resolve(old.getFileName().toString()));
                        sent.add(old.getFileName().toString());
                    }
                }
                List<Path> written = new ArrayList<>();
                for (ComposedMessage m : messages) {
                    if (!m.recipientKey().matches("[a-z0-9][a-z0-9-]*")) {
                        throw new IllegalArgumentException("not a safe file name: " + m.recipientKey());
                    }
                    String name = m.fileName();
                    if (sent.contains(name)) {
                        if (!Arrays.equals(Files.readAllBytes(staging.resolve(name)), m.eml())) {
                            throw new IllegalStateException("refusing to overwrite " + folder.resolve(name)
                                    + ", which a server accepted: a changed message must be composed as a correction");
                        }
                        continue;
                    }
                    writeDurably(staging.resolve(name), m.eml());
                    written.add(folder.resolve(name));
                }
                Manifest.write(staging, assessment);
                List<Path> removed = new ArrayList<>();
                for (Path old : emlFiles(folder)) {
                    if (!Files.exists(staging.resolve(old.getFileName().toString()))) {
                        removed.add(old);
                    }
                }
                publish(staging, folder);
                return new Stored(written, removed);
            } finally {
                deleteTree(staging); // gone after a publish; after a failure, the half-made folder goes
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbox " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The staging folder takes the published one's place. Linux cannot rename a folder onto a non-empty one, so the
     * published folder is first moved aside (itself marked as lapcheck's, so a run killed between the two renames
     * leaves something the next run recognises and puts back).
     */
    private void publish(Path staging, Path folder) throws IOException {
        Path aside = null;
        if (Files.exists(folder)) {
            aside = dir.resolve(REPLACED + folder.getFileName() + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.writeString(folder.resolve(MARKER), "lapcheck: replaced by a newer composition\n");
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(folder.resolve(MARKER));
        if (aside != null) {
            deleteTree(aside);
        }
    }

    /**
     * Removes what a killed run left: only folders named by lapcheck and holding its marker. A replaced folder whose
     * successor never arrived (killed between the two renames of {@link #publish}) is put back instead.
     */
    private void cleanStaging() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> children = Files.list(dir)) {
            leftovers = children.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : leftovers) {
            java.util.regex.Matcher m = LEFTOVER.matcher(p.getFileName().toString());
            m.matches();
            Path published = dir.resolve(m.group(2));
            if (m.group(1).equals(REPLACED) && !Files.exists(published)) {
                Files.move(p, published, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(published.resolve(MARKER));
            } else {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) { // walk does not follow links: nothing outside is touched
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /**
     * What does not match its folder's manifest, for every folder with something left to send: a missing, extra or
     * changed message, or no manifest at all (a folder cut off while composing by a lapcheck before manifests).
     * Empty when the outbox can be sent as it is.
     */
    public List<String> mismatches() {
        Set<String> accepted = ledger().acceptedIds();
        List<String> out = new ArrayList<>();
        for (Path folder : assessmentFolders()) {
            List<Path> files = emlFiles(folder);
            Optional<Manifest> manifest = Manifest.read(folder);
            boolean pending = files.stream().anyMatch(f -> !accepted.contains(read(f).messageId()));
            if (manifest.isEmpty()) {
                if (pending) {
                    out.add(folder.getFileName() + ": no manifest, so it may be only part of a composition");
                }
                continue;
            }
            Map<String, String> listed = manifest.get().files();
            Set<String> present = new HashSet<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                present.add(name);
                if (!listed.containsKey(name)) {
                    out.add(folder.getFileName() + "/" + name + ": not in the manifest");
                } else if (!listed.get(name).equals(sha256(f))) {
                    out.add(folder.getFileName() + "/" + name + ": changed since it was composed");
                }
            }
            listed.keySet().stream().filter(n -> !present.contains(n)).sorted()
                    .forEach(n -> out.add(folder.getFileName() + "/" + n + ": missing"));
        }
        return out;
    }

    /** The latest accepted message of each recipient of this assessment: what a new composition is compared with. */
    public Map<String, SentMessage> sent(LocalDate asOf) {
        Set<String> accepted = ledger().acceptedIds();
        Map<String, SentMessage> out = new HashMap<>();
        for (Path eml : emlFiles(folder(asOf))) {
            OutboxMessage m = read(eml);
            if (!accepted.contains(m.messageId())) {
                continue;
            }
            try (InputStream in = Files.newInputStream(eml)) {
                InternetHeaders h = new InternetHeaders(in);
                String content = header(h, MessageComposer.CONTENT_HEADER);
                List<String> thread = new ArrayList<>();
                for (String ref : header(h, "References").split("\\s+")) {
                    if (!ref.isBlank()) {
                        thread.add(ref);
                    }
                }
                thread.add(m.messageId());
                int version = version(eml.getFileName().toString());
                SentMessage s = new SentMessage(m.recipientKey(), version,
                        content.startsWith("sha256=") ? content.substring("sha256=".length()) : null, thread);
                out.merge(m.recipientKey(), s, (a, b) -> a.version() >= b.version() ? a : b);
            } catch (IOException | MessagingException e) {
                throw new UncheckedIOException("cannot read " + eml + ": " + e.getMessage(),
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
        return out;
    }

    private static int version(String fileName) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(".*\\.v(\\d{1,4})\\.eml").matcher(fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : 1;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private List<Path> assessmentFolders() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code manifest.sha256} in an assessment's folder: the assessment it was composed from, then one line per
     * message, {@code <sha256>  <file>}, as {@code sha256sum} writes them (so {@code sha256sum -c} checks it too).
     */
    record Manifest(String assessment, Map<String, String> files) {
        static final String FILE = "manifest.sha256";

        static void write(Path folder, String assessment) throws IOException {
            StringBuilder s = new StringBuilder("# lapcheck outbox manifest: every message of this folder and its SHA-256; "
                    + "./lap notify --send refuses the folder if any differs\n# assessment " + assessment + "\n");
            for (Path eml : emlFiles(folder)) {
                s.append(sha256(eml)).append("  ").append(eml.getFileName()).append('\n');
            }
            writeDurably(folder.resolve(FILE), s.toString().getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Manifest> read(Path folder) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                String assessment = "-";
                Map<String, String> files = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("# assessment ")) {
                        assessment = line.substring("# assessment ".length()).strip();
                    } else if (!line.startsWith("#") && line.length() > 66) {
                        files.put(line.substring(66), line.substring(0, 64));
                    }
                }
                return Optional.of(new Manifest(assessment, files));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
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
                    name.substring(0, name.indexOf('.')), header(h, "Message-ID"), header(h, "To"),
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
