package org.lapcheck.app;

import java.time.Duration;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.lapcheck.notify.SmtpSettings;

/**
 * The SMTP relay and the sender, read once from the environment ({@code LAPCHECK_SMTP_HOST}, {@code _PORT},
 * {@code _TLS}, {@code _USER}, {@code _PASSWORD}, {@code _TIMEOUT}, {@code _DEADLINE}, {@code LAPCHECK_MAIL_FROM}),
 * each but the password overridable by the command line: {@code lap notify} and the workbench's outbox send alike.
 */
public final class MailRelay {

    /** The sender when neither the command line nor the environment names one. */
    public static final String DEFAULT_FROM = "lapcheck@localhost";

    /** Values given on the command line, null where not given; the environment fills the rest. */
    public record Overrides(String host, Integer port, String tls, String user, String from, String timeout,
            String deadline) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);
    }

    private MailRelay() {}

    /** True when a relay is named, by the override or by {@code LAPCHECK_SMTP_HOST}. */
    public static boolean named(Map<String, String> env, Overrides o) {
        return StringUtils.firstNonBlank(o.host(), env.get("LAPCHECK_SMTP_HOST")) != null;
    }

    /** The sender: the override, else {@code LAPCHECK_MAIL_FROM}, else {@link #DEFAULT_FROM}. */
    public static String sender(Map<String, String> env, Overrides o) {
        return StringUtils.firstNonBlank(o.from(), env.get("LAPCHECK_MAIL_FROM"), DEFAULT_FROM);
    }

    /**
     * The relay to send through, with its deadlines.
     *
     * @throws UsageException naming the setting that is wrong (no host, a port that is no number, ...)
     */
    public static SmtpSettings settings(Map<String, String> env, Overrides o) {
        try {
            return SmtpSettings.of(StringUtils.firstNonBlank(o.host(), env.get("LAPCHECK_SMTP_HOST")), port(env, o),
                    StringUtils.firstNonBlank(o.tls(), env.get("LAPCHECK_SMTP_TLS")), StringUtils.firstNonBlank(o.user(), env.get("LAPCHECK_SMTP_USER")),
                    env.get("LAPCHECK_SMTP_PASSWORD"), StringUtils.firstNonBlank(o.from(), env.get("LAPCHECK_MAIL_FROM")))
                    .withTimeouts(seconds("--smtp-timeout", StringUtils.firstNonBlank(o.timeout(), env.get("LAPCHECK_SMTP_TIMEOUT"))),
                            seconds("--send-deadline", StringUtils.firstNonBlank(o.deadline(), env.get("LAPCHECK_SMTP_DEADLINE"))));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Seconds, fractions allowed (0.5); null when not given. */
    private static Duration seconds(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            double s = Double.parseDouble(value.strip());
            if (!(s > 0) || s > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + value + "' is not a number of seconds between 0 and 86400");
        }
    }

    private static Integer port(Map<String, String> env, Overrides o) {
        if (o.port() != null) {
            return o.port();
        }
        String p = env.get("LAPCHECK_SMTP_PORT");
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(p.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("LAPCHECK_SMTP_PORT: '" + p + "' is not a port number");
        }
    }
}
