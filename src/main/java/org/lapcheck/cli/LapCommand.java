package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lapcheck.app.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of {@code lap}: run in the workspace, with the environment and the writers that {@link Main#run} hands
 * in, so no command reaches for JVM-wide state and each one's body is only its wiring.
 */
abstract class LapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(Main.workspace(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command's work; returns its exit code ({@link ExitCodes}). */
    abstract int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception;

    /** The environment handed to the command line (SMTP settings, the relay). */
    final Map<String, String> env() {
        return Main.env(spec);
    }
}
