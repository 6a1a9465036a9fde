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
        return Text.rewrite(s, c -> !plain((char) c), (out, text, i) -> {
            char c = text.charAt(i);
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
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(i + 1));
                        return i + 1;
                    }
                    out.append('\uFFFD');
                }
            }
            return i;
        });
    }

    /** A character {@link #escape} keeps as it is. */
    private static boolean plain(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c < 0xD800
                || c >= 0xE000 && c < 0xFFFE : c == '\n' || c == '\t';
    }
}
