package org.lapcheck.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for lapcheck's own documents: writes maps, lists, strings, numbers, booleans and null with
 * stable key order and two-space indentation, and reads them back. Not a general-purpose library: it reads what
 * it writes, and rejects anything else with the offset of the problem.
 */
public final class Json {

    private Json() {}

    public static String write(Object value) {
        return text(value, 0).toString();
    }

    /**
     * The same as {@link #write}, left in its builder (large documents go to a file without another copy) and sized
     * for {@code expectedChars} up front: growing one to tens of megabytes by doubling copied it over and over (the
     * largest cost of writing findings.json in the bench's profile).
     */
    public static StringBuilder text(Object value, long expectedChars) {
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, expectedChars)));
        write(value, out, 0);
        return out.append('\n');
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d);
            } else {
                out.append(d);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                indent(out, depth + 1);
                quote(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, depth + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = list.stream().allMatch(v -> !(v instanceof Map) && !(v instanceof List));
            out.append(flat ? "[" : "[\n");
            for (int i = 0; i < list.size(); i++) {
                if (!flat) {
                    indent(out, depth + 1);
                }
                write(list.get(i), out, depth + 1);
                if (i + 1 < list.size()) {
                    out.append(flat ? ", " : ",\n");
                }
            }
            if (!flat) {
                out.append('\n');
                indent(out, depth);
            }
            out.append(']');
        } else {
            quote(String.valueOf(value), out);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        int plain = 0; // start of the run of characters copied as they are
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // '<' escaped too, so a state's text can never close a <script> block the JSON is embedded in.
                case '<' -> out.append("\\u003c");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(s, plain, s.length()).append('"');
    }

    /** Parses a JSON document into maps (insertion-ordered), lists, strings, longs, doubles, booleans and null. */
    public static Object parse(String text) {
        Parser p = new Parser(text);
        p.space();
        Object value = p.value();
        p.space();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the document");
        }
        return value;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            if (pos >= s.length()) {
                throw error("unexpected end of document");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            elements('}', () -> {
                if (!peek('"')) {
                    throw error("expected a key");
                }
                String key = string();
                space();
                expect(':');
                space();
                map.put(key, value());
            });
            return map;
        }

        List<Object> array() {
            List<Object> list = new ArrayList<>();
            elements(']', () -> list.add(value()));
            return list;
        }

        /** From the opening bracket to {@code close}: the elements, comma-separated, each read by {@code element}. */
        private void elements(char close, Runnable element) {
            pos++;
            space();
            if (peek(close)) {
                pos++;
                return;
            }
            while (true) {
                space();
                element.run();
                space();
                if (peek(',')) {
                    pos++;
                } else {
                    expect(close);
                    return;
                }
            }
        }

        String string() {
            expect('"');
            // Most strings hold no escape: take them as one substring.
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return s.substring(start, pos - 1);
                }
                if (c == '\\') {
                    break;
                }
                pos++;
            }
            StringBuilder out = new StringBuilder().append(s, start, pos);
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    break;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("unterminated string");
        }

        Object number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String n = s.substring(start, pos);
            if (n.isEmpty()) {
                throw error("unexpected character '" + s.charAt(pos) + "'");
            }
            try {
                return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
            } catch (NumberFormatException e) {
                throw error("bad number '" + n + "'");
            }
        }

        Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("unexpected text");
            }
            pos += word.length();
            return value;
        }

        void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("JSON: " + message + " at offset " + pos);
        }
    }
}
