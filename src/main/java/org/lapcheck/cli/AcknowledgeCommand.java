package org.lapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lapcheck.app.AcknowledgeJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.model.Acknowledgement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lap acknowledge}: record a decision about a finding, or list the decisions on file. Wiring only. */
@Command(name = "acknowledge", mixinStandardHelpOptions = true,
        description = {"Record in inputs/acknowledgements.yaml that a finding of the latest assessment is seen and "
                + "followed up, with a reason and the last day it applies; or, with --list, show what applies, what is "
                + "stale and what expires within " + AcknowledgeJob.SOON_DAYS + " days.",
                "Acknowledged findings stay in every report, counted apart; --fail-on ignores them."})
final class AcknowledgeCommand extends LapCommand {

    @Parameters(paramLabel = "FINDING-ID", arity = "0..1", description = "A finding id, e.g. T-ANNUAL-OVERDUE:SSD:2025.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in a sentence fit for the troika and the coordinators.")
    String reason;

    @Option(names = "--until", paramLabel = "DATE", description = "The last day the acknowledgement applies.")
    LocalDate until;

    @Option(names = "--by", paramLabel = "OFFICE", description = "The office that decided: president, coordinator:AREA, isu, ...")
    String by;

    @Option(names = "--list", description = "List the acknowledgements on file against the latest assessment.")
    boolean list;

    @Mixin
    FolderOptions.InputsFolder inputs;

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        Path inputsDir = inputs.dir(ws);
        LocalDate today = LocalDate.now();
        if (list) {
            AcknowledgeJob.Listing l = AcknowledgeJob.list(ws, inputsDir, today);
            out.printf("acknowledgements against the assessment as of %s%n", l.asOf());
            print(out, "apply", l.applying());
            print(out, "expire within " + AcknowledgeJob.SOON_DAYS + " days", l.expiringSoon());
            print(out, "cover no finding (stale, remove them?)", l.stale());
            print(out, "have expired", l.expired());
            return ExitCodes.OK;
        }
        if (id == null || reason == null || until == null) {
            throw new UsageException("acknowledge FINDING-ID --reason TEXT --until DATE [--by OFFICE], or --list");
        }
        Path file = AcknowledgeJob.append(ws, inputsDir, id, reason, until, by, today);
        out.printf("acknowledged %s until %s in %s; the next assessment counts it apart%n", id, until, file);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String what, List<Acknowledgement> entries) {
        out.printf("  %d %s%n", entries.size(), what);
        for (Acknowledgement e : entries) {
            out.printf("    %s until %s%s: %s%n", e.target(), e.until(), e.by() == null ? "" : " (" + e.by() + ")",
                    org.lapcheck.model.UntrustedText.cut(e.reason(), 120));
        }
    }
}
