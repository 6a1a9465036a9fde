package org.lapcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;

/**
 * What renderers need: the assessment, the explanations, the LAP action titles (from the catalogue, so no
 * renderer knows where they come from), the language, and the previous assessment when there is one.
 */
public record ReportContext(
        Assessment assessment,
        List<Explanation> explanations,
        Map<Integer, String> actionTitles,
        Locale locale,
        Assessment previous) {

    public ReportContext {
        explanations = List.copyOf(explanations);
        actionTitles = Map.copyOf(actionTitles);
    }

    public String actionTitle(Integer action) {
        return action == null ? "" : actionTitles.getOrDefault(action, "");
    }
}
