package org.lapcheck.report;

/**
 * Escaping for HTML and SVG text and attribute values. Everything a state wrote passes through here before it
 * reaches a page, so {@code <script>} in a contact name is shown, never run.
 */
public final class Html {

    private Html() {}

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && plain(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most text needs nothing: no copy
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> out.append(' ');
                default -> {
                    // What XML 1.0 forbids (controls, U+FFFE, U+FFFF, a surrogate without its pair) would make
                    // junit.xml and inline SVG ill-formed: show a replacement character instead.
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF'
                            || Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A character {@link #escape} keeps as it is. */
    private static boolean plain(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c < 0xD800
                || c >= 0xE000 && c < 0xFFFE : c == '\n' || c == '\t';
    }
}
