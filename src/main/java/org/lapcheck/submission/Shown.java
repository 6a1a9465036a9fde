package org.lapcheck.submission;

import org.lapcheck.model.UntrustedText;

/**
 * Text from an input file as it may appear inside a message. A key or value is untrusted: a quoted YAML string
 * can hold a newline, a carriage return, a terminal escape or a right-to-left override, and a message printing it
 * raw could forge lines of output ({@code x.yaml: valid}) or hide what follows. So control, format and separator
 * characters are shown escaped ({@code \n}, {@code \u001B}; see {@link UntrustedText}), and long text is cut, so
 * one 1 MB key cannot become a 1 MB line of output.
 */
public final class Shown {

    /** Longest text (in code points) a message quotes from an input. */
    static final int MAX = 60;

    private Shown() {}

    /** Escaped and cut to {@link #MAX} code points, with "..." where it was cut. */
    public static String text(String s) {
        return UntrustedText.cut(s, MAX);
    }

    /** Every character that could change how a terminal or an editor shows the line, escaped; nothing cut. */
    public static String escape(String s) {
        return UntrustedText.escape(s);
    }

    /**
     * Why a file could not be read, in words rather than an exception's class name: "no such file", "permission
     * denied", else the system's message.
     */
    public static String io(java.io.IOException e) {
        return UntrustedText.ioReason(e);
    }
}
