package org.lapcheck.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping that passed its {@link Shape.Obj}: values already converted (Boolean, Long, Double, Integer,
 * LocalDate, String, lists, nested {@code Checked}), absent or null keys as null. Asking for a key the shape does
 * not declare is a programming error, which keeps mapper and format table in step.
 */
public final class Checked {

    private final Shape.Obj shape;
    private final String shapePath;
    private final int index;
    private final Map<String, Object> values;
    private final Set<String> read;

    Checked(Shape.Obj shape, String shapePath, int index, Map<String, Object> values, Set<String> read) {
        this.shape = shape;
        this.shapePath = shapePath;
        this.index = index;
        this.values = values;
        this.read = read;
    }

    /** The item's place in its list, or -1 for a mapping that is not a list item. */
    public int index() {
        return index;
    }

    private Object value(String key) {
        if (shape.field(key) == null) {
            throw new IllegalArgumentException("'" + key + "' is not a key of " + (shapePath.isEmpty() ? "the root" : shapePath));
        }
        read.add(shapePath.isEmpty() ? key : shapePath + "." + key);
        return values.get(key);
    }

    public String text(String key) {
        return (String) value(key);
    }

    public Boolean bool(String key) {
        return (Boolean) value(key);
    }

    Long count(String key) {
        return (Long) value(key);
    }

    Double amount(String key) {
        return (Double) value(key);
    }

    public Integer year(String key) {
        return (Integer) value(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) value(key);
    }

    public Checked obj(String key) {
        return (Checked) value(key);
    }

    /** The list of mappings under {@code key}, or null when not reported. */
    public List<Checked> objs(String key) {
        return typedList(key, Checked.class);
    }

    public List<String> texts(String key) {
        return typedList(key, String.class);
    }

    List<Integer> years(String key) {
        return typedList(key, Integer.class);
    }

    private <T> List<T> typedList(String key, Class<T> type) {
        Object v = value(key);
        if (v == null) {
            return null;
        }
        List<T> list = new ArrayList<>();
        for (Object item : (List<?>) v) {
            if (item != null) {
                list.add(type.cast(item));
            }
        }
        return list;
    }
}
