package org.lapcheck.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import org.lapcheck.submission.yaml.YamlNode;

/**
 * A new self-report to fill in, written from the JSON Schema (which a test holds equal to the format table): the
 * format header, the state, the kind of report and the year, then every field of the format with a one-line comment
 * from the schema saying what it holds and what to write, and the values of the state's previous report where
 * they carry over from year to year. What a year's report must say afresh (what happened in the period, events,
 * the dates of this report) is left empty, with last year's value in the comment.
 *
 * <p>Empty means "not reported" (null): the file validates clean as it is, and each field the state fills in turns
 * an information gap into an answer.
 */
public final class ReportTemplate {

    /**
     * Fields whose values belong to one year only: never carried over from the previous report. Besides these, every
     * key containing {@code in_period}.
     */
    static final Set<String> NOT_CARRIED = Set.of("report.kind", "report.covers", "report.submitted",
            "retention.transfers", "cooperation.provided", "cooperation.received", "universalization.promotion",
            "universalization.condemnations", "compliance.clarification_requests", "gender_diversity.delegation");

    /**
     * @param iso3         the state's code
     * @param name         the state's name (membership data)
     * @param year         the calendar year the report covers
     * @param kind         {@code initial} or {@code annual}
     * @param notes        lines for the header (what is owed, by when); each becomes a comment
     * @param previous     the state's report of the year before as plain values, or null
     * @param previousYear the year {@code previous} covers
     * @param schemaRef    what the editor hint names as the schema (a URL or a path)
     */
    public record Request(String iso3, String name, int year, String kind, List<String> notes, Map<String, Object> previous,
            int previousYear, String schemaRef) {}

    private ReportTemplate() {}

    /** The new report's text. */
    public static String render(Request r) {
        YamlNode schema = schema();
        StringBuilder out = new StringBuilder(16_384);
        out.append("# ").append(SelfReportFormat.FORMAT).append(": ").append(oneLine(r.iso3() + " (" + r.name() + "), "
                + r.kind() + " report covering " + r.year())).append('\n');
        for (String note : r.notes()) {
            out.append("# ").append(oneLine(note)).append('\n');
        }
        out.append("# How to fill it in: write a value after the colon of each field that applies; leave a field empty\n")
                .append("# for \"not reported\". Dates are written 2026-04-30, yes/no as true/false. A line starting\n")
                .append("# with # is a comment. Check the file before sending it (./lap validate FILE, or the workbench).\n");
        if (r.previous() != null) {
            out.append("# Values that carry over are taken from the ").append(r.previousYear())
                    .append(" report: check each one; values of one year only are left empty, with ")
                    .append(r.previousYear()).append("'s in the comment.\n");
        }
        if (r.schemaRef() != null) {
            out.append("# yaml-language-server: $schema=").append(oneLine(r.schemaRef())).append('\n');
        }
        Map<String, Object> fixed = Map.of("format", SelfReportFormat.FORMAT, "state.iso3", r.iso3(), "state.name",
                r.name(), "report.kind", r.kind(), "report.covers", r.year());
        object(out, schema, schema, "", 0, r.previous(), fixed, r.previousYear());
        return out.toString();
    }

    /**
     * The plain values of a report file (maps, lists, scalars), read through the loader's limits and confinement, or
     * null when it cannot be read or is not valid YAML. For carrying values into the next year's report.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> plainValues(Path file, Path confinedTo) {
        try {
            BoundedRead.Result read = BoundedRead.read(file, confinedTo, SafeYaml.MAX_BYTES);
            if (read.refusal() != null) {
                return null;
            }
            YamlDocument doc = SafeYaml.parse(file.getFileName().toString(), read.bytes());
            if (!doc.ok() || doc.root() == null || !doc.root().isMap()) {
                return null;
            }
            return (Map<String, Object>) SafeYaml.toPlain(doc.root());
        } catch (IOException e) {
            return null;
        }
    }

    private static void object(StringBuilder out, YamlNode root, YamlNode schema, String path, int indent,
            Map<String, Object> previous, Map<String, Object> fixed, int previousYear) {
        YamlNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        for (YamlNode.Entry e : properties.entries()) {
            String key = e.key();
            String at = path.isEmpty() ? key : path + "." + key;
            YamlNode field = resolve(root, e.value());
            Object before = previous == null ? null : previous.get(key);
            boolean carried = !NOT_CARRIED.contains(at) && !key.contains("in_period");
            String pad = " ".repeat(indent);
            if (field.get("properties") != null) {
                out.append(pad).append(key).append(":").append(comment(field, null)).append('\n');
                object(out, root, field, at, indent + 2, before instanceof Map<?, ?> m && carried ? cast(m) : null, fixed,
                        previousYear);
                continue;
            }
            Object value = fixed.containsKey(at) ? fixed.get(at) : carried ? before : null;
            String was = !carried && before != null && !fixed.containsKey(at) ? previousYear + ": " + inline(before) : null;
            if (value instanceof List<?> list && !list.isEmpty() && !list.stream().allMatch(ReportTemplate::isScalar)) {
                out.append(pad).append(key).append(":").append(comment(field, was)).append('\n');
                blockList(out, list, indent + 2);
            } else if (value instanceof Map<?, ?> map) {
                out.append(pad).append(key).append(": ").append(inline(map)).append(comment(field, was)).append('\n');
            } else {
                String shown = value == null ? "" : " " + inline(value);
                out.append(pad).append(key).append(":").append(shown).append(comment(field, was)).append('\n');
            }
            if (value == null && isList(field)) {
                String example = itemExample(root, field);
                if (example != null) {
                    out.append(pad).append("#   - ").append(example).append('\n');
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static boolean isScalar(Object o) {
        return !(o instanceof Map<?, ?>) && !(o instanceof List<?>);
    }

    private static boolean isList(YamlNode field) {
        return field.get("items") != null;
    }

    /** "{title: ..., adopted: 2026-04-30}" for a list of objects; null for a list of plain values. */
    private static String itemExample(YamlNode root, YamlNode field) {
        YamlNode items = resolve(root, field.get("items"));
        YamlNode properties = items.get("properties");
        if (properties == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (YamlNode.Entry e : properties.entries()) {
            parts.add(e.key() + ": " + placeholder(resolve(root, e.value())));
        }
        return "{" + String.join(", ", parts) + "}   (one line like this per entry)";
    }

    private static String placeholder(YamlNode field) {
        if ("date".equals(text(field.get("format")))) {
            return "YYYY-MM-DD";
        }
        List<String> types = types(field);
        if (types.contains("boolean")) {
            return "true/false";
        }
        if (types.contains("integer") || types.contains("number")) {
            return "0";
        }
        YamlNode values = field.get("enum");
        if (values != null) {
            return String.join("|", enumValues(values));
        }
        return "...";
    }

    /** " # description (what to write)" from the schema, on one line; {@code was} adds last year's value. */
    private static String comment(YamlNode field, String was) {
        String description = text(field.get("description"));
        StringBuilder c = new StringBuilder("  # ").append(description == null ? "" : oneLine(description));
        String hint = hint(field);
        if (hint != null) {
            c.append(" (").append(hint).append(')');
        }
        if (was != null) {
            c.append(" [").append(oneLine(was.length() > 120 ? was.substring(0, 117) + "..." : was)).append(']');
        }
        return c.toString();
    }

    private static String hint(YamlNode field) {
        if ("date".equals(text(field.get("format")))) {
            return "a date, YYYY-MM-DD";
        }
        YamlNode values = field.get("enum");
        if (values != null) {
            return "one of: " + String.join(", ", enumValues(values));
        }
        YamlNode items = field.get("items");
        if (items != null && items.get("enum") != null) {
            return "a list of any of: " + String.join(", ", enumValues(items.get("enum")));
        }
        List<String> types = types(field);
        if (types.contains("boolean")) {
            return "true or false";
        }
        if (types.contains("integer")) {
            return "a whole number";
        }
        if (types.contains("number")) {
            return "a number";
        }
        return null;
    }

    private static List<String> enumValues(YamlNode values) {
        return values.items().stream().filter(v -> !v.isNull()).map(YamlNode::text).toList();
    }

    private static List<String> types(YamlNode field) {
        YamlNode type = field.get("type");
        if (type == null) {
            return List.of();
        }
        return type.isSeq() ? type.items().stream().map(YamlNode::text).toList() : List.of(type.text());
    }

    /** Follows {@code "$ref": "#/$defs/NAME"} inside the schema, keeping the referring field's description. */
    private static YamlNode resolve(YamlNode root, YamlNode field) {
        YamlNode ref = field.get("$ref");
        if (ref == null) {
            return field;
        }
        String name = ref.text().replaceFirst("^#/\\$defs/", "");
        YamlNode target = root.get("$defs") == null ? null : root.get("$defs").get(name);
        if (target == null) {
            throw new IllegalStateException("the schema names $ref " + ref.text() + " but has no such definition");
        }
        if (field.get("description") == null) {
            return target;
        }
        List<YamlNode.Entry> entries = new ArrayList<>(target.entries().stream()
                .filter(t -> !t.key().equals("description")).toList());
        entries.add(0, new YamlNode.Entry("description", field.position(), field.get("description")));
        return YamlNode.map(field.position(), entries);
    }

    private static void blockList(StringBuilder out, List<?> list, int indent) {
        String pad = " ".repeat(indent);
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? pad + "- " : pad + "  ").append(key(String.valueOf(e.getKey()))).append(": ")
                            .append(inline(e.getValue())).append('\n');
                    first = false;
                }
            } else {
                out.append(pad).append("- ").append(inline(item)).append('\n');
            }
        }
    }

    /** A value on one line, in flow style: every string double-quoted, so none is read as another type. */
    static String inline(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quoted(s);
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(key(String.valueOf(k)) + ": " + inline(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(inline(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return quoted(value.toString());
    }

    private static String key(String k) {
        return k.matches("[a-z_][a-z0-9_]*") ? k : quoted(k);
    }

    /** A YAML double-quoted string: backslash, quote and every control or format character escaped. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029
                    || Character.getType(cp) == Character.FORMAT || cp == 0xfeff) {
                b.append(cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('"').toString();
    }

    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                || Character.getType(cp) == Character.FORMAT ? ' ' : cp));
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private static String text(YamlNode n) {
        return n == null || n.isNull() ? null : n.text();
    }

    private static YamlNode schema() {
        byte[] bytes = JsonSchema.SELF_REPORT.text().getBytes(StandardCharsets.UTF_8);
        YamlDocument doc = SafeYaml.parse(JsonSchema.SELF_REPORT.fileName(), bytes);
        if (doc.root() == null) {
            throw new IllegalStateException("the bundled schema does not read: " + doc.problems());
        }
        return doc.root();
    }
}
