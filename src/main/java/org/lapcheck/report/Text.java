package org.lapcheck.report;

/** Escaping for text a state wrote, before it reaches Markdown (and, through it, HTML viewers). */
final class Text {

    private Text() {}

    /** Neutralises Markdown and inline HTML in a line of prose. */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        if (org.lapcheck.model.UntrustedText.needsEscaping(s)) {
            // a terminal escape or a bidi override shown as \u001B, \u202E (line breaks are spaces in prose)
            s = org.lapcheck.model.UntrustedText.escape(s.replace('\r', ' ').replace('\n', ' '));
        }
        return rewrite(s, Text::special, (out, text, i) -> {
            char c = text.charAt(i);
            switch (c) {
                case '\r', '\n' -> out.append(' ');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append('\\').append(c); // '`', '*', '_', '[', ']', '|', '\\'
            }
            return i;
        });
    }

    /** Writes the character at {@code i} of {@code text} rewritten; returns the last index it consumed. */
    interface Rewrite {
        int at(StringBuilder out, String text, int i);
    }

    /**
     * {@code s} with each character {@code special} marks rewritten, the others kept; {@code s} itself when none is
     * (most text needs nothing, so nothing is copied). The one scanning loop of Markdown and HTML escaping.
     */
    static String rewrite(String s, java.util.function.IntPredicate special, Rewrite rewrite) {
        int first = 0;
        while (first < s.length() && !special.test(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            if (special.test(s.charAt(i))) {
                i = rewrite.at(out, s, i);
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean special(int c) {
        return switch (c) {
            case '\r', '\n', '<', '>', '&', '`', '*', '_', '[', ']', '|', '\\' -> true;
            default -> false;
        };
    }

    static String cell(String s) {
        return markdown(s);
    }

    /**
     * A Markdown code span: inside one nothing is markup (HTML included), so the text needs no escaping, only a fence
     * longer than any run of backticks it holds.
     */
    static String code(String s) {
        String text = s == null ? "" : s;
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            text = text.replace('\r', ' ').replace('\n', ' ');
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = longest == 0 ? "`" : "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
