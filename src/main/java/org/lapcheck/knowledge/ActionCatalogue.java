package org.lapcheck.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The catalogue of LAP actions, read from {@code rules/actions.yaml}. */
public final class ActionCatalogue {

    private static final List<String> CONFIDENCE = List.of("V", "P", "R", "U");

    private final Map<Integer, LapAction> actions;

    public ActionCatalogue(Collection<LapAction> actions) {
        Map<Integer, LapAction> byNumber = new TreeMap<>();
        actions.forEach(a -> byNumber.put(a.number(), a));
        this.actions = Map.copyOf(byNumber);
    }

    public Optional<LapAction> get(int number) {
        return Optional.ofNullable(actions.get(number));
    }

    public boolean contains(int number) {
        return actions.containsKey(number);
    }

    /** Every action, by number. */
    public List<LapAction> all() {
        return actions.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }

    /**
     * Builds the catalogue from the plain YAML tree ({@code actions: [{number, section, ...}]}), collecting every
     * problem instead of stopping at the first.
     */
    public static ActionCatalogue fromPlain(String file, Object plain, List<RulebookProblem> problems) {
        List<LapAction> read = new ArrayList<>();
        if (!(plain instanceof Map<?, ?> root) || !(root.get("actions") instanceof List<?> items)) {
            problems.add(new RulebookProblem(file, 1, "expected a mapping with a list 'actions'"));
            return new ActionCatalogue(read);
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("number") instanceof Number n)) {
                problems.add(new RulebookProblem(file, 0, "every action needs a whole 'number': " + item));
                continue;
            }
            int number = n.intValue();
            String where = "action " + number + ": ";
            if (!seen.add(number)) {
                problems.add(new RulebookProblem(file, 0, where + "listed twice"));
            }
            String confidence = text(m, "confidence");
            if (!CONFIDENCE.contains(confidence)) {
                problems.add(new RulebookProblem(file, 0, where + "confidence must be one of " + CONFIDENCE));
            }
            for (String required : List.of("section", "title", "paraphrase", "area")) {
                if (text(m, required) == null) {
                    problems.add(new RulebookProblem(file, 0, where + "'" + required + "' is required"));
                }
            }
            List<String> appliesTo = m.get("applies_to") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of("ALL");
            read.add(new LapAction(number, text(m, "section"), text(m, "title"), text(m, "paraphrase"), appliesTo,
                    text(m, "indicator"), text(m, "area"), text(m, "article"), confidence, text(m, "not_judgeable")));
        }
        return new ActionCatalogue(read);
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }
}
