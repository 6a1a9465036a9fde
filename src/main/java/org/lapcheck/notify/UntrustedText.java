package org.lapcheck.notify;

/**
 * Text lapcheck did not write (a relay's reply, a state's words) made safe to show. A terminal obeys ESC sequences
 * and a right-to-left override (U+202E) reorders what follows, so such text could forge or hide output lines, or
 * make a digest read differently from what it says. Characters are shown as escapes ({@code \u001B}), never removed,
 * so nothing is hidden either.
 */
final class UntrustedText {

    private UntrustedText() {}

    /**
     * For a terminal or a log line: every control, format (bidi, zero-width), separator, unassigned and private-use
     * character escaped, line breaks included.
     */
    static String forTerminal(String s) {
        return escape(s, false);
    }

    /**
     * For a plain-text e-mail part: line breaks and tabs stay (the digest's layout), every other control character
     * and every bidi control is escaped. Other format characters stay: zero-width joiners are part of legitimate
     * Persian or emoji text, and cannot reorder lines.
     */
    static String forPlainText(String s) {
        return s == null ? null : escape(s.replace("\r\n", "\n").replace('\r', '\n'), true);
    }

    private static String escape(String s, boolean keepLayout) {
        if (s == null) {
            return null;
        }
        if (s.codePoints().noneMatch(c -> unsafe(c, keepLayout))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (!unsafe(c, keepLayout)) {
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

    private static boolean unsafe(int c, boolean keepLayout) {
        if (keepLayout) {
            return c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL || bidi(c)
                    || c == '\u2028' || c == '\u2029');
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** The explicit directional marks, embeddings, overrides and isolates of Unicode's bidi algorithm. */
    static boolean bidi(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
