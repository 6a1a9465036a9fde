package org.lapcheck.submission;

import org.lapcheck.submission.reference.ReferenceFormats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The expected type of a value in one of our YAML formats. A format is a tree of shapes ({@link SelfReportFormat},
 * {@link ReferenceFormats}); the same tree drives checking, unknown-key detection and mapping, so the known keys
 * are written down once.
 */
public sealed interface Shape {

    /** Scalars we read from the source text, never from SnakeYAML's own resolution. */
    enum Type {
        /** any scalar, kept as text */
        TEXT("text"),
        /** an ISO 3166-1 alpha-3 code */
        ISO3("an ISO3 code"),
        EMAIL("an e-mail address"),
        /** true or false, nothing YAML 1.1 would also call a boolean */
        BOOL("true or false"),
        /** a non-negative whole number: a quantity */
        COUNT("a whole number"),
        /** a non-negative decimal: an area in km², an amount */
        AMOUNT("a number"),
        /** a plausible calendar year of the convention's life, 2008..2200 */
        YEAR("a year"),
        DATE("a date (YYYY-MM-DD)");

        final String expected;

        Type(String expected) {
            this.expected = expected;
        }
    }

    record Scalar(Type type) implements Shape {}

    /** One value out of a fixed set of words. */
    record OneOf(List<String> values) implements Shape {}

    /** A list of distinct words out of a fixed set. */
    record SubsetOf(List<String> values) implements Shape {}

    record ListOf(Shape item) implements Shape {}

    /** A mapping with known keys; other keys are reported as unknown. */
    record Obj(List<Field> fields) implements Shape {
        public Obj {
            fields = List.copyOf(fields);
            Set<String> keys = new LinkedHashSet<>();
            for (Field f : fields) {
                if (!keys.add(f.key())) {
                    throw new IllegalArgumentException("key '" + f.key() + "' declared twice");
                }
            }
        }

        Field field(String key) {
            for (Field f : fields) {
                if (f.key().equals(key)) {
                    return f;
                }
            }
            return null;
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>(fields.size());
            fields.forEach(f -> keys.add(f.key()));
            return keys;
        }
    }

    /** A key of a mapping; {@code required} keys must be present and not null. */
    record Field(String key, Shape shape, boolean required) {}

    Scalar TEXT = new Scalar(Type.TEXT);
    Scalar ISO3 = new Scalar(Type.ISO3);
    Scalar EMAIL = new Scalar(Type.EMAIL);
    Scalar BOOL = new Scalar(Type.BOOL);
    Scalar COUNT = new Scalar(Type.COUNT);
    Scalar AMOUNT = new Scalar(Type.AMOUNT);
    Scalar YEAR = new Scalar(Type.YEAR);
    Scalar DATE = new Scalar(Type.DATE);

    static Obj obj(Field... fields) {
        return new Obj(List.of(fields));
    }

    static Field field(String key, Shape shape) {
        return new Field(key, shape, false);
    }

    static Field required(String key, Shape shape) {
        return new Field(key, shape, true);
    }

    static OneOf oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static SubsetOf subsetOf(String... values) {
        return new SubsetOf(List.of(values));
    }

    static ListOf listOf(Shape item) {
        return new ListOf(item);
    }

    /**
     * Every key path of a shape tree, lists written {@code []}: {@code clearance.extensions[].submitted}. What the
     * JSON Schema must match and what the mapper must read.
     */
    static Set<String> paths(Obj root) {
        Set<String> paths = new LinkedHashSet<>();
        collect(root, "", paths);
        return paths;
    }

    private static void collect(Shape shape, String prefix, Set<String> out) {
        if (shape instanceof Obj o) {
            for (Field f : o.fields()) {
                String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
                out.add(path);
                collect(f.shape(), path, out);
            }
        } else if (shape instanceof ListOf l) {
            collect(l.item(), prefix + "[]", out);
        }
    }
}
