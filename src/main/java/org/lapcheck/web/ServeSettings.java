package org.lapcheck.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;

/**
 * How {@code lap serve} runs: where, on which inputs, and whether the console needs a token.
 *
 * @param bind      the address to listen on; loopback by default
 * @param port      0 for any free port
 * @param inputsDir the inputs folder (reference data, last year's reports)
 * @param token     {@code LAPCHECK_SERVE_TOKEN}: when set, the console's pages need it; required off loopback
 * @param env       the environment (the SMTP relay settings for sending from the outbox)
 */
public record ServeSettings(Workspace ws, String bind, int port, Path inputsDir, String token, Map<String, String> env,
        String toolVersion) {

    public static final String TOKEN_VARIABLE = "LAPCHECK_SERVE_TOKEN";
    public static final int DEFAULT_PORT = 8421;
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** A token shorter than this is refused: it guards e-mail to diplomats. */
    static final int MIN_TOKEN_LENGTH = 16;

    public ServeSettings {
        env = Map.copyOf(env);
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port: " + port + " is not a port number (0 to 65535)");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new UsageException(TOKEN_VARIABLE + " is shorter than " + MIN_TOKEN_LENGTH
                    + " characters; use a long random one (for example: openssl rand -hex 24)");
        }
        if (!loopback(bind) && token == null) {
            throw new UsageException("--bind " + bind + " is not a loopback address: set " + TOKEN_VARIABLE
                    + " (the console's pages then ask for it), or bind 127.0.0.1 and publish through a TLS reverse proxy");
        }
    }

    /** The settings with the token read from the environment. */
    public static ServeSettings of(Workspace ws, String bind, int port, Path inputsDir, Map<String, String> env,
            String toolVersion) {
        return new ServeSettings(ws, bind == null ? DEFAULT_BIND : bind, port, inputsDir == null ? ws.inputs() : inputsDir,
                env.get(TOKEN_VARIABLE), env, toolVersion);
    }

    /** True when only this machine can reach {@code bind}. A name is resolved once, here. */
    public static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UsageException("--bind: cannot resolve '" + bind + "'");
        }
    }

    public boolean loopback() {
        return loopback(bind);
    }

    /** True when the console's pages ask for the token. */
    public boolean consoleNeedsToken() {
        return token != null;
    }
}
