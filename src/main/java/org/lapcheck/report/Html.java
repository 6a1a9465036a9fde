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

    /**
     * A run a right-to-left reader needs kept in its own order: Latin words and codes, ids, paths, numbers and dates'
     * digits, with the spaces, apostrophes ({@code &#39;}), ampersands ({@code &amp;}) and punctuation between them,
     * so "Lao People's Democratic Republic", "Art. 5.1", "budgeted: false" or "4.1(a)" is one isolate rather than
     * words the paragraph would reverse.
     */
    private static final String WORD = "(?:\\.{0,2}/)?[+\\-\u2212]?[A-Za-z0-9](?:(?:[A-Za-z0-9_./:@+\\-\u00a0\u202f,\u2019]|&#39;|&amp;)*"
            + "[A-Za-z0-9%\u00b2\u00b3])?(?:\\([A-Za-z0-9]{1,4}\\))?%?";
    private static final java.util.regex.Pattern RUN_OR_ENTITY = java.util.regex.Pattern.compile(
            "(&#?[A-Za-z0-9]+;)|(" + WORD + "(?:[.,:;]? +" + WORD + ")*)");
    private static final java.util.Set<String> KEPT_WHOLE = java.util.Set.of("bdi", "title", "style", "svg", "script");

    /**
     * Markup for a right-to-left page with every left-to-right run of its text (an ISO3 code, an id, a file path, a
     * number, a date's digits) isolated in a {@code <bdi>}, so the bidi algorithm cannot carry neutral characters
     * across it or reorder it with its neighbours: "DEU-2025" stays "DEU-2025", "(DEU)" keeps its parentheses. Only
     * text between tags is touched (inside {@code <code>} too: a digest words its ids there); {@code <bdi>} (already isolated), {@code <title>},
     * {@code <style>} and {@code <svg>} (which isolates its own labels) are left whole, as are tags, attributes and
     * character references. Apply to escaped markup only.
     */
    public static String isolateLeftToRight(CharSequence html) {
        StringBuilder out = new StringBuilder(html.length() + html.length() / 8);
        int i = 0;
        int n = html.length();
        String skipUntil = null;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = indexOf(html, '>', i);
                String tag = html.subSequence(i, end + 1).toString();
                out.append(tag);
                String name = tagName(tag);
                if (skipUntil == null && KEPT_WHOLE.contains(name) && !tag.startsWith("</") && !tag.endsWith("/>")) {
                    skipUntil = "</" + name;
                } else if (skipUntil != null && tag.regionMatches(true, 0, skipUntil, 0, skipUntil.length())
                        && tagName(tag).equals(skipUntil.substring(2))) {
                    skipUntil = null;
                }
                i = end + 1;
                continue;
            }
            int next = indexOf(html, '<', i);
            CharSequence text = html.subSequence(i, next);
            if (skipUntil != null) {
                out.append(text);
            } else {
                isolateText(text, out);
            }
            i = next;
        }
        return out.toString();
    }

    private static void isolateText(CharSequence text, StringBuilder out) {
        // An entity on its own is copied as it is (its name is no word); inside a run it stays part of the run.
        java.util.regex.Matcher m = RUN_OR_ENTITY.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start());
            if (m.group(1) != null) {
                out.append(m.group(1));
            } else {
                out.append("<bdi>").append(m.group(2)).append("</bdi>");
            }
            at = m.end();
        }
        out.append(text, at, text.length());
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return c == '>' ? s.length() - 1 : s.length();
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)))) {
            end++;
        }
        return tag.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
