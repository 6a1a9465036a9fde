package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void aRemoteRelayDefaultsToRequiredStarttlsOnPort587() {
        SmtpSettings s = SmtpSettings.of("smtp.example.org", null, null, "lap", "secret", "lap@example.org");
        assertThat(s.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(s.port()).isEqualTo(587);

        Properties p = new SmtpDelivery(s, RetryPolicy.DEFAULT).properties();
        assertThat(p).containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.from", "lap@example.org").containsKey("mail.smtp.timeout");
    }

    @Test
    void aRemoteRelayWithoutLoginStillDefaultsToStarttls() {
        assertThat(SmtpSettings.of("smtp.example.org", null, null, null, null, null).security())
                .isEqualTo(SmtpSettings.Security.STARTTLS);
    }

    @Test
    void onlyALoopbackRelayWithoutLoginDefaultsToNoTls() {
        assertThat(SmtpSettings.of("127.0.0.1", 2525, null, null, null, null).security()).isEqualTo(SmtpSettings.Security.NONE);
        assertThat(SmtpSettings.of("localhost", null, null, null, null, null).port()).isEqualTo(25);
    }

    @Test
    void smtpsUsesItsOwnProtocolAndPort() {
        SmtpSettings s = SmtpSettings.of("smtp.example.org", null, "smtps", "lap", "secret", null);
        assertThat(s.port()).isEqualTo(465);
        assertThat(new SmtpDelivery(s, RetryPolicy.DEFAULT).properties())
                .containsEntry("mail.smtps.host", "smtp.example.org").containsEntry("mail.smtps.ssl.checkserveridentity", "true");
    }

    @Test
    void refusesToSendAPasswordUnencryptedToAnotherMachine() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", 25, "none", "lap", "secret", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted");
    }

    @Test
    void aUserWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, null, "lap", null, null))
                .hasMessageContaining("LAPCHECK_SMTP_PASSWORD");
    }

    @Test
    void anUnknownTlsModeOrSenderIsRefused() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, "ssl", null, null, null)).hasMessageContaining("starttls");
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, null, null, null, "me@x\r\nBcc: y@z"))
                .hasMessageContaining("sender");
    }

    @Test
    void neverPrintsThePassword() {
        SmtpSettings s = SmtpSettings.of("smtp.example.org", null, null, "lap", "s3cr3t-pw", null);
        assertThat(s.toString()).doesNotContain("s3cr3t-pw").contains("lap@smtp.example.org:587");
    }

    @Test
    void retriesBackOffExponentiallyAndAreBounded() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertThat(p.retries()).isEqualTo(3);
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThatThrownBy(() -> new RetryPolicy(11, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
