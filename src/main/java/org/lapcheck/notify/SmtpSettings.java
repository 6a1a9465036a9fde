package org.lapcheck.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how to deliver: the relay, its security, the login and the envelope sender. Built by the command
 * line from {@code LAPCHECK_SMTP_*} and {@code LAPCHECK_MAIL_FROM} in the environment and its options; the
 * password only ever comes from the environment.
 *
 * @param from    the envelope sender (MAIL FROM); null to use each message's own From
 * @param timeout for connecting, reading and writing, so a dead relay cannot hang a run
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, String from,
        Duration timeout) {

    /** How the connection is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS; refused if the server does not offer it. Port 587. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). Port 465. */
        SMTPS(465),
        /** No encryption: only for a relay on this machine or a trusted network. Port 25. */
        NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public static Security parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown TLS mode '" + text + "' (starttls, smtps or none)");
            }
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no SMTP host: set LAPCHECK_SMTP_HOST or --smtp-host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port " + port + " is out of range");
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
        if (user != null && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("SMTP user " + user + " is set but LAPCHECK_SMTP_PASSWORD is not");
        }
        if (user != null && security == Security.NONE && !loopback(host)) {
            throw new IllegalArgumentException("refusing to send the SMTP password unencrypted to " + host
                    + ": use LAPCHECK_SMTP_TLS=starttls or smtps (none is only for a relay on this machine)");
        }
        if (from != null) {
            Addresses.problem(from).ifPresent(p -> {
                throw new IllegalArgumentException("sender address: " + p);
            });
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /**
     * Settings with the defaults filled in: the TLS mode is STARTTLS unless given, except that a relay on this
     * machine without a login defaults to none; the port follows the TLS mode.
     */
    public static SmtpSettings of(String host, Integer port, String tls, String user, String password, String from) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no SMTP host: set LAPCHECK_SMTP_HOST or --smtp-host");
        }
        boolean hasUser = user != null && !user.isBlank();
        Security security = tls != null && !tls.isBlank() ? Security.parse(tls)
                : !hasUser && loopback(host) ? Security.NONE : Security.STARTTLS;
        return new SmtpSettings(host.strip(), port == null ? security.defaultPort() : port, security,
                hasUser ? user.strip() : null, hasUser ? password : null, from == null || from.isBlank() ? null : from.strip(),
                DEFAULT_TIMEOUT);
    }

    static boolean loopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return false; // a name: never resolved here, so DNS cannot turn it into "loopback"
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "smtp " + security.name().toLowerCase(Locale.ROOT) + "://" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}
