package org.lapcheck.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private final List<Renderer> renderers;

    public ReportWriter(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Renders every format into {@code target} (e.g. {@code reports/2026-11-29}) and returns the files written. */
    public Map<String, Path> write(ReportContext context, Path target) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ReportView view = null; // built for the first renderer that lays one out, then shared
        for (Renderer r : renderers) {
            if (r instanceof ViewRenderer v) {
                view = view == null ? ReportView.of(context) : view;
                files.putAll(v.render(view));
            } else {
                files.putAll(r.render(context));
            }
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = hiddenSibling(target.toAbsolutePath(), "tmp");
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey()).normalize();
                if (!p.startsWith(staging)) {
                    throw new IOException("renderer wrote outside the report folder: " + f.getKey());
                }
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
                written.put(f.getKey(), target.resolve(f.getKey()));
            }
            replace(staging, target.toAbsolutePath());
            return written;
        } finally {
            deleteTree(staging);
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
