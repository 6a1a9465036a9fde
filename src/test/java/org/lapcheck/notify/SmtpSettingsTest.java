package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    /**
     * Names resolved from a table, as /etc/hosts would: a test must not query DNS. IP literals are parsed, never
     * looked up, by the JDK.
     */
    private static SmtpSettings.Resolver hosts(Map<String, String> table) {
        return host -> {
            String addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            String[] each = addresses.split(",");
            InetAddress[] out = new InetAddress[each.length];
            for (int i = 0; i < each.length; i++) {
                out[i] = InetAddress.getByName(each[i]);
            }
            return out;
        };
    }

    private static final SmtpSettings.Resolver DNS = hosts(Map.of("smtp.example.org", "192.0.2.25",
            "relay.localhost", "192.0.2.80", "both.localhost", "127.0.0.1,192.0.2.81", "tunnel.localhost", "127.0.0.2,::1"));

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
        assertThat(SmtpSettings.of("smtp.example.org", null, null, null, null, null, DNS).security())
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
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", 25, "none", "lap", "secret", null, DNS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted");
    }

    @Test
    void aDotLocalhostNameIsLoopbackOnlyWhenEveryAddressItResolvesToIs() {
        assertThatThrownBy(() -> SmtpSettings.of("relay.localhost", 25, "none", "lap", "secret", null, DNS))
                .hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> SmtpSettings.of("both.localhost", 25, "none", "lap", "secret", null, DNS))
                .hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> SmtpSettings.of("unknown.localhost", 25, "none", "lap", "secret", null, DNS))
                .hasMessageContaining("unencrypted");
        assertThat(SmtpSettings.of("relay.localhost", null, null, null, null, null, DNS).security())
                .isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(SmtpSettings.of("tunnel.localhost", 2525, "none", "lap", "secret", null, DNS).security())
                .isEqualTo(SmtpSettings.Security.NONE);
        assertThat(SmtpSettings.of("tunnel.localhost", null, null, null, null, null, DNS).security())
                .isEqualTo(SmtpSettings.Security.NONE);
    }

    @Test
    void aPasswordSentUnencryptedGoesToTheLoopbackAddressThatWasJudged() {
        // "localhost" through the system resolver: /etc/hosts, no network.
        SmtpSettings s = SmtpSettings.of("localhost", 2525, "none", "lap", "secret", null);
        assertThat(s.connectHost()).satisfiesAnyOf(h -> assertThat(h).startsWith("127."), h -> assertThat(h).isEqualTo("0:0:0:0:0:0:0:1"));
        assertThat(SmtpSettings.of("localhost", 2525, "none", null, null, null).connectHost()).isEqualTo("localhost");
    }

    @Test
    void thePasswordIsRedactedAlsoInItsBase64Forms() {
        SmtpSettings s = SmtpSettings.of("smtp.example.org", null, null, "lap", "s3cr3t-pw", null);
        String login = java.util.Base64.getEncoder().encodeToString("s3cr3t-pw".getBytes());
        String plain = java.util.Base64.getEncoder().encodeToString("lap\0lap\0s3cr3t-pw".getBytes());
        assertThat(s.redact("535 no: s3cr3t-pw " + login + " " + plain + " 250 OK"))
                .isEqualTo("535 no: *** *** *** 250 OK");
    }

    @Test
    void aUserWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, null, "lap", null, null))
                .hasMessageContaining("LAPCHECK_SMTP_PASSWORD");
    }

    @Test
    void anUnknownTlsModeOrSenderIsRefused() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, "ssl", null, null, null)).hasMessageContaining("starttls");
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.org", null, null, null, null, "me@x\r\nBcc: y@z", DNS))
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
