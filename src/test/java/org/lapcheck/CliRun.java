package org.lapcheck;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.lapcheck.cli.Main;

/** A command run in-process through the real command line, with its exit code and what it printed. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        return in(org.lapcheck.app.Workspace.detect(), args);
    }

    /** A command run in the workspace handed in (with this process's environment), as a user's own project. */
    public static CliRun in(org.lapcheck.app.Workspace workspace, String... args) {
        return in(workspace, System.getenv(), args);
    }

    /** A command run in the workspace and with the environment handed in (the SMTP settings, for one). */
    public static CliRun in(org.lapcheck.app.Workspace workspace, java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(workspace, env, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public String all() {
        return out + err;
    }
}
