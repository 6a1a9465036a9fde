package org.lapcheck.web;

/**
 * Escaping for the pages: everything a user, a report or the state on disk wrote goes through {@link #text} or
 * {@link #attr} before it reaches HTML. Control, format and bidirectional characters are shown as visible codes, so a
 * report cannot reorder or hide what is displayed around it.
 */
final class Html {

    private Html() {}

    /** Text content: {@code & < > " '} escaped, invisible and reordering characters shown as {@code <U+202E>}. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n' -> b.appendCodePoint(cp);
                default -> {
                    if (visible(cp)) {
                        b.appendCodePoint(cp);
                    } else {
                        b.append("<span class=\"ctl\">&lt;U+").append(String.format("%04X", cp)).append("&gt;</span>");
                    }
                }
            }
        });
        return b.toString();
    }

    /** An attribute value (always written in double quotes). */
    static String attr(String s) {
        return text(s).replace("\n", "&#10;").replace("\t", "&#9;");
    }

    /** A value for a URL query: percent-encoded UTF-8. */
    static String query(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean visible(int cp) {
        if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.SURROGATE
                && type != Character.PRIVATE_USE;
    }
}
