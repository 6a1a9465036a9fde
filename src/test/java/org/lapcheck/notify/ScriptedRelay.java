package org.lapcheck.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A tiny SMTP server on 127.0.0.1 for the faults GreenMail cannot produce: it speaks enough SMTP for Jakarta Mail,
 * with hooks to misbehave. Bounded: it serves at most 200 connections, for at most 20 seconds, each socket read
 * waits at most 5 seconds, and it stops by itself (or on close).
 */
final class ScriptedRelay implements AutoCloseable {

    /** How this relay misbehaves; the defaults are a well-behaved relay. */
    static final class Behaviour {
        /**
         * For SMTPS: after the client's hello, announce a TLS record of 16 KiB and send its bytes one at a time, this
         * far apart (0: speak plain SMTP). Each byte comes well within a read timeout; the record never ends in time.
         */
        long tlsRecordByteEveryMillis;
        /** Bytes of the greeting sent one at a time, this far apart (0: all at once). */
        long greetingByteEveryMillis;
        /** After EHLO, send "250-" lines without end. */
        boolean endlessEhlo;
        /** Close the connection right after this many messages were accepted on it (0: never). */
        int dropAfterMessages;
        /** RCPT TO lines answered 550. */
        Predicate<String> refuseRecipient = rcpt -> false;
        /** Wait this long before answering each command. */
        long answerAfterMillis;
        /** Advertise AUTH PLAIN and answer it with this; {credentials} and {password} are replaced by what arrived. */
        String authReply;
        /** The reply to the end of DATA; {password} replaced by the last password received. */
        String acceptReply = "250 2.0.0 queued";
    }

    private static final long LIFETIME_MILLIS = 20_000;

    private final ServerSocket server;
    private final Thread thread;
    private final Behaviour behaviour;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closed;
    private volatile String lastPassword = "";
    private final long endOfLife = System.currentTimeMillis() + LIFETIME_MILLIS;

    ScriptedRelay(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        server.setSoTimeout(100);
        this.thread = new Thread(this::serve, "scripted-relay");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The RCPT TO address of each message accepted, in order. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!closed && System.currentTimeMillis() < endOfLife && connections.get() < 200) {
            try (Socket s = server.accept()) {
                connections.incrementAndGet();
                s.setSoTimeout(5_000);
                talk(s);
            } catch (SocketTimeoutException e) {
                // no client yet: look at the clock and the close flag again
            } catch (IOException e) {
                // the client went away: serve the next one
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void talk(Socket s) throws IOException {
        if (behaviour.tlsRecordByteEveryMillis > 0) {
            trickleTlsRecord(s);
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        String greeting = "220 scripted relay ESMTP\r\n";
        if (behaviour.greetingByteEveryMillis > 0) {
            for (byte b : greeting.getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                pause(behaviour.greetingByteEveryMillis);
            }
        } else {
            send(out, greeting);
        }
        int messages = 0;
        String rcpt = "";
        for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
            pause(behaviour.answerAfterMillis);
            String cmd = line.toUpperCase(Locale.ROOT);
            if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                if (behaviour.endlessEhlo) {
                    for (int i = 0; !closed; i++) {
                        send(out, "250-EXTENSION-" + i + " " + "x".repeat(60) + "\r\n");
                        pause(5);
                    }
                    return;
                }
                send(out, "250-scripted\r\n" + (behaviour.authReply != null ? "250-AUTH PLAIN\r\n" : "") + "250 8BITMIME\r\n");
            } else if (cmd.startsWith("AUTH PLAIN")) {
                String credentials = line.length() > "AUTH PLAIN ".length() ? line.substring("AUTH PLAIN ".length()).strip() : "";
                if (credentials.isEmpty()) {
                    send(out, "334 \r\n");
                    credentials = in.readLine();
                }
                String[] parts = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8).split("\0", -1);
                lastPassword = parts[parts.length - 1];
                send(out, behaviour.authReply.replace("{credentials}", credentials).replace("{password}", lastPassword) + "\r\n");
            } else if (cmd.startsWith("MAIL FROM")) {
                send(out, "250 2.1.0 ok\r\n");
            } else if (cmd.startsWith("RCPT TO")) {
                rcpt = line.substring(line.indexOf(':') + 1).replaceAll("[<>\\s]", "");
                send(out, behaviour.refuseRecipient.test(rcpt) ? "550 5.1.1 no such mailbox\r\n" : "250 2.1.5 ok\r\n");
            } else if (cmd.equals("DATA")) {
                send(out, "354 go ahead\r\n");
                for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                    // the message itself: not needed, only counted
                }
                accepted.add(rcpt);
                messages++;
                send(out, behaviour.acceptReply.replace("{password}", lastPassword) + "\r\n");
                if (behaviour.dropAfterMessages > 0 && messages >= behaviour.dropAfterMessages) {
                    return; // closes the socket without a word
                }
            } else if (cmd.startsWith("QUIT")) {
                send(out, "221 bye\r\n");
                return;
            } else if (cmd.startsWith("RSET") || cmd.startsWith("NOOP")) {
                send(out, "250 ok\r\n");
            } else {
                send(out, "500 unknown command\r\n");
            }
        }
    }

    private void trickleTlsRecord(Socket s) throws IOException {
        s.getInputStream().read(new byte[4096]); // the client's hello, or the part of it that has come
        OutputStream out = s.getOutputStream();
        out.write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00}); // a handshake record of 16,384 bytes follows
        out.flush();
        for (int i = 0; i < 16_384 && !closed && System.currentTimeMillis() < endOfLife; i++) {
            out.write(0);
            out.flush();
            pause(behaviour.tlsRecordByteEveryMillis);
        }
    }

    private static void send(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(10_000);
    }
}
