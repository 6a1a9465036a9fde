package org.lapcheck.report;

/** Escaping for text a state wrote, before it reaches Markdown (and, through it, HTML viewers). */
final class Text {

    private Text() {}

    /** Neutralises Markdown and inline HTML in a line of prose. */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '`', '*', '_', '[', ']', '|', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String cell(String s) {
        return markdown(s);
    }

    /**
     * A Markdown code span: inside one nothing is markup (HTML included), so the text needs no escaping, only a fence
     * longer than any run of backticks it holds.
     */
    static String code(String s) {
        String text = s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
