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
}
