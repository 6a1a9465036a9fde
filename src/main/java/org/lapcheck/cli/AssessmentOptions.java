package org.lapcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.lapcheck.app.Inputs;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Severity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every assessing command shares: the date, the inputs, the rules and the failure threshold. */
final class AssessmentOptions {

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment date (default: today).")
    LocalDate asOf;

    @Mixin
    FolderOptions.InputsFolder inputs;

    @Mixin
    FolderOptions.RulesFolder rules;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above this severity: info, low, medium, high, critical.")
    String failOn;

    /**
     * The dates an assessment can be as of: the convention was adopted in 2008, and reports are read for years up to
     * 2200. A date far outside (+999999999-12-31) would have the rules walk every year to it.
     */
    static final LocalDate FIRST_AS_OF = LocalDate.of(2008, 1, 1);
    static final LocalDate LAST_AS_OF = LocalDate.of(2200, 12, 31);

    LocalDate date() {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        if (date.isBefore(FIRST_AS_OF) || date.isAfter(LAST_AS_OF)) {
            throw new UsageException("--as-of: " + date + " is outside the dates an assessment can be as of, "
                    + FIRST_AS_OF + " to " + LAST_AS_OF);
        }
        return date;
    }

    Path inputsDir(Workspace ws) {
        return inputs.dir(ws);
    }

    Path rulesDir(Workspace ws) {
        return rules.dir(ws);
    }

    /** The {@code --fail-on} severity, or null when none was given. */
    Severity threshold() {
        if (failOn == null) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }
}
