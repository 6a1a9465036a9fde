package org.lapcheck.cli;

import java.io.PrintWriter;
import org.lapcheck.app.Workspace;
import org.lapcheck.submission.SelfReportSchema;
import picocli.CommandLine.Command;

/** {@code lap schema}: prints the self-report JSON Schema, for editors that complete and check YAML. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the self-report JSON Schema.")
final class SchemaCommand extends LapCommand {

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        out.print(SelfReportSchema.text());
        out.flush();
        return ExitCodes.OK;
    }
}
