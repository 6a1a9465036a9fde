package org.lapcheck;

import java.nio.file.Path;

/** The project under test: its real rules/ and inputs/, found from the property surefire sets. */
public final class TestProject {

    private TestProject() {}

    public static Path home() {
        return Path.of(System.getProperty("lapcheck.home", ".")).toAbsolutePath().normalize();
    }

    public static Path rules() {
        return home().resolve("rules");
    }

    public static Path inputs() {
        return home().resolve("inputs");
    }
}
