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
 *
 * <p>Only what lapcheck wrote is ever replaced or deleted: every folder it writes holds {@link #MARKER}, and a target
 * that exists without it (an earlier version's report, the reports folder itself, anyone's files) is refused unless
 * it is an empty folder. Staging folders a killed run left beside the target are recognised by name and marker and
 * deleted by the next run.
 */
public final class ReportWriter {

    /** Exchanges tried before giving up when other runs keep putting their reports in place first. */
    private static final int MAX_ATTEMPTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ENCODE_CHUNK = 8192;

    /** The file that marks a folder as a report lapcheck wrote, which the next run of the same target may replace. */
    public static final String MARKER = ".lapcheck-report";
    private static final String MARKER_TEXT = "This folder was written by lapcheck; the next run for the same folder "
            + "replaces it whole.\n";
    /** A staging folder older than this is not another run's work in progress but a killed run's leftover. */
    private static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);

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
        checkReplaceable(target.toAbsolutePath());
        removeAbandoned(target.toAbsolutePath());
        Path staging = hiddenSibling(target.toAbsolutePath(), "tmp");
        try {
            // first, so a run killed while rendering leaves a folder the next run knows as its own
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            boolean needsView = renderers.stream().anyMatch(r -> r instanceof ViewRenderer);
            ReportView view = needsView ? ReportView.of(context) : null;
            Map<String, Renderer> owners = new ConcurrentHashMap<>();
            List<List<String>> names = renderAll(renderer -> {
                List<String> own = new ArrayList<>();
                ReportSink sink = (name, text) -> {
                    Path p = staging.resolve(name).normalize();
                    if (!p.startsWith(staging) || p.equals(staging) || name.equals(MARKER)) {
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
                checkReplaceable(target); // what another run put there since is a report too, but check again
                old = hiddenSibling(target, "old");
                Files.delete(old); // only its unique name is wanted: the move creates it
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    old = null; // another run moved it first
                }
            }
            boolean moved = false;
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                moved = true;
                return;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the reports folder does not support atomic moves: " + parent, e);
            } catch (FileSystemException e) {
                // Another run put its report in place between our two moves: try again. (On Linux rename(2)
                // fails with ENOTEMPTY, which Java reports as a plain FileSystemException "Directory not empty",
                // not as DirectoryNotEmptyException.) That error alone proves a report stood there: by the time we
                // look, a third run may already have moved it aside again.
                boolean notEmpty = e instanceof java.nio.file.DirectoryNotEmptyException
                        || "Directory not empty".equals(e.getReason());
                if (!notEmpty && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
            } finally {
                if (old != null && !moved && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    restore(old, target); // the new report could not be put in place: keep the previous one
                } else if (old != null) {
                    deleteTree(old);
                }
            }
            sleepBriefly(attempt);
        }
        throw new IOException("could not put the report in place at " + target + ": other runs kept replacing it ("
                + MAX_ATTEMPTS + " attempts)");
    }

    /**
     * Refuses a target lapcheck may not replace: anything but a missing target, an empty folder, or a folder holding
     * {@link #MARKER}. A link is refused too (replacing it would drop the link, not write where it points).
     */
    static void checkReplaceable(Path target) throws IOException {
        // Another run may be exchanging the report in this folder while it is looked at (moved aside, then the new
        // one moved in): a refusal counts only when a second look, a moment later, sees the same.
        ReportTargetException refused = null;
        for (int look = 0; look < 5; look++) {
            try {
                checkReplaceableIfThere(target);
                return;
            } catch (NoSuchFileException e) {
                return; // moved aside mid-look: a missing target is replaceable
            } catch (ReportTargetException e) {
                if (refused != null && refused.getMessage().equals(e.getMessage())) {
                    throw e;
                }
                refused = e;
                sleepBriefly(look);
            }
        }
        throw refused;
    }

    private static void checkReplaceableIfThere(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target) || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportTargetException(target, Files.isSymbolicLink(target) ? "it is a link"
                    : "it is a file, not a folder");
        }
        if (Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new ReportTargetException(target, Files.exists(target.resolve("findings.json"))
                        ? "it holds no " + MARKER + " (a report of a lapcheck from before the marker, or someone's "
                                + "files beside a report); if it is only a report, delete it or create " + MARKER + " in it"
                        : "it holds files lapcheck did not write (no " + MARKER + " in it)");
            }
        }
    }

    /**
     * Deletes the staging folders a killed run left beside {@code target}: named by {@link #hiddenSibling}, holding
     * {@link #MARKER} (a staging folder gets it before any report file) or nothing, and untouched for an hour, so a
     * run still writing beside this one keeps its own. Best effort: one that cannot be deleted stays for next time.
     */
    private static void removeAbandoned(Path target) {
        String prefix = "." + target.getFileName() + ".";
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(prefix) + "(tmp|old)-[0-9a-z]+");
        java.time.Instant before = java.time.Instant.now().minus(ABANDONED);
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.filter(p -> ours.matcher(p.getFileName().toString()).matches()).toList()) {
                try {
                    boolean leftover = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)
                            && (Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(p));
                    if (leftover) {
                        deleteTree(p);
                    }
                } catch (IOException e) {
                    // another run removed it first, or it cannot be removed: it does no harm where it is
                }
            }
        } catch (IOException e) {
            // the parent cannot be listed: writing the report will say why
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
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

    private static void restore(Path old, Path target) {
        try {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // it stays beside the target under its hidden name, whole, and the error being thrown says what failed
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
