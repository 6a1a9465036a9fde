package org.lapcheck.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.lapcheck.TestProject;
import org.lapcheck.app.Workspace;
import org.lapcheck.knowledge.RulebookException;

/**
 * A project of its own for a test class's server: the real rules and inputs copied into a temporary home (the
 * console writes reports/ there), with the project's compiled-rulebook cache, so no test compiles the rules twice.
 */
final class WebHome {

    private WebHome() {}

    static Workspace copy(Path home) throws IOException {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
        return Workspace.of(home, TestProject.home().resolve("target/kb-cache").toString());
    }

    static Workbench serve(Workspace ws, String bind, String token, Map<String, String> env) throws RulebookException {
        return Workbench.start(new ServeSettings(ws, bind, 0, ws.inputs(), token, env, "test"));
    }
}
