package org.lapcheck.notify;

import org.lapcheck.CliRun;
import org.lapcheck.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.cli.ExitCodes;

/**
 * {@code ./lap notify} end to end, in process: a copy of the project's rules and inputs (one state's contact
 * made hostile), assessed for real, then composed, dry-run and sent to a real SMTP server on loopback.
 */
class NotifyCommandTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path home;

    @TempDir
    Path tmp;



    static CliRun run(String... args) {
        // the copied project is handed in as the workspace: no JVM-wide property is set
        return CliRun.in(Workspace.of(home, "off"), args);
    }

    @BeforeAll
    static void assessACopyOfTheProjectWithAHostileContact() throws IOException {
        TestProject.copyTree(TestProject.rules(), home.resolve("rules"));
        TestProject.copyTree(TestProject.inputs(), home.resolve("inputs"));
        Path gnb = home.resolve("inputs/submissions/2025/GNB.yaml");
        String yaml = Files.readString(gnb, StandardCharsets.UTF_8);
        Files.writeString(gnb, yaml.replace("    name: Ponto focal CCM\n",
                "    name: \"Ana <script>alert(1)</script>\\r\\nBcc: evil@example.org\"\n"), StandardCharsets.UTF_8);
        CliRun assess = run("assess", "--as-of", "2026-11-29", "--format", "json");
        assertThat(assess.exit()).as(assess.err()).isEqualTo(ExitCodes.OK);
    }



    private Path outbox() {
        return tmp.resolve("outbox");
    }

    private String[] send(String... more) {
        List<String> args = new ArrayList<>(List.of("notify", "--send", "--states", "--outbox", outbox().toString(),
                "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(greenMail.getSmtp().getPort()),
                "--from", "lapcheck@example.org"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private List<Path> emlFiles() throws IOException {
        try (Stream<Path> s = Files.list(outbox().resolve("2026-11-29"))) {
            return s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void notifyComposesOneEmlPerRecipientIntoTheOutboxAndSendsNothing() throws IOException {
        CliRun r = run("notify", "--outbox", outbox().toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(emlFiles()).extracting(p -> p.getFileName().toString()).contains(
                "presidency-lao.eml", "troika-president-lao.eml", "troika-president-outgoing-phl.eml",
                "coordinator-transparency-bel.eml", "coordinator-clearance-ita.eml", "gender-focal-point-can.eml",
                "isu-isu-ccm.eml").noneMatch(n -> n.startsWith("state-"));
        assertThat(r.out()).contains("composed " + emlFiles().size() + " message(s)", "[LAP 2025] Mesures de transparence",
                "nothing sent");
        assertThat(r.err()).contains("not addressed: coordinator-cooperation-fra", "not addressed: troika-president-designate");
        assertThat(outbox().resolve(Ledger.FILE)).doesNotExist();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFrenchCoordinatorsDigestWordsTheFindingsInFrenchToo() throws Exception {
        CliRun r = run("notify", "--outbox", outbox().toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);

        // The transparency coordinator (Belgium) reads French: headings and the rules' own messages alike.
        String text = plainText(outbox().resolve("2026-11-29/coordinator-transparency-bel.eml"));
        assertThat(text).contains("est parvenu au Secrétaire général de l'ONU").doesNotContain("reached the UN Secretary-General on")
                .doesNotContain("{lap_");
        // An English-reading office still gets the English messages.
        assertThat(plainText(outbox().resolve("2026-11-29/coordinator-clearance-ita.eml"))).doesNotContain("Constatations par État");
    }

    @Test
    void digestsGroupReportsNotOnFilePerStateAndStayUnderTheirSizeTargets() throws Exception {
        CliRun r = run("notify", "--outbox", outbox().toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);

        String text = plainText(outbox().resolve("2026-11-29/coordinator-transparency-bel.eml"));
        // one line per state, the years and due dates, where findings.json keeps one finding per state and year
        assertThat(text).contains("Rapports non disponibles").containsPattern("Albanie \\(ALB\\): 2024 \\(attendu le 30 avril 2025\\); 2025");
        assertThat(text.indexOf("D'abord")).isLessThan(text.indexOf("Rapports non disponibles"));
        for (Path eml : emlFiles()) {
            long limit = eml.getFileName().toString().startsWith("troika-") ? 200 * 1024 : 100 * 1024;
            assertThat(Files.size(eml)).as(eml.getFileName().toString()).isLessThanOrEqualTo(limit);
        }
    }

    private static String plainText(Path eml) throws Exception {
        return org.lapcheck.Eml.plainText(eml);
    }

    @Test
    void dryRunPrintsWhoWouldGetWhatAndWritesNothing() {
        CliRun r = run("notify", "--dry-run", "--states", "--outbox", outbox().toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("dry run", "nothing written, nothing sent", "state-gnb", "ccm.caami@example.org",
                "[LAP 2025] Guinea-Bissau: feedback on your report", "kB)");
        assertThat(outbox()).doesNotExist();
    }

    @Test
    void sendDeliversEveryMessageOnceAndASecondSendSendsNothing() throws Exception {
        CliRun first = run(send());

        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        int files = emlFiles().size();
        assertThat(greenMail.getReceivedMessages()).hasSize(files);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).doesNotHaveDuplicates();
        assertThat(first.out()).contains(files + " accepted");

        CliRun second = run(send());

        assertThat(second.exit()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("already holds this assessment's messages", "nothing to send");
        assertThat(greenMail.getReceivedMessages()).hasSize(files);
    }

    @Test
    void withTheServerDownSendExitsWithDeliveryFailedKeepsTheMessagesAndTheNextSendDeliversThem() throws IOException {
        String[] whileDown = send("--retries", "1", "--retry-delay", "10");
        greenMail.stop();

        CliRun down = run(whileDown);

        assertThat(down.exit()).isEqualTo(ExitCodes.DELIVERY_FAILED);
        assertThat(down.err()).contains("FAILED", "cannot reach", "not delivered", "run ./lap notify --send again");
        int files = emlFiles().size();
        assertThat(files).isPositive();
        assertThat(new Outbox(outbox()).pending()).hasSize(files);

        greenMail.start();
        CliRun up = run(send());

        assertThat(up.exit()).as(up.err()).isEqualTo(ExitCodes.OK);
        assertThat(greenMail.getReceivedMessages()).hasSize(files);
        assertThat(new Outbox(outbox()).pending()).isEmpty();
    }

    @Test
    void aStatesHostileContactNameAddsNoHeaderNorRecipientAndIsEscapedInHtml() throws Exception {
        CliRun r = run(send());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);

        MimeMessage gnb = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return "state-gnb".equals(m.getHeader("X-Lapcheck-Recipient", null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(gnb.getHeader("Bcc")).isNull();
        assertThat(gnb.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("ccm.caami@example.org");
        assertThat(greenMail.getUserManager().getUserByEmail("evil@example.org")).isNull();
        Multipart alternative = (Multipart) ((Multipart) gnb.getContent()).getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(html).doesNotContain("<script>").contains("Ana &lt;script&gt;alert(1)&lt;/script&gt; Bcc: evil@example.org");
    }

    @Test
    void aStatesFeedbackComesInTheLanguageTheMachineryRecordsForItElseTheRunsAndArabicReadsRightToLeft() throws Exception {
        // --lang as assess reads it: zh-Hans is simplified Chinese (zh), the run's language for whoever has none
        CliRun r = run("notify", "--states", "--outbox", outbox().toString(), "--lang", "zh-Hans");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);

        // Lebanon: Arabic, as inputs/reference/machinery.yaml records for it
        jakarta.mail.internet.MimeMessage lbn = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(
                new java.util.Properties()), Files.newInputStream(outbox().resolve("2026-11-29/state-lbn.eml")));
        assertThat(lbn.getHeader("Content-Language", null)).isEqualTo("ar");
        Multipart alternative = (Multipart) ((Multipart) lbn.getContent()).getBodyPart(0).getContent();
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .containsPattern("<bdi>[A-Z0-9-]+:LBN:2025</bdi>");
        // Germany: no language of its own anywhere, so the run's
        jakarta.mail.internet.MimeMessage deu = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(
                new java.util.Properties()), Files.newInputStream(outbox().resolve("2026-11-29/state-deu.eml")));
        assertThat(deu.getHeader("Content-Language", null)).isEqualTo("zh-Hans");
        assertThat(deu.getSubject()).contains("德国");
    }

    @Test
    void badOptionsStopTheRunBeforeAnythingIsWritten() {
        CliRun lang = run("notify", "--lang", "de", "--outbox", outbox().toString());
        assertThat(lang.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(lang.err()).contains("--lang");

        CliRun clear = run("notify", "--send", "--outbox", outbox().toString(), "--smtp-host", "smtp.example.org",
                "--smtp-tls", "none", "--smtp-user", "lap");
        assertThat(clear.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(clear.err()).containsAnyOf("LAPCHECK_SMTP_PASSWORD", "unencrypted");
        assertThat(outbox()).doesNotExist();
    }

    @Test
    void sendRefusesAnOutboxThatNoLongerMatchesItsManifestAndSaysHowToRecompose() throws IOException {
        CliRun composed = run("notify", "--states", "--outbox", outbox().toString());
        assertThat(composed.exit()).as(composed.err()).isEqualTo(ExitCodes.OK);
        Files.delete(emlFiles().get(0)); // composing was cut off, or a file went missing: the rest must not go alone

        CliRun r = run(send());

        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("does not match the manifest", "missing", "nothing was sent", "./lap notify --assessment");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCorrectedAssessmentOfTheSameDaySendsCorrectionsThatReferToTheFirstAndNeverOverwritesWhatWasSent()
            throws Exception {
        Path report = tmp.resolve("reports/2026-11-29");
        TestProject.copyTree(home.resolve("reports/2026-11-29"), report);
        CliRun first = run(send("--assessment", report.toString()));
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        int sent = greenMail.getReceivedMessages().length;
        Map<Path, byte[]> sentFiles = new java.util.HashMap<>();
        for (Path p : emlFiles()) {
            sentFiles.put(p, Files.readAllBytes(p));
        }

        // A state corrects its report and the same day is assessed again: some digests now say something else.
        Path findings = report.resolve("findings.json");
        String json = Files.readString(findings, StandardCharsets.UTF_8);
        assertThat(json).contains("Guinea-Bissau");
        Files.writeString(findings, json.replace("Guinea-Bissau", "Guinea-Bissau (corrected)"), StandardCharsets.UTF_8);
        CliRun second = run(send("--assessment", report.toString()));

        assertThat(second.exit()).as(second.err()).isEqualTo(ExitCodes.OK);
        sentFiles.forEach((p, bytes) -> assertThat(p).hasBinaryContent(bytes));
        List<Path> corrections = emlFiles().stream().filter(p -> p.getFileName().toString().endsWith(".v2.eml")).toList();
        assertThat(corrections).isNotEmpty().hasSizeLessThan(sent);
        assertThat(second.out()).contains("sent already and unchanged, not sent again");
        MimeMessage[] all = greenMail.getReceivedMessages();
        assertThat(all).hasSize(sent + corrections.size());
        for (Path c : corrections) {
            String key = c.getFileName().toString().replace(".v2.eml", "");
            MimeMessage original = Arrays.stream(all).filter(m -> header(m, "X-Lapcheck-Recipient").equals(key)
                    && header(m, "References").isEmpty()).findFirst().orElseThrow();
            MimeMessage correction = Arrays.stream(all).filter(m -> header(m, "X-Lapcheck-Recipient").equals(key)
                    && !header(m, "References").isEmpty()).findFirst().orElseThrow();
            assertThat(header(correction, "References")).isEqualTo(original.getMessageID());
            assertThat(header(correction, "In-Reply-To")).isEqualTo(original.getMessageID());
            assertThat(correction.getMessageID()).isNotEqualTo(original.getMessageID());
            assertThat(correction.getSubject()).startsWith("[LAP 2025] ").containsAnyOf("Correction 2", "Rectificatif 2",
                    "Corrección 2");
        }
        assertThat(new Outbox(outbox()).ledger().acceptedIds()).hasSize(sent + corrections.size());

        CliRun third = run(send("--assessment", report.toString()));
        assertThat(third.exit()).as(third.err()).isEqualTo(ExitCodes.OK);
        assertThat(third.out()).contains("nothing to send");
        assertThat(greenMail.getReceivedMessages()).hasSize(sent + corrections.size());
    }

    private static String header(MimeMessage m, String name) {
        try {
            String v = m.getHeader(name, " ");
            return v == null ? "" : v.strip();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeadlinePassedLeavesTheRestInTheOutboxWithExitFour() throws Exception {
        ScriptedRelay.Behaviour b = new ScriptedRelay.Behaviour();
        b.answerAfterMillis = 40;
        try (ScriptedRelay relay = new ScriptedRelay(b)) {
            CliRun r = run("notify", "--send", "--states", "--outbox", outbox().toString(), "--smtp-host", "127.0.0.1",
                    "--smtp-port", String.valueOf(relay.port()), "--from", "lapcheck@example.org",
                    "--smtp-timeout", "2", "--send-deadline", "0.8");

            assertThat(r.exit()).isEqualTo(ExitCodes.DELIVERY_FAILED);
            assertThat(r.err()).contains("deadline of 0.8 s passed", "run ./lap notify --send again");
            Outbox box = new Outbox(outbox());
            // The ledger and the outbox account for every message; the relay may hold one more than the ledger: the
            // one whose reply the deadline cut off.
            assertThat(box.pending()).isNotEmpty().hasSize(emlFiles().size() - box.ledger().acceptedIds().size());
            assertThat(relay.accepted().size() - box.ledger().acceptedIds().size()).isBetween(0, 1);
        }
    }
}
