package org.lapcheck.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.Explanation;

/** {@code explanations.json}: why each finding of an assessment was raised, read back by {@code ./lap explain}. */
public final class ExplanationsJson {

    /** The file in a report folder. */
    public static final String FILE = "explanations.json";

    public static final String FORMAT = "lapcheck-explanations/1";

    private ExplanationsJson() {}

    public static String write(List<Explanation> explanations) {
        return text(explanations).toString();
    }

    /** The document as text, sized ahead for the report writer. */
    public static CharSequence text(List<Explanation> explanations) {
        return Json.text(explanationsDoc(explanations), 850L * explanations.size()); // about 800 a finding
    }

    private static Map<String, Object> explanationsDoc(List<Explanation> explanations) {
        return FindingsJson.map("format", FORMAT, "explanations", explanations.stream()
                .map(e -> FindingsJson.map("finding", e.findingId(), "rule_id", e.ruleId(), "rule", e.rule(),
                        "file", e.ruleFile(), "line", e.ruleLine(), "actions", e.actions(), "article", e.article(),
                        "matched", e.bindings().stream()
                                .map(b -> FindingsJson.map("name", b.name(), "value", b.value(), "source", b.source()))
                                .toList()))
                .toList());
    }

    public static List<Explanation> read(String text) {
        Map<String, Object> doc = FindingsJson.asMap(Json.parse(text), "document");
        if (!FORMAT.equals(doc.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        List<Explanation> out = new ArrayList<>();
        for (Object o : FindingsJson.list(doc.get("explanations"))) {
            Map<String, Object> m = FindingsJson.asMap(o, "explanation");
            List<Explanation.Binding> bindings = new ArrayList<>();
            for (Object b : FindingsJson.list(m.get("matched"))) {
                Map<String, Object> bm = FindingsJson.asMap(b, "binding");
                bindings.add(new Explanation.Binding(FindingsJson.str(bm.get("name")), FindingsJson.str(bm.get("value")),
                        FindingsJson.str(bm.get("source"))));
            }
            out.add(new Explanation(FindingsJson.str(m.get("finding")), FindingsJson.str(m.get("rule_id")),
                    FindingsJson.str(m.get("rule")), FindingsJson.str(m.get("file")), FindingsJson.integer(m.get("line")),
                    FindingsJson.list(m.get("actions")).stream().map(a -> ((Number) a).intValue()).toList(),
                    FindingsJson.str(m.get("article")), bindings));
        }
        return out;
    }
}
