package org.lapcheck.cli;

import java.io.PrintWriter;
import org.lapcheck.app.Workspace;
import org.lapcheck.submission.JsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lap schema}: prints the self-report JSON Schema, for editors that complete and check YAML;
 * {@code lap schema --use-register} prints the schema of the register of instances of use instead.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, description = {"Print the self-report JSON Schema.",
        "With --use-register: the JSON Schema of inputs/reference/use-register.yaml, the register of instances of use."})
final class SchemaCommand extends LapCommand {

    @Option(names = {"--use-register", "--register"},
            description = "Print the schema of the register of instances of use (use-register.yaml) instead.")
    boolean useRegister;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        out.print(useRegister ? JsonSchema.USE_REGISTER.text() : JsonSchema.SELF_REPORT.text());
        out.flush();
        return ExitCodes.OK;
    }
}
