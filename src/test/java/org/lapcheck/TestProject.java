package org.lapcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project under test: its real rules/ and inputs/, found from the property surefire sets. */
public final class TestProject {

    private TestProject() {}

    public static Path home() {
        return Path.of(System.getProperty("lapcheck.home", ".")).toAbsolutePath().normalize();
    }

    public static Path rules() {
        return home().resolve("rules");
    }

    /**
     * Every language lapcheck translates into (all but English, the rules' own): the parameter source of every test
     * that checks a translation, so a language added to {@code model.Language} is checked everywhere at once.
     */
    public static Stream<String> translatedLanguages() {
        return org.lapcheck.model.Language.codes().stream().filter(c -> !c.equals("en"));
    }

    public static Path inputs() {
        return home().resolve("inputs");
    }

    /** Copies a folder of the project (rules/, inputs/, ...) with everything in it, for a test to change the copy. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
