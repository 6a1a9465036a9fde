package org.lapcheck.app;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;

/**
 * Where lapcheck's folders are: the project home and {@code rules/}, {@code inputs/}, {@code reports/} inside it
 * unless a command is told otherwise, and where compiled knowledge bases are kept between runs. Built once from the
 * process's settings by the command line ({@link #detect}) or handed in by a caller ({@link #of}), never read from
 * JVM-wide state afterwards.
 *
 * @param knowledgeCache the folder for compiled knowledge bases, or null when caching is off
 */
public record Workspace(Path home, Path knowledgeCache) {

    /**
     * The workspace of this process: the home from the {@code lapcheck.home} property (the {@code ./lap} launcher
     * sets it) or {@code LAPCHECK_HOME}, else the current folder; the cache from {@code lapcheck.cache} or
     * {@code LAPCHECK_CACHE}.
     */
    public static Workspace detect() {
        String home = System.getProperty("lapcheck.home");
        String cache = System.getProperty("lapcheck.cache");
        Map<String, String> env = System.getenv();
        return of(Path.of(StringUtils.isBlank(home) ? StringUtils.isBlank(env.get("LAPCHECK_HOME")) ? "." : env.get("LAPCHECK_HOME") : home),
                StringUtils.isBlank(cache) ? env.get("LAPCHECK_CACHE") : cache);
    }

    /**
     * A workspace at {@code home}; {@code cache} names the knowledge-base cache folder, {@code off} for none, null for
     * the default {@code target/kb-cache/} beside the jar the launcher builds.
     */
    public static Workspace of(Path home, String cache) {
        Path root = home.toAbsolutePath().normalize();
        if (StringUtils.isBlank(cache)) {
            return new Workspace(root, root.resolve("target").resolve("kb-cache"));
        }
        return new Workspace(root, cache.strip().equalsIgnoreCase("off") ? null : userPath(cache.strip()));
    }

    public Path rules() {
        return home.resolve("rules");
    }

    public Path inputs() {
        return home.resolve("inputs");
    }

    public Path reports() {
        return home.resolve("reports");
    }

    /** Where the e-mails are composed and kept, sent or not: {@code reports/outbox/}. */
    public Path outbox() {
        return reports().resolve("outbox");
    }

    /** A path as the user typed it, resolved against the current folder (not the home). */
    public static Path userPath(String text) {
        return Path.of(text).toAbsolutePath().normalize();
    }
}
