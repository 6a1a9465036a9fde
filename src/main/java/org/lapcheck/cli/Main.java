package org.lapcheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lapcheck.app.Workspace;
import java.nio.charset.StandardCharsets;
import org.lapcheck.app.UsageException;
import org.lapcheck.assess.RuleConditionException;
import org.lapcheck.assess.RunawayRulesException;
import org.lapcheck.knowledge.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** {@code lap}: the lapcheck command line. Exit codes are in {@link ExitCodes}. */
@Command(name = "lap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks Convention on Cluster Munitions self-reports against the Lausanne Action Plan.",
        subcommands = {AssessCommand.class, ValidateCommand.class, RulesCommand.class, ExplainCommand.class,
                SchemaCommand.class, NotifyCommand.class, RunCommand.class, AcknowledgeCommand.class, BenchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of unexpected errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Handed in by {@link #run}: every command works in this workspace, with this environment. */
    private Workspace workspace;
    private Map<String, String> env;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs a command in this process's workspace and environment, with the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Workspace.detect(), System.getenv(), out, err, args);
    }

    /**
     * Runs a command in the workspace and environment handed in (SMTP settings come from {@code env}); tests call this
     * instead of setting JVM-wide properties or touching System.out.
     */
    public static int run(Workspace workspace, Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        main.workspace = workspace;
        main.env = Map.copyOf(env);
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            return handle(e, commandLine.getErr(), verbose);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The workspace of the command {@code spec} belongs to. */
    static Workspace workspace(CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).workspace;
    }

    /** The environment of the command {@code spec} belongs to. */
    static Map<String, String> env(CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).env;
    }

    /** The one place an exception becomes an exit code. */
    static int handle(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof RulebookException r) {
            err.println("The rulebook cannot be used (" + r.problems().size() + " problem(s)); nothing was assessed:");
            r.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.RULEBOOK;
        }
        if (e instanceof RunawayRulesException || e instanceof RuleConditionException) {
            err.println("The rulebook cannot be used; nothing was assessed: " + e.getMessage());
            return ExitCodes.RULEBOOK;
        }
        if (e instanceof UsageException u) {
            err.println("lap: " + u.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        err.println("lap: unexpected error: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --verbose for the details, and report it as a bug)");
        }
        return ExitCodes.INTERNAL;
    }

    /** The version from the jar manifest, or "dev" when running from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lapcheck " + toolVersion()};
        }
    }

    public static String toolVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
