package org.lapcheck.notify;

/**
 * Makes text safe for a header value. Text a state wrote (a contact's name) is flattened onto one line;
 * the composer then refuses any header value that still holds a line break, as a last guard.
 */
final class HeaderText {

    private HeaderText() {}

    /** Every control character (CR, LF, TAB, ...) becomes a space; runs of spaces collapse; ends trimmed. */
    static String singleLine(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Throws when a header value holds a line break: nothing may start a new header line. */
    static String refuseLineBreaks(String header, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("refused: the " + header + " header would contain a line break");
        }
        return value;
    }

    /** For error messages: control characters shown as escapes. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
