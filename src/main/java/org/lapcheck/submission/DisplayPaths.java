package org.lapcheck.submission;

import java.nio.file.Path;

/** How files are named in problems and evidence: relative to the project root, with {@code /} on every system. */
public final class DisplayPaths {

    private DisplayPaths() {}

    public static String of(Path projectRoot, Path file) {
        Path absoluteRoot = projectRoot.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(absoluteRoot) ? absoluteRoot.relativize(absolute) : absolute;
        // a file name can hold a newline or a terminal escape too: it is shown, never obeyed
        return Shown.escape(shown.toString().replace('\\', '/'));
    }
}
