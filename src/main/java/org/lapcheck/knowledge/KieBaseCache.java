package org.lapcheck.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled knowledge bases kept on disk, so a run whose rules have not changed skips the DRL compiler (seconds)
 * and only rebuilds the network from the compiled packages (a tenth of a second).
 *
 * <p>An entry is the rulebook's compiled {@link KiePackage}s, serialised as Drools serialises them
 * ({@link DroolsObjectOutputStream}; the packages carry the consequences' bytecode). Its key is a SHA-256 over
 * everything the compiled form depends on: the ruleset hash (every file under {@code rules/}), this tool's
 * version and code (a changed model class must never meet consequences compiled against the old one), the Drools
 * version and the Java version. Any change is a miss and a rebuild.
 *
 * <p>A cache is a convenience, never a source of truth: an entry that is truncated, corrupt, from another format
 * or that fails to load in any way is deleted and the rulebook is compiled again. Every entry carries the SHA-256
 * of its payload, checked before anything is deserialised, and deserialisation admits only Drools, KIE, lapcheck
 * and core JDK classes. The entry holds code: the cache folder must be no more writable than the jar itself
 * (by default it is {@code target/kb-cache/}, beside {@code target/lapcheck.jar}).
 */
public final class KieBaseCache {

    private static final byte[] MAGIC = "lapcheck-kiebase/1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".kbase";
    /** Entries kept; older ones (other rulesets, other builds) are removed when a new one is written. */
    private static final int KEEP = 8;
    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    private static final ObjectInputFilter ONLY_ENGINE_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=10000000;maxarray=100000000;"
                    + "org.drools.**;org.kie.**;org.lapcheck.**;org.mvel2.**;"
                    + "java.lang.*;java.util.*;java.util.concurrent.*;java.util.concurrent.atomic.*;"
                    + "java.util.concurrent.locks.*;java.time.*;java.math.*;!*");

    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private KieBaseCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}, created when first written. */
    public static KieBaseCache in(Path dir) {
        return new KieBaseCache(dir.toAbsolutePath().normalize());
    }

    /** No cache: every load compiles. */
    public static KieBaseCache disabled() {
        return new KieBaseCache(null);
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The folder entries are kept in, or null when disabled. */
    public Path dir() {
        return dir;
    }

    /** Loads answered from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Loads that found no usable entry so far (and so compiled). */
    public int misses() {
        return misses.get();
    }

    /** The entry key of a ruleset: its hash and everything else the compiled form depends on. */
    static String key(String rulesetSha256) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(rulesetSha256, String.valueOf(toolVersion()), codeFingerprint(),
                    droolsVersion(), System.getProperty("java.vm.version", "?"), new String(MAGIC, StandardCharsets.US_ASCII))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The knowledge base stored under {@code key}, or empty when there is none usable (a bad one is deleted). */
    Optional<KieBase> load(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try {
            byte[] payload = payload(file, key);
            Collection<KiePackage> packages = packages(payload);
            var kieBase = KieBases.empty();
            kieBase.addPackages(packages);
            touch(file);
            hits.incrementAndGet();
            return Optional.of(kieBase);
        } catch (Exception | LinkageError e) {
            // corrupt, truncated, from another build: compile instead, and do not trip over it again
            deleteQuietly(file);
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Stores a knowledge base under {@code key}; best effort, since a run never fails for want of a cache. */
    void store(String key, KieBase kieBase) {
        if (dir == null) {
            return;
        }
        try {
            writeEntry(key, KieBases.serialize(kieBase));
            prune();
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk: the next run compiles again, nothing else is lost
        }
    }

    /** Writes one entry atomically: a reader sees the old entry, no entry, or the whole new one. */
    void writeEntry(String key, byte[] payload) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tmp-", SUFFIX);
        try {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
                out.write(MAGIC);
                out.writeUTF(key);
                out.writeLong(payload.length);
                out.write(sha256(payload));
                out.write(payload);
            }
            try {
                Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(tmp); // gone already when the move succeeded
        }
    }

    /** The entry file of a key. */
    Path entry(String key) {
        return dir.resolve(key + SUFFIX);
    }

    private static byte[] payload(Path file, String key) throws IOException {
        if (Files.size(file) > MAX_ENTRY_BYTES) {
            throw new IOException("cache entry too large");
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || !key.equals(in.readUTF())) {
                throw new IOException("not an entry of this cache format and key");
            }
            long length = in.readLong();
            byte[] expected = in.readNBytes(32);
            if (length < 0 || length > MAX_ENTRY_BYTES) {
                throw new IOException("bad length");
            }
            byte[] payload = in.readNBytes((int) length);
            if (payload.length != length || in.read() != -1 || !MessageDigest.isEqual(expected, sha256(payload))) {
                throw new IOException("truncated or altered entry");
            }
            return payload;
        }
    }

    @SuppressWarnings("unchecked")
    static Collection<KiePackage> packages(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                KieBaseCache.class.getClassLoader())) {
            in.setObjectInputFilter(ONLY_ENGINE_CLASSES);
            Object read = in.readObject();
            if (!(read instanceof Collection<?> c) || c.isEmpty() || !c.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("not a list of packages");
            }
            return (Collection<KiePackage>) read;
        }
    }

    /** Keeps the {@link #KEEP} most recently used entries. */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(KieBaseCache::lastModified).reversed()).toList();
            entries.stream().skip(KEEP).forEach(KieBaseCache::deleteQuietly);
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the pruning order suffers
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next prune
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toolVersion() {
        return KieBaseCache.class.getPackage().getImplementationVersion();
    }

    /**
     * This tool's code as built: the jar's size and time, or for classes in a folder (tests, IDE) the newest time
     * and total size of the class files, so a recompiled model class is a new key.
     */
    static String codeFingerprint() {
        try {
            CodeSource source = KieBaseCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return where.getFileName() + ":" + Files.size(where) + ":" + Files.getLastModifiedTime(where).toMillis();
            }
            long newest = 0;
            long total = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(where)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    total += Files.size(p);
                    count++;
                }
            }
            return "classes:" + count + ":" + total + ":" + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown code: a key no other run shares, so nothing stale is ever loaded
            return "unknown:" + System.nanoTime();
        }
    }

    private static String droolsVersion() {
        try (InputStream in = KnowledgeBaseFactory.class.getResourceAsStream(
                "/META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
