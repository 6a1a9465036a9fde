package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.lapcheck.app.Workspace;
import org.lapcheck.web.ServeSettings;
import org.lapcheck.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lap serve}: the web workbench (org.lapcheck.web), until the process is stopped. Wiring only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web workbench: check or start a report in a browser (public pages), and the "
                + "coordinators' console (the latest report, run an assessment, the outbox).",
                "Listens on loopback unless --bind names another address, which needs $LAPCHECK_SERVE_TOKEN "
                        + "(the console then asks for it). Stop it with Ctrl-C."})
final class ServeCommand extends LapCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8421", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Mixin
    FolderOptions.InputsFolder inputs;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        ServeSettings settings = ServeSettings.of(ws, bind, port, inputs.dir(ws).toAbsolutePath().normalize(),
                env(), Main.toolVersion());
        Workbench workbench = Workbench.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            stopped.countDown();
        }, "lapcheck-serve-stop"));
        out.println("lapcheck serve: " + workbench.address() + " (console: " + workbench.address() + "console"
                + (settings.consoleNeedsToken() ? ", asks for $" + ServeSettings.TOKEN_VARIABLE : ", this machine only") + ")");
        out.println("  inputs " + settings.inputsDir() + "; reports " + ws.reports() + "; Ctrl-C stops it");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
