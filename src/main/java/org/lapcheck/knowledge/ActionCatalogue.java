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

    /** The kinds of citation of an action in a finding, and what each says (see {@link #citation}). */
    public static final List<String> CITATION_KINDS = List.of("confirmed", "reading", "before");

    private final Map<Integer, LapAction> actions;
    private final java.time.LocalDate adopted;
    private final Map<String, String> citations;

    public ActionCatalogue(Collection<LapAction> actions) {
        this(actions, null, Map.of());
    }

    /**
     * @param adopted   the day the LAP was adopted: an assessment dated earlier cites no LAP action as applying
     * @param citations English wording of a citation per kind, with {@code {n}} for the action's number
     */
    public ActionCatalogue(Collection<LapAction> actions, java.time.LocalDate adopted, Map<String, String> citations) {
        Map<Integer, LapAction> byNumber = new TreeMap<>();
        actions.forEach(a -> byNumber.put(a.number(), a));
        this.actions = Map.copyOf(byNumber);
        this.adopted = adopted;
        this.citations = Map.copyOf(citations);
    }

    /** The day the LAP was adopted, or null when the catalogue does not say. */
    public java.time.LocalDate adopted() {
        return adopted;
    }

    /** True when {@code asOf} falls before the LAP's adoption: its actions did not yet apply. */
    public boolean beforeThePlan(java.time.LocalDate asOf) {
        return adopted != null && asOf.isBefore(adopted);
    }

    /**
     * How a finding cites action {@code number} on {@code asOf}, as a code {@code lap:N:KIND} that each language words
     * in its own way: {@code confirmed} where the catalogue's wording of the action is verified, {@code reading} (the
     * project's reading of the action) where it is not, {@code before} for a date before the LAP was adopted.
     */
    public String citation(int number, java.time.LocalDate asOf) {
        String kind = beforeThePlan(asOf) ? "before"
                : get(number).map(a -> "V".equals(a.confidence())).orElse(false) ? "confirmed" : "reading";
        return org.lapcheck.model.LapCitation.code(number, kind);
    }

    /** The English words of a citation code, or the code unchanged when it is none. */
    public String citationText(String code) {
        return org.lapcheck.model.LapCitation.word(code, citations::get);
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
            String area = text(m, "area");
            if (area != null && org.lapcheck.model.Area.of(area).isEmpty()) {
                problems.add(new RulebookProblem(file, 0, where + "area '" + area + "' is not one of "
                        + org.lapcheck.model.Area.codes()));
            }
            List<String> appliesTo = m.get("applies_to") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of("ALL");
            read.add(new LapAction(number, text(m, "section"), text(m, "title"), text(m, "paraphrase"), appliesTo,
                    text(m, "indicator"), text(m, "area"), text(m, "article"), confidence, text(m, "not_judgeable")));
        }
        java.time.LocalDate adopted = root.get("adopted") instanceof java.time.LocalDate d ? d : null;
        if (adopted == null) {
            problems.add(new RulebookProblem(file, 0, "'adopted' (the date the LAP was adopted) is required"));
        }
        Map<String, String> citations = new java.util.HashMap<>();
        if (root.get("citations") instanceof Map<?, ?> c) {
            c.forEach((k, v) -> citations.put(String.valueOf(k), String.valueOf(v)));
        }
        for (String kind : CITATION_KINDS) {
            if (citations.get(kind) == null) {
                problems.add(new RulebookProblem(file, 0, "'citations." + kind + "' (how a finding cites an action) is required"));
            }
        }
        return new ActionCatalogue(read, adopted, citations);
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }
}
