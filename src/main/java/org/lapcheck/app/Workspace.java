package org.lapcheck.app;

import java.nio.file.Path;

/**
 * Where lapcheck's folders are: the project home (the {@code lapcheck.home} property or {@code LAPCHECK_HOME},
 * which the {@code ./lap} launcher sets, else the current folder) and {@code rules/}, {@code inputs/},
 * {@code reports/} inside it unless a command is told otherwise.
 */
public record Workspace(Path home) {

    public static Workspace detect() {
        String home = System.getProperty("lapcheck.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("LAPCHECK_HOME");
        }
        return new Workspace(Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize());
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

    /**
     * Where compiled knowledge bases are kept between runs: the {@code lapcheck.cache} property or
     * {@code LAPCHECK_CACHE}, else {@code target/kb-cache/} beside the jar the launcher builds; null when either
     * says {@code off}.
     */
    public Path knowledgeCache() {
        String dir = System.getProperty("lapcheck.cache");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("LAPCHECK_CACHE");
        }
        if (dir == null || dir.isBlank()) {
            return home.resolve("target").resolve("kb-cache");
        }
        return dir.strip().equalsIgnoreCase("off") ? null : userPath(dir.strip());
    }

    /** A path as the user typed it, resolved against the current folder (not the home). */
    public static Path userPath(String text) {
        return Path.of(text).toAbsolutePath().normalize();
    }
}
