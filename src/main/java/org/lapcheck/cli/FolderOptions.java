package org.lapcheck.cli;

import java.nio.file.Path;
import org.lapcheck.app.AssessmentFolder;
import org.lapcheck.app.Workspace;
import picocli.CommandLine.Option;

/** The folders a command reads, each declared once as a mixin so that every command names and describes it alike. */
final class FolderOptions {

    private FolderOptions() {
    }

    /** {@code --inputs DIR}: the submissions and the reference data. */
    static final class InputsFolder {
        @Option(names = "--inputs", paramLabel = "DIR", description = "Inputs folder with reference/ and submissions/ (default: inputs/).")
        Path inputs;

        Path dir(Workspace ws) {
            return inputs == null ? ws.inputs() : inputs;
        }
    }

    /** {@code --rules DIR}: the rulebook. */
    static final class RulesFolder {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
        Path rules;

        Path dir(Workspace ws) {
            return rules == null ? ws.rules() : rules;
        }
    }

    /** {@code --assessment DIR}: a report folder written by an earlier assessment. */
    static final class AssessmentReport {
        @Option(names = "--assessment", paramLabel = "DIR", description = "Report folder (default: the latest in reports/).")
        Path assessment;

        Path dir(Workspace ws) {
            return AssessmentFolder.resolve(assessment, ws);
        }
    }
}
