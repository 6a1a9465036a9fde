package org.lapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lapcheck.report.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lap run}: the whole job a coordinator runs, as the two commands it chains would do it: {@code assess}, then
 * {@code notify} on the report just written. The e-mails go to the outbox; they are sent as well when an SMTP relay
 * is configured ({@code $LAPCHECK_SMTP_HOST}), or with {@code --send}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: assess the inputs into reports/<as-of>/, then compose the e-mailed summaries into "
                + "reports/outbox/, and send them when an SMTP relay is configured ($LAPCHECK_SMTP_HOST).",
                "Exit code: notify's when it is not 0 (4: something stays in the outbox), otherwise assess's."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of reports and e-mails: en, fr, es.")
    String lang;

    @Option(names = "--send", description = "Send the e-mails even without $LAPCHECK_SMTP_HOST (with notify's defaults).")
    boolean send;

    @Option(names = "--no-send", description = "Only compose the e-mails, even when an SMTP relay is configured.")
    boolean noSend;

    @Override
    public Integer call() throws IOException {
        if (send && noSend) {
            throw new UsageException("--send and --no-send contradict each other");
        }
        assessment.threshold(); // an unknown --fail-on stops here, before anything is assessed
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = Workspace.detect();
        LocalDate date = assessment.date();
        Instant started = Instant.now().minusSeconds(2); // file times may be coarse

        List<String> assess = new ArrayList<>(List.of("assess", "--as-of", date.toString(), "--lang", lang));
        add(assess, "--inputs", assessment.inputs);
        add(assess, "--rules", assessment.rules);
        add(assess, "--fail-on", assessment.failOn);
        int assessed = Main.run(out, err, assess.toArray(String[]::new));

        // Notify only from a report this run wrote: not after a usage or rulebook error, when nothing was written.
        Path folder = ws.reports().resolve(date.toString());
        Path findings = folder.resolve(JsonRenderer.FINDINGS);
        if (!Files.isRegularFile(findings) || Files.getLastModifiedTime(findings).compareTo(FileTime.from(started)) < 0) {
            err.println("lap run: no report was written, so no e-mail was composed");
            return assessed == ExitCodes.OK ? ExitCodes.INTERNAL : assessed;
        }
        List<String> notify = new ArrayList<>(List.of("notify", "--assessment", folder.toString(), "--lang", lang));
        String relay = System.getenv("LAPCHECK_SMTP_HOST");
        if (send || (!noSend && relay != null && !relay.isBlank())) {
            notify.add("--send");
        }
        out.println();
        int notified = Main.run(out, err, notify.toArray(String[]::new));
        return notified != ExitCodes.OK ? notified : assessed;
    }

    private static void add(List<String> args, String option, Object value) {
        if (value != null) {
            args.add(option);
            args.add(value.toString());
        }
    }
}
