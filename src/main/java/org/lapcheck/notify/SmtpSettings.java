package org.lapcheck.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and how to deliver: the relay, its security, the login and the envelope sender. Built by the command
 * line from {@code LAPCHECK_SMTP_*} and {@code LAPCHECK_MAIL_FROM} in the environment and its options; the
 * password only ever comes from the environment.
 *
 * @param from    the envelope sender (MAIL FROM); null to use each message's own From
 * @param timeout  for connecting, and for each command: its whole reply must arrive within it, so neither a dead
 *                 relay nor one answering a byte at a time can hang a run
 * @param deadline for the whole delivery: when it passes, what is not sent stays in the outbox for the next send
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, String from,
        Duration timeout, Duration deadline) {

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
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(15);

    /** Turns a host name into its addresses; the system resolver outside tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver SYSTEM_RESOLVER = InetAddress::getAllByName;

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
        if (from != null) {
            Addresses.problem(from).ifPresent(p -> {
                throw new IllegalArgumentException("sender address: " + p);
            });
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        deadline = deadline == null ? DEFAULT_DEADLINE : deadline;
        if (timeout.isNegative() || timeout.isZero() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("SMTP timeout and deadline must be positive");
        }
    }

    /** The same relay with other time bounds (null keeps the current one). */
    public SmtpSettings withTimeouts(Duration command, Duration whole) {
        return new SmtpSettings(host, port, security, user, password, from, command == null ? timeout : command,
                whole == null ? deadline : whole);
    }

    /**
     * Settings with the defaults filled in: the TLS mode is STARTTLS unless given, except that a relay on this
     * machine without a login defaults to none; the port follows the TLS mode.
     */
    public static SmtpSettings of(String host, Integer port, String tls, String user, String password, String from) {
        return of(host, port, tls, user, password, from, SYSTEM_RESOLVER);
    }

    /** As {@link #of(String, Integer, String, String, String, String)}, judging loopback with the given resolver. */
    static SmtpSettings of(String host, Integer port, String tls, String user, String password, String from,
            Resolver resolver) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no SMTP host: set LAPCHECK_SMTP_HOST or --smtp-host");
        }
        boolean hasUser = user != null && !user.isBlank();
        Security security = tls != null && !tls.isBlank() ? Security.parse(tls)
                : !hasUser && loopbackAddress(host, resolver) != null ? Security.NONE : Security.STARTTLS;
        if (hasUser && password != null && !password.isEmpty() && security == Security.NONE
                && loopbackAddress(host, resolver) == null) {
            throw new IllegalArgumentException("refusing to send the SMTP password unencrypted to " + host.strip()
                    + ": use LAPCHECK_SMTP_TLS=starttls or smtps (none is only for a relay on this machine)");
        }
        return new SmtpSettings(host.strip(), port == null ? security.defaultPort() : port, security,
                hasUser ? user.strip() : null, hasUser ? password : null, from == null || from.isBlank() ? null : from.strip(),
                DEFAULT_TIMEOUT, DEFAULT_DEADLINE);
    }

    /**
     * The loopback address the host stands for, or null when it is not on this machine. A name is judged by what it
     * resolves to, never by its spelling: {@code relay.localhost} is loopback only if every address it resolves to is,
     * since a resolver may answer anything for it. Unresolvable means not loopback.
     */
    static InetAddress loopbackAddress(String host, Resolver resolver) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        try {
            InetAddress[] all = resolver.resolve(h);
            if (all == null || all.length == 0) {
                return null;
            }
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return null;
                }
            }
            return all[0];
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /**
     * Where to connect. When the password would travel unencrypted, the host is resolved and judged again, and the
     * connection goes to that very loopback address, so a second lookup cannot send it elsewhere.
     */
    String connectHost() {
        if (security != Security.NONE || user == null) {
            return host;
        }
        InetAddress a = loopbackAddress(host, SYSTEM_RESOLVER);
        if (a == null) {
            throw new IllegalStateException("refusing to send the SMTP password unencrypted: " + host
                    + " no longer resolves to this machine only");
        }
        return a.getHostAddress();
    }

    /**
     * The text with the password replaced by {@code ***}, also inside any base64 word that decodes to text holding it
     * (AUTH LOGIN and AUTH PLAIN send it so), so a relay echoing the login cannot put it on the screen or in the ledger.
     */
    public String redact(String text) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        Matcher words = BASE64_WORD.matcher(text.replace(password, "***"));
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(holdsPassword(words.group()) ? "***" : words.group()));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static final Pattern BASE64_WORD = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");

    private boolean holdsPassword(String word) {
        for (String w : List.of(word, word.substring(0, word.length() - word.length() % 4))) {
            try {
                if (new String(Base64.getDecoder().decode(w), StandardCharsets.UTF_8).contains(password)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // not base64 after all
            }
        }
        return false;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "smtp " + security.name().toLowerCase(Locale.ROOT) + "://" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}
