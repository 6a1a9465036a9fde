package org.lapcheck.submission;

import org.lapcheck.submission.yaml.YamlNode;
import org.lapcheck.submission.yaml.PlainScalars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;

/**
 * Walks a {@link YamlNode} tree against a {@link Shape}, collecting every problem (never stopping at the first),
 * the position of every known value by dotted path, and the converted values as {@link Checked} mappings.
 * {@code null} or an absent key is "not reported": a null value, never a problem (unless the key is required).
 */
public final class ShapeChecker {

    static final int FIRST_YEAR = 2008; // the convention was adopted in 2008
    // Past any real report and any typo of the century (3025): room for ./lap bench's 100 years from 2008.
    static final int LAST_YEAR = 2200;
    static final int FIRST_DATE_YEAR = 1900; // national laws older than the convention may already implement it
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final String file;
    private final Problem.Level unknownKeys;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    /** @param unknownKeys how an unknown key counts: a warning in self-reports, an error in reference data */
    public ShapeChecker(String file, Problem.Level unknownKeys) {
        this.file = file;
        this.unknownKeys = unknownKeys;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Position of each known value by dotted path ({@code clearance.extensions[0].submitted}). */
    public Map<String, Position> positions() {
        return positions;
    }

    /** Dotted paths (lists as {@code []}) the mapper has asked for so far. */
    Set<String> read() {
        return read;
    }

    /** Checks the document root; null when the root is not a mapping. */
    public Checked checkRoot(YamlNode root, Shape.Obj shape) {
        if (!root.isMap()) {
            error(root.position(), "the document must be a mapping of keys (format: ..., state: ...) but is "
                    + root.describe());
            return null;
        }
        return (Checked) check(root, shape, "", "", -1);
    }

    public void error(Position at, String message) {
        problems.add(Problem.error(file, at, message));
    }

    /** A warning at {@code at}: kept beside the errors, never stops the file from being read. */
    public void warning(Position at, String message) {
        problems.add(Problem.warning(file, at == null ? org.lapcheck.model.Position.START : at, message));
    }

    private Object check(YamlNode node, Shape shape, String path, String shapePath, int index) {
        positions.put(path, node.position());
        if (node.isNull()) {
            return null;
        }
        if (shape instanceof Shape.Obj obj) {
            return object(node, obj, path, shapePath, index);
        }
        if (shape instanceof Shape.ListOf list) {
            return list(node, list, path, shapePath);
        }
        if (shape instanceof Shape.SubsetOf subset) {
            return subset(node, subset, path);
        }
        if (!node.isScalar()) {
            error(node.position(), label(path) + "expected " + expected(shape) + " but found " + node.describe());
            return null;
        }
        if (shape instanceof Shape.OneOf oneOf) {
            return word(node, oneOf.values(), path);
        }
        return scalar(node, ((Shape.Scalar) shape).type(), path);
    }

    private Checked object(YamlNode node, Shape.Obj shape, String path, String shapePath, int index) {
        if (!node.isMap()) {
            String what = index >= 0 ? "item " + (index + 1) + " of the list" : "this value";
            error(node.position(), label(path) + what + " must be a mapping (key: value) but is " + node.describe());
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (YamlNode.Entry e : node.entries()) {
            Shape.Field field = shape.field(e.key());
            if (field == null) {
                String message = "unknown key '" + Shown.text(e.key()) + "'" + (path.isEmpty() ? "" : " in " + path)
                        + KeySuggestion.hint(e.key(), shape.keys());
                problems.add(new Problem(file, e.keyAt().line(), e.keyAt().column(), unknownKeys, message));
                continue;
            }
            String childPath = path.isEmpty() ? e.key() : path + "." + e.key();
            String childShapePath = shapePath.isEmpty() ? e.key() : shapePath + "." + e.key();
            values.put(e.key(), check(e.value(), field.shape(), childPath, childShapePath, -1));
        }
        for (Shape.Field f : shape.fields()) {
            if (!f.required()) {
                continue;
            }
            YamlNode given = node.get(f.key());
            if (given == null) {
                error(node.position(), (path.isEmpty() ? "" : path + ": ") + "missing required key '" + f.key() + "'");
            } else if (given.isNull()) {
                error(given.position(), label(path.isEmpty() ? f.key() : path + "." + f.key()) + "required, but empty");
            }
        }
        return new Checked(shape, shapePath, index, values, read);
    }

    private List<Object> list(YamlNode node, Shape.ListOf shape, String path, String shapePath) {
        if (!node.isSeq()) {
            error(node.position(), label(path) + "expected a list but found " + node.describe());
            return null;
        }
        List<Object> items = new ArrayList<>(node.items().size());
        for (int i = 0; i < node.items().size(); i++) {
            YamlNode item = node.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (item.isNull()) {
                positions.put(itemPath, item.position());
                error(item.position(), label(itemPath) + "empty list item");
                continue;
            }
            items.add(check(item, shape.item(), itemPath, shapePath + "[]", i));
        }
        return items;
    }

    private List<String> subset(YamlNode node, Shape.SubsetOf shape, String path) {
        if (!node.isSeq()) {
            error(node.position(), label(path) + "expected a list of " + String.join(", ", shape.values())
                    + " but found " + node.describe());
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < node.items().size(); i++) {
            YamlNode item = node.items().get(i);
            String itemPath = path + "[" + i + "]";
            positions.put(itemPath, item.position());
            if (!item.isScalar() || item.isNull()) {
                error(item.position(), label(itemPath) + "expected one of " + String.join(", ", shape.values())
                        + " but found " + item.describe());
                continue;
            }
            String word = word(item, shape.values(), itemPath);
            if (word != null && words.contains(word)) {
                problems.add(Problem.warning(file, item.position(), label(itemPath) + "'" + word + "' is listed twice"));
            } else if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    private String word(YamlNode node, List<String> values, String path) {
        String text = node.text();
        if (values.contains(text)) {
            return text;
        }
        error(node.position(), label(path) + "'" + Shown.text(text) + "' is not one of: " + String.join(", ", values)
                + KeySuggestion.hint(text, values));
        return null;
    }

    private Object scalar(YamlNode node, Shape.Type type, String path) {
        String text = node.text();
        Position at = node.position();
        switch (type) {
            case TEXT:
                return text;
            case ISO3:
                if (ISO3.matcher(text).matches()) {
                    return text;
                }
                error(at, label(path) + "expected an ISO 3166-1 alpha-3 code (three capital letters) but found "
                        + node.describe());
                return null;
            case EMAIL:
                if (EMAIL.matcher(text).matches()) {
                    return text;
                }
                error(at, label(path) + "not a valid e-mail address: " + node.describe());
                return null;
            case BOOL:
                return bool(node, path);
            case COUNT:
                return count(node, path);
            case AMOUNT:
                return amount(node, path);
            case YEAR:
                return year(node, path);
            case DATE:
                return date(node, path);
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    private Boolean bool(YamlNode node, String path) {
        String text = node.text();
        Boolean value = node.quoted() ? null : PlainScalars.bool(text);
        if (value != null) {
            return value;
        }
        if (!node.quoted() && PlainScalars.ambiguousBoolean(text)) {
            error(node.position(), label(path) + "'" + text + "' is ambiguous in YAML: write true or false");
        } else if (node.quoted() && PlainScalars.bool(text) != null) {
            error(node.position(), label(path) + "expected true or false but found the text '" + text
                    + "' (remove the quotes)");
        } else {
            error(node.position(), label(path) + "expected true or false but found " + node.describe());
        }
        return null;
    }

    private Long count(YamlNode node, String path) {
        return number(node, path, PlainScalars::isWhole, "a whole number", text -> {
            try {
                return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        });
    }

    private Double amount(YamlNode node, String path) {
        return number(node, path, PlainScalars::isDecimal, "a number", text -> {
            double value = Double.parseDouble(text);
            return Double.isInfinite(value) ? null : value;
        });
    }

    /** A plain scalar written as {@code form} says, parsed by {@code parse} (null: too large), never negative. */
    private <N extends Number> N number(YamlNode node, String path, Predicate<String> form, String expected,
            Function<String, N> parse) {
        String text = node.text();
        if (node.quoted() || !form.test(text)) {
            error(node.position(), label(path) + "expected " + expected + " but found " + found(node));
            return null;
        }
        N value = parse.apply(text);
        if (value == null) {
            error(node.position(), label(path) + "number too large: " + node.describe());
            return null;
        }
        return nonNegative(value, node, path);
    }

    /** Quantities and areas are never negative: the value, or null after reporting it. */
    private <N extends Number> N nonNegative(N value, YamlNode node, String path) {
        if (value.doubleValue() < 0) {
            error(node.position(), label(path) + "must not be negative but is " + node.text());
            return null;
        }
        return value;
    }

    private Integer year(YamlNode node, String path) {
        String text = node.text();
        if (node.quoted() || !PlainScalars.isWhole(text)) {
            error(node.position(), label(path) + "expected a year (a whole number) but found " + found(node));
            return null;
        }
        Integer year = text.length() > 6 ? null : Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            error(node.position(), label(path) + "year " + text + " is not plausible (expected " + FIRST_YEAR + ".."
                    + LAST_YEAR + ")");
            return null;
        }
        return year;
    }

    private LocalDate date(YamlNode node, String path) {
        String text = node.text();
        if (!PlainScalars.looksLikeDate(text)) {
            error(node.position(), label(path) + "expected a date (YYYY-MM-DD) but found " + node.describe());
            return null;
        }
        LocalDate date = PlainScalars.date(text);
        if (date == null) {
            error(node.position(), label(path) + "not a real date: " + text);
            return null;
        }
        if (date.getYear() < FIRST_DATE_YEAR || date.getYear() > LAST_YEAR) {
            error(node.position(), label(path) + "date " + text + " is not plausible (expected years " + FIRST_DATE_YEAR
                    + ".." + LAST_YEAR + ")");
            return null;
        }
        return date;
    }

    /** How a wrongly typed scalar is shown: quoted text is called text, so the fix (drop the quotes) is clear. */
    private static String found(YamlNode node) {
        return node.quoted() ? "the text " + node.describe() + " (remove the quotes)" : node.describe();
    }

    private static String expected(Shape shape) {
        if (shape instanceof Shape.OneOf o) {
            return "one of " + String.join(", ", o.values());
        }
        return ((Shape.Scalar) shape).type().expected;
    }

    private static String label(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
