package org.lapcheck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workbench's defences, applied before every request:
 * <ul>
 *   <li>headers on every answer: a Content-Security-Policy allowing only this server's own style sheet, no script,
 *       no framing; {@code X-Content-Type-Options: nosniff}; no referrer to other sites; console pages not cached;</li>
 *   <li>bound to loopback without a token, a Host header naming anything but this machine is refused (a page
 *       elsewhere cannot rebind a name to 127.0.0.1 and read the console);</li>
 *   <li>every state-changing request (POST) other than the two public checks, which change nothing, must carry the
 *       form's CSRF token (an HMAC of a per-browser cookie under a per-process key) and an Origin (or Referer) of
 *       this server;</li>
 *   <li>with a token configured, the console's pages need a session from the login form: an HttpOnly, SameSite=Strict
 *       cookie, Secure when the request came over HTTPS (through a reverse proxy).</li>
 * </ul>
 */
final class Guard {

    static final String CSRF_COOKIE = "lapcheck_csrf";
    static final String SESSION_COOKIE = "lapcheck_session";
    static final String CSRF_FIELD = "csrf";

    /** The pages' policy: this server's style sheet and nothing else. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    /** The static report's own policy (inline style and SVG, nothing fetched), plus no framing. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** POSTs that change nothing on the server (the public checks): no CSRF token asked, so scripts can call them. */
    private static final Set<String> STATELESS_POSTS = Set.of("/check", "/api/check");
    private static final Duration SESSION_LIFE = Duration.ofHours(12);

    private final ServeSettings settings;
    /** Whether the server listens on loopback only, resolved once. */
    private final boolean loopback;
    private final byte[] key = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

    Guard(ServeSettings settings) {
        this.settings = settings;
        this.loopback = settings.loopback();
        random.nextBytes(key);
    }

    /** Refused: the status and the message key of the plain page that says why. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String labelKey;

        Refused(int status, String labelKey) {
            super(labelKey, null, false, false);
            this.status = status;
            this.labelKey = labelKey;
        }
    }

    /** Runs before every request. */
    void before(Context ctx) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on a form's POST, which the
        // Origin check must refuse; a link to another site still carries no referrer
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        // Without a token the console is open to this machine, and only the Host check stops a page elsewhere that
        // rebinds its name to 127.0.0.1; with one, the login does (the session cookie belongs to this server's name),
        // and a TLS reverse proxy in front may pass its public name as the Host.
        if (loopback && !settings.consoleNeedsToken() && !loopbackHost(ctx.header("Host"))) {
            throw new Refused(421, "error.host");
        }
        String path = ctx.path();
        boolean console = isConsole(path);
        if (console) {
            ctx.header("Cache-Control", "no-store");
        }
        if (ctx.method() == HandlerType.POST && !STATELESS_POSTS.contains(path)) {
            checkOrigin(ctx);
            checkCsrf(ctx);
        }
        if (console && settings.consoleNeedsToken() && !signedIn(ctx)) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + Html.query(path), HttpStatus.SEE_OTHER);
                throw new Refused(303, null);
            }
            throw new Refused(401, "error.login");
        }
    }

    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    /** The form's CSRF token for this browser, setting its cookie when it has none. */
    String csrfToken(Context ctx) {
        String id = ctx.attribute(CSRF_COOKIE);
        if (id == null) {
            id = ctx.cookie(CSRF_COOKIE);
        }
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            id = randomHex();
            ctx.cookie(cookie(ctx, CSRF_COOKIE, id, -1));
            ctx.attribute(CSRF_COOKIE, id);
        }
        return hmac(id);
    }

    /** The hidden form field carrying the token. */
    String csrfField(Context ctx) {
        return "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + csrfToken(ctx) + "\">";
    }

    boolean signedIn(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id == null) {
            return false;
        }
        Instant until = sessions.get(id);
        if (until == null || until.isBefore(Instant.now())) {
            sessions.remove(id);
            return false;
        }
        return true;
    }

    /** Checks the token typed into the login form; on success the browser gets a session cookie. */
    boolean signIn(Context ctx, String typed) {
        String token = settings.token();
        if (token == null || typed == null) {
            return false;
        }
        byte[] a = sha256(typed.strip());
        byte[] b = sha256(token.strip());
        if (!MessageDigest.isEqual(a, b)) {
            return false;
        }
        String id = randomHex();
        sessions.put(id, Instant.now().plus(SESSION_LIFE));
        ctx.cookie(cookie(ctx, SESSION_COOKIE, id, (int) SESSION_LIFE.toSeconds()));
        return true;
    }

    void signOut(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
    }

    private Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie c = new Cookie(name, value, "/", maxAge, secure(ctx), true);
        c.setSameSite(SameSite.STRICT);
        return c;
    }

    /** Over HTTPS, directly or as the reverse proxy in front says. */
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private void checkCsrf(Context ctx) {
        String id = ctx.cookie(CSRF_COOKIE);
        String given = ctx.formParam(CSRF_FIELD);
        if (id == null || given == null || !MessageDigest.isEqual(hmac(id).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(403, "error.csrf");
        }
    }

    /** The Origin (else the Referer) must name the host the request was sent to. */
    private static void checkOrigin(Context ctx) {
        String host = ctx.header("Host");
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            origin = ctx.header("Referer");
        }
        if (host == null || origin == null) {
            throw new Refused(403, "error.origin");
        }
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            if (authority == null || !authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT))) {
                throw new Refused(403, "error.origin");
            }
        } catch (IllegalArgumentException e) {
            throw new Refused(403, "error.origin");
        }
    }

    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private String hmac(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private String randomHex() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
