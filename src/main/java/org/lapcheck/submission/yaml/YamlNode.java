package org.lapcheck.submission.yaml;

import org.lapcheck.submission.Shown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lapcheck.model.Position;

/**
 * One node of a parsed YAML document with the place it starts at: a mapping, a list or a scalar. Scalars keep
 * their source text (dates stay text until a caller reads them as dates) and whether they were quoted, so
 * {@code "2025"} and {@code 2025} stay distinguishable. Immutable.
 */
public final class YamlNode {

    public enum Kind { MAP, SEQ, SCALAR }

    /** One {@code key: value} of a mapping; the key's own position is kept for messages about the key. */
    public record Entry(String key, Position keyAt, YamlNode value) {}

    private final Kind kind;
    private final Position at;
    private final String text;
    private final boolean quoted;
    private final List<Entry> entries;
    private final Map<String, Entry> byKey;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, Position at, String text, boolean quoted, List<Entry> entries, List<YamlNode> items) {
        this.kind = kind;
        this.at = Objects.requireNonNull(at);
        this.text = text;
        this.quoted = quoted;
        this.entries = entries;
        this.items = items;
        Map<String, Entry> index = new LinkedHashMap<>();
        for (Entry e : entries) {
            index.putIfAbsent(e.key(), e); // the first of duplicated keys wins; duplicates are reported elsewhere
        }
        this.byKey = Collections.unmodifiableMap(index);
    }

    public static YamlNode scalar(Position at, String text, boolean quoted) {
        return new YamlNode(Kind.SCALAR, at, Objects.requireNonNull(text), quoted, List.of(), List.of());
    }

    /** A plain {@code null}, as an empty value ({@code key:}) composes to. */
    public static YamlNode nullAt(Position at) {
        return scalar(at, "", false);
    }

    public static YamlNode map(Position at, List<Entry> entries) {
        return new YamlNode(Kind.MAP, at, null, false, List.copyOf(entries), List.of());
    }

    public static YamlNode seq(Position at, List<YamlNode> items) {
        return new YamlNode(Kind.SEQ, at, null, false, List.of(), List.copyOf(items));
    }

    public Kind kind() {
        return kind;
    }

    public Position position() {
        return at;
    }

    public int line() {
        return at.line();
    }

    public int column() {
        return at.column();
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isSeq() {
        return kind == Kind.SEQ;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** True for an unquoted {@code null}, {@code ~}, {@code Null}, {@code NULL} or an empty value. */
    public boolean isNull() {
        return kind == Kind.SCALAR && !quoted && PlainScalars.isNull(text);
    }

    /** True when the scalar was written in quotes or block style (or tagged {@code !!str}): always text. */
    public boolean quoted() {
        return quoted;
    }

    /** The scalar's source text; for a mapping or list an {@link IllegalStateException}. */
    public String text() {
        if (kind != Kind.SCALAR) {
            throw new IllegalStateException("not a scalar but a " + describe());
        }
        return text;
    }

    /** The entries of a mapping in document order (empty for other kinds). */
    public List<Entry> entries() {
        return entries;
    }

    /** The value under {@code key} in a mapping, or null when absent (or this is not a mapping). */
    public YamlNode get(String key) {
        Entry e = byKey.get(key);
        return e == null ? null : e.value();
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The items of a list in order (empty for other kinds). */
    public List<YamlNode> items() {
        return items;
    }

    /** Keys of a mapping in document order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        entries.forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** How messages name what was found here: "a mapping", "a list", "nothing" or the quoted text. */
    public String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case SEQ -> "a list";
            case SCALAR -> isNull() ? "nothing" : "'" + abbreviate(text) + "'";
        };
    }

    private static String abbreviate(String s) {
        return Shown.text(s);
    }

    @Override
    public String toString() {
        return kind + "@" + at.line() + ":" + at.column() + (kind == Kind.SCALAR ? " " + describe() : "");
    }
}
