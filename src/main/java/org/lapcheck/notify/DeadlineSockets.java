package org.lapcheck.notify;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.SocketFactory;

/**
 * The sockets of one delivery, each bound in time twice: a reply must arrive whole within the per-command timeout
 * of the last thing written (connecting counts), and nothing is read or written after the delivery's deadline.
 * A read timeout alone bounds only the gap between two bytes: a relay answering one byte a second, or an EHLO reply
 * that never ends, would hold the sender forever. Handed to Jakarta Mail as its socket factory, for SMTPS too: Angus
 * Mail opens a plain socket from it and layers TLS over it, whereas an {@code SSLSocketFactory} of ours would be
 * given only the layering and the socket under it would be an unbounded {@code new Socket()}.
 */
final class DeadlineSockets extends SocketFactory {

    private final long commandNanos;
    private final long deadlineNanos;

    /** @param deadlineNanos the delivery's end, on the {@link System#nanoTime()} clock */
    DeadlineSockets(Duration command, long deadlineNanos) {
        this.commandNanos = command.toNanos();
        this.deadlineNanos = deadlineNanos;
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    long nanosLeft() {
        return Math.max(0, deadlineNanos - System.nanoTime());
    }

    @Override
    public Socket createSocket() {
        return new BoundedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
        return connected(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(host.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
        return connected(host.getHostAddress(), port);
    }

    private Socket connected(String host, int port) throws IOException {
        BoundedSocket s = new BoundedSocket();
        s.connect(new java.net.InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, commandNanos / 1_000_000));
        return s;
    }

    private final class BoundedSocket extends Socket {
        private volatile long replyDueNanos = System.nanoTime() + commandNanos;
        private InputStream in;
        private OutputStream out;

        @Override
        public void connect(SocketAddress endpoint, int timeoutMillis) throws IOException {
            long left = Math.min(commandNanos, nanosLeft()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the delivery deadline passed before connecting");
            }
            super.connect(endpoint, (int) Math.min(timeoutMillis <= 0 ? Integer.MAX_VALUE : timeoutMillis, left));
            replyDueNanos = System.nanoTime() + commandNanos;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        bound();
                        try {
                            return super.read();
                        } catch (SocketTimeoutException e) {
                            throw timedOut();
                        }
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        bound();
                        try {
                            return super.read(b, off, len);
                        } catch (SocketTimeoutException e) {
                            throw timedOut();
                        }
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        wrote();
                        super.out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        wrote();
                        super.out.write(b, off, len);
                    }
                };
            }
            return out;
        }

        /** Each command restarts the clock of its reply; nothing is sent past the deadline. */
        private void wrote() throws IOException {
            if (pastDeadline()) {
                throw new SocketTimeoutException("the delivery deadline passed");
            }
            replyDueNanos = System.nanoTime() + commandNanos;
        }

        private SocketTimeoutException timedOut() {
            return new SocketTimeoutException(pastDeadline() ? "the delivery deadline passed"
                    : "no complete reply within " + Duration.ofNanos(commandNanos).toMillis() + " ms");
        }

        /** The next read may block only until the reply is due or the delivery's deadline, whichever comes first. */
        private void bound() throws IOException {
            long now = System.nanoTime();
            long left = Math.min(replyDueNanos - now, deadlineNanos - now);
            if (left <= 0) {
                throw timedOut();
            }
            setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        }
    }
}
