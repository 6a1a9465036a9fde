package org.lapcheck.cli;

import java.util.concurrent.Callable;
import org.lapcheck.submission.SelfReportSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lap schema}: prints the self-report JSON Schema, for editors that complete and check YAML. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the self-report JSON Schema.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SelfReportSchema.text());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
