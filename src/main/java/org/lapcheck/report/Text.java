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
        int first = 0;
        while (first < s.length() && !special(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most text needs nothing: no copy
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\n' -> out.append(' ');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '`', '*', '_', '[', ']', '|', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
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
