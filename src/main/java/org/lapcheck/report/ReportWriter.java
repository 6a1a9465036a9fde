package org.lapcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a report folder atomically: every file goes into a hidden temporary folder beside the target, which is
 * then moved into place in one rename. An interrupted run leaves the previous report whole, never half a new one;
 * two runs at once each produce a whole report (the last to finish wins).
 */
public final class ReportWriter {

    /** Exchanges tried before giving up when other runs keep putting their reports in place first. */
    private static final int MAX_ATTEMPTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHUNK = 1 << 16;

    private final List<Renderer> renderers;

    public ReportWriter(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Renders every format into {@code target} (e.g. {@code reports/2026-11-29}) and returns the files written. */
    public Map<String, Path> write(ReportContext context, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = hiddenSibling(target.toAbsolutePath(), "tmp");
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            ReportSink sink = (name, text) -> {
                Path p = staging.resolve(name).normalize();
                if (!p.startsWith(staging) || p.equals(staging)) {
                    throw new IOException("renderer wrote outside the report folder: " + name);
                }
                if (written.containsKey(name)) {
                    throw new IOException("two renderers wrote " + name);
                }
                Files.createDirectories(p.getParent());
                writeUtf8(p, text);
                written.put(name, target.resolve(name));
            };
            ReportView view = null; // built for the first renderer that lays one out, then shared
            for (Renderer r : renderers) {
                if (r instanceof ViewRenderer v) {
                    view = view == null ? ReportView.of(context) : view;
                    v.render(view, sink);
                } else {
                    r.render(context, sink);
                }
            }
            replace(staging, target.toAbsolutePath());
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Encodes {@code text} to the file a chunk at a time: a large report never exists twice more in memory (as one
     * String, then as one byte array). The encoder carries a surrogate pair split between chunks over.
     */
    private static void writeUtf8(Path file, CharSequence text) throws IOException {
        try (Writer out = new OutputStreamWriter(
                new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), CHUNK),
                StandardCharsets.UTF_8)) {
            char[] chunk = new char[Math.min(CHUNK, Math.max(1, text.length()))];
            for (int from = 0; from < text.length(); from += chunk.length) {
                int to = Math.min(text.length(), from + chunk.length);
                if (text instanceof String s) {
                    s.getChars(from, to, chunk, 0);
                } else if (text instanceof StringBuilder b) {
                    b.getChars(from, to, chunk, 0);
                } else {
                    for (int i = from; i < to; i++) {
                        chunk[i - from] = text.charAt(i);
                    }
                }
                out.write(chunk, 0, to - from);
            }
        }
    }

    /**
     * Moves the staged folder to {@code target}: the report there (if any) is first renamed aside, then the staged
     * one renamed into place, each in one step. When another run puts its report in place between the two, the
     * whole exchange is tried again; every report in {@code target} at any moment is some run's whole report.
     */
    private static void replace(Path staging, Path target) throws IOException {
        Path parent = target.getParent();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = hiddenSibling(target, "old");
                Files.delete(old); // only its unique name is wanted: the move creates it
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    old = null; // another run moved it first
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the reports folder does not support atomic moves: " + parent, e);
            } catch (FileSystemException e) {
                // Another run put its report in place between our two moves: try again. (On Linux rename(2)
                // fails with ENOTEMPTY, which Java reports as a plain FileSystemException "Directory not empty",
                // not as DirectoryNotEmptyException.)
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
            } finally {
                if (old != null) {
                    deleteTree(old);
                }
            }
            sleepBriefly(attempt);
        }
        throw new IOException("could not put the report in place at " + target + ": other runs kept replacing it ("
                + MAX_ATTEMPTS + " attempts)");
    }

    /**
     * A new, empty, hidden folder beside {@code target} ({@code .2026-11-29.tmp-<random>}), made like any other
     * folder (the user's umask applies; {@code Files.createTempDirectory} would make it, and so the report folder,
     * readable by its owner alone).
     */
    private static Path hiddenSibling(Path target, String kind) throws IOException {
        for (int i = 0; ; i++) {
            Path p = target.resolveSibling("." + target.getFileName() + "." + kind + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (i > 100) {
                    throw e;
                }
            }
        }
    }

    private static void sleepBriefly(int attempt) throws IOException {
        try {
            Thread.sleep(RANDOM.nextInt(5 + 10 * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while putting the report in place", e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
