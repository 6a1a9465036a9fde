package org.lapcheck.model;

/**
 * Text that came from outside (a state's file, reference data, an exception's message) as it may be shown. Such
 * text can hold a newline, a carriage return, a terminal escape or a right-to-left override; printed raw it could
 * forge lines of output ({@code x.yaml: valid}), clear the terminal, hide what follows or reorder it. Every
 * package that shows such text (messages, the terminal, Markdown, CSV) escapes it here, the one definition of
 * what is unsafe.
 */
public final class UntrustedText {

    private UntrustedText() {}

    /**
     * Every character that could change how a terminal or an editor shows the line, escaped ({@code \n},
     * {@code \u001B}, {@code \u202E}); nothing cut. Text that needs nothing is returned as it is.
     */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        if (!needsEscaping(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (!unsafe(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    /**
     * For a plain-text part of an e-mail: line breaks and tabs stay (the digest's layout), every other control
     * character, every bidi control and the line and paragraph separators are escaped. Other format characters stay:
     * zero-width joiners are part of legitimate Persian or emoji text, and cannot reorder lines.
     */
    public static String forPlainText(String s) {
        if (s == null) {
            return null;
        }
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        if (text.codePoints().noneMatch(UntrustedText::unsafeInLayout)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (unsafeInLayout(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean unsafeInLayout(int c) {
        return c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL || bidi(c) || c == 0x2028 || c == 0x2029);
    }

    /** The explicit directional marks, embeddings, overrides and isolates of Unicode's bidi algorithm. */
    public static boolean bidi(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@link #escape}, then cut to {@code max} code points with "..." where it was cut. */
    public static String cut(String s, int max) {
        String escaped = escape(s);
        if (escaped.codePointCount(0, escaped.length()) <= max) {
            return escaped;
        }
        return escaped.substring(0, escaped.offsetByCodePoints(0, max - 3)) + "...";
    }

    /**
     * C0 and C1 controls, format characters (bidi overrides and isolates, zero-width characters), line and
     * paragraph separators, unpaired surrogates, unassigned and private-use code points.
     */
    public static boolean unsafe(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /**
     * True when {@link #escape} would change {@code s}. A loop with a fast path for printable ASCII: reports check
     * every cell of every table, and almost all of them need nothing.
     */
    public static boolean needsEscaping(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            int cp = s.codePointAt(i);
            if (unsafe(cp)) {
                return true;
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        return false;
    }

    /**
     * Why a file could not be read or written, in words rather than an exception's class name: "no such file",
     * "permission denied", "no space left on the device", else the system's own words, escaped.
     */
    public static String ioReason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return escape(f.getReason()); // the system's words ("No space left on device"), without the paths
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : escape(m);
    }
}
