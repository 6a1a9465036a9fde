package org.lapcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private static final int ENCODE_CHUNK = 8192;

    private final List<Renderer> renderers;

    public ReportWriter(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /**
     * Renders every format into {@code target} (e.g. {@code reports/2026-11-29}) and returns the files written, in
     * the renderers' order. The formats are independent, so they render side by side, one per processor; each reads
     * the one shared view, which nothing changes once it is built.
     */
    public Map<String, Path> write(ReportContext context, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = hiddenSibling(target.toAbsolutePath(), "tmp");
        try {
            boolean needsView = renderers.stream().anyMatch(r -> r instanceof ViewRenderer);
            ReportView view = needsView ? ReportView.of(context) : null;
            Map<String, Renderer> owners = new ConcurrentHashMap<>();
            List<List<String>> names = renderAll(renderer -> {
                List<String> own = new ArrayList<>();
                ReportSink sink = (name, text) -> {
                    Path p = staging.resolve(name).normalize();
                    if (!p.startsWith(staging) || p.equals(staging)) {
                        throw new IOException("renderer wrote outside the report folder: " + name);
                    }
                    if (owners.putIfAbsent(name, renderer) != null) {
                        throw new IOException("two renderers wrote " + name);
                    }
                    Files.createDirectories(p.getParent());
                    writeUtf8(p, text);
                    own.add(name);
                };
                if (renderer instanceof ViewRenderer v) {
                    v.render(view, sink);
                } else {
                    renderer.render(context, sink);
                }
                return own;
            });
            Map<String, Path> written = new LinkedHashMap<>();
            names.forEach(own -> own.forEach(name -> written.put(name, target.resolve(name))));
            replace(staging, target.toAbsolutePath());
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    /** One renderer's work: the names of the files it wrote, in order. */
    @FunctionalInterface
    private interface Rendering {
        List<String> run(Renderer renderer) throws IOException;
    }

    /**
     * Runs {@code rendering} for every renderer, on as many threads as there are processors (at most one per
     * renderer), and returns the results in the renderers' order. Every rendering has ended when this returns, even
     * when one failed: the staging folder is deleted afterwards and must not be written to then. The first failure
     * is thrown, with any others attached as suppressed.
     */
    private List<List<String>> renderAll(Rendering rendering) throws IOException {
        int threads = Math.min(renderers.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<List<String>> out = new ArrayList<>();
            for (Renderer r : renderers) {
                out.add(rendering.run(r));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "lapcheck-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Renderer r : renderers) {
                futures.add(pool.submit(() -> rendering.run(r)));
            }
            List<List<String>> out = new ArrayList<>();
            Throwable failure = null;
            for (Future<List<String>> f : futures) {
                try {
                    out.add(awaitUninterruptibly(f));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (failure == null) {
                        failure = cause;
                    } else if (failure != cause) {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof RuntimeException re) {
                throw re;
            } else if (failure instanceof Error err) {
                throw err;
            } else if (failure != null) {
                throw new IOException(failure);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result once it has ended, however long that takes: the caller must not run ahead of a renderer. */
    private static <T> T awaitUninterruptibly(Future<T> f) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Encodes {@code text} to the file through one small char buffer and one byte buffer, reused: a large report is
     * never copied whole again (as a String, then as bytes), and encoding allocates nothing. Small chunks also keep
     * the encoder on its ASCII fast path, which it leaves for the rest of a chunk at the first other character. The
     * encoder carries a surrogate pair split between two chunks over.
     */
    private static void writeUtf8(Path file, CharSequence text) throws IOException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] chars = new char[ENCODE_CHUNK];
        CharBuffer in = CharBuffer.wrap(chars);
        ByteBuffer out = ByteBuffer.allocate((int) (ENCODE_CHUNK * encoder.maxBytesPerChar()) + 8);
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            int length = text.length();
            int from = 0;
            while (true) {
                // after a compact, a high surrogate left over from the last chunk may sit at the start of the buffer
                int kept = in.position();
                int to = Math.min(length, from + chars.length - kept);
                if (text instanceof String s) {
                    s.getChars(from, to, chars, kept);
                } else if (text instanceof StringBuilder b) {
                    b.getChars(from, to, chars, kept);
                } else {
                    for (int i = from; i < to; i++) {
                        chars[kept + i - from] = text.charAt(i);
                    }
                }
                in.position(0).limit(kept + to - from);
                from = to;
                boolean last = from >= length;
                encoder.encode(in, out, last);
                if (last) {
                    encoder.flush(out);
                }
                stream.write(out.array(), 0, out.position());
                out.clear();
                in.compact();
                if (last) {
                    return;
                }
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
