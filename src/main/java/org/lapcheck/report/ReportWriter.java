package org.lapcheck.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
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

    private final List<Renderer> renderers;

    public ReportWriter(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Renders every format into {@code target} (e.g. {@code reports/2026-11-29}) and returns the files written. */
    public Map<String, Path> write(ReportContext context, Path target) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Renderer r : renderers) {
            files.putAll(r.render(context));
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
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

    private static void replace(Path staging, Path target) throws IOException {
        Path parent = target.getParent();
        Path old = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
                Files.delete(old);
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.NoSuchFileException e) {
                    old = null; // another run moved it first
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                break;
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another run put its report in place between our two moves: try again
                if (old != null) {
                    deleteTree(old);
                    old = null;
                }
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the reports folder does not support atomic moves: " + parent, e);
            }
        }
        if (old != null) {
            deleteTree(old);
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
