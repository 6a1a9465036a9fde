package org.lapcheck.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.lapcheck.CliRun;
import org.lapcheck.Eml;
import org.lapcheck.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;

/** {@code lap run}, the README's main job, on a copy of the project: assess, then the e-mails into the outbox. */
class RunCommandTest {

    @TempDir
    Path home;



    private CliRun run(String... args) {
        // the copied project is handed in as the workspace: no JVM-wide property is set
        return CliRun.in(Workspace.of(home, "off"), args);
    }

    @BeforeEach
    void copyTheProject() throws IOException {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
    }



    private long emlFiles() throws IOException {
        Path folder = home.resolve("reports/outbox/2026-11-29");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".eml")).count();
        }
    }

    @Test
    void assessesThenComposesTheEmailsIntoTheOutboxWithoutAServer() throws IOException {
        CliRun run = run("run", "--as-of", "2026-11-29", "--no-send", "--timings");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).containsPattern("timings: before the command [0-9.]+ s; knowledge base [0-9.]+ s")
                .containsPattern("timings: e-mails [0-9.]+ s \\(compose\\)");
        assertThat(home.resolve("reports/2026-11-29/findings.json")).isRegularFile();
        assertThat(home.resolve("reports/2026-11-29/index.html")).isRegularFile();
        assertThat(emlFiles()).isGreaterThan(5);
        assertThat(run.out()).contains(": assessment as of 2026-11-29").contains("lapcheck notify:")
                .contains("composed ").contains("nothing sent");
    }

    @Test
    void sendingWithNoRelayIsAUsageErrorBeforeAnythingIsAssessed() {
        // --send with no relay configured: the e-mail options are checked first, so nothing is half done
        CliRun run = run("run", "--as-of", "2026-11-29", "--send");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).containsIgnoringCase("smtp");
        assertThat(home.resolve("reports")).doesNotExist();
    }

    @Test
    void aWrongSmtpPortInTheEnvironmentStopsTheRunBeforeAnythingIsAssessed() {
        CliRun run = CliRun.in(Workspace.of(home, "off"), Map.of("LAPCHECK_SMTP_HOST", "127.0.0.1",
                "LAPCHECK_SMTP_PORT", "twenty-five"), "run", "--as-of", "2026-11-29");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("LAPCHECK_SMTP_PORT");
        assertThat(home.resolve("reports")).doesNotExist();
    }

    @Test
    void theRelayNamedOnTheCommandLineGetsTheMessages() {
        GreenMail relay = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        relay.start();
        try {
            CliRun run = run("run", "--as-of", "2026-11-29", "--smtp-host", "127.0.0.1", "--smtp-port",
                    String.valueOf(relay.getSmtp().getPort()), "--smtp-tls", "none", "--from", "isu@example.org");

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(relay.getReceivedMessages()).isNotEmpty();
            assertThat(run.out()).contains("sent");
        } finally {
            relay.stop();
        }
    }

    @Test
    void theEmailsAreWordedByTheRulesTheAssessmentWasMadeWith() throws Exception {
        // a second rulebook whose French wording of one message differs: the reports and the e-mails both use it
        TestProject.copyTree(TestProject.rules(), home.resolve("other-rules"));
        Path fr = home.resolve("other-rules/i18n/messages_fr.properties");
        Files.writeString(fr, Files.readString(fr).replace("est parvenu au Secrétaire général de l'ONU",
                "est parvenu (libellé de l'autre règlement) au Secrétaire général de l'ONU"));

        CliRun run = run("run", "--as-of", "2026-11-29", "--no-send", "--rules", home.resolve("other-rules").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        // the transparency coordinator (Belgium) reads French
        assertThat(Eml.plainText(home.resolve("reports/outbox/2026-11-29/coordinator-transparency-bel.eml")))
                .contains("libellé de l'autre règlement");
    }

    @Test
    void aBrokenRulebookStopsBeforeAnyReportOrEmail() throws IOException {
        Path rule = home.resolve("rules/08-transparency/t-annual-late.drl");
        Files.writeString(rule, Files.readString(rule).replace("then", "then oops("));

        CliRun run = run("run", "--as-of", "2026-11-29", "--no-send");

        assertThat(run.exit()).isEqualTo(ExitCodes.RULEBOOK);
        assertThat(run.err()).contains("t-annual-late.drl").contains("no report was written, so no e-mail was composed");
        assertThat(home.resolve("reports/2026-11-29")).doesNotExist();
        assertThat(emlFiles()).isZero();
    }

    @Test
    void sendAndNoSendTogetherAreAUsageError() {
        CliRun run = run("run", "--send", "--no-send");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("'--send' should be specified only once");
        assertThat(home.resolve("reports")).doesNotExist();
    }

    @Test
    void anUnknownFailOnIsAUsageErrorBeforeAnythingIsAssessed() {
        CliRun run = run("run", "--fail-on", "dire");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--fail-on");
        assertThat(home.resolve("reports")).doesNotExist();
    }
}
