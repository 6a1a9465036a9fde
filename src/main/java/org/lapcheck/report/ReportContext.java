package org.lapcheck.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Explanation;

/**
 * What renderers need, and all they may use: the assessment, the explanations, the LAP action titles (from the
 * catalogue, so no renderer knows where they come from), the language, the previous assessment when there is one,
 * the states' names, the number of states parties per year (for the universalization chart), and the folder of the
 * rules' translations (the {@code rules/} folder).
 *
 * @param previous        the assessment to mark changes against, or null
 * @param stateNames      ISO3 to the state's name; a state missing here is shown by its code
 * @param partiesPerYear  states parties bound at the end of each year (on the as-of date for its own year); empty
 *                        leaves the universalization chart out. See {@link MembershipTrend#partiesPerYear}.
 * @param ruleMessages    the folder below which {@code messages_<lang>.properties} hold the rules' wording, or null (English)
 * @param actionConfidence per LAP action, the confidence code (V, P, R, U) of the catalogue's wording of it; empty
 *                        leaves it off the action pages
 */
public record ReportContext(
        Assessment assessment,
        List<Explanation> explanations,
        Map<Integer, String> actionTitles,
        Locale locale,
        Assessment previous,
        Map<String, String> stateNames,
        Map<Integer, Integer> partiesPerYear,
        Path ruleMessages,
        Map<Integer, String> actionConfidence) {

    public ReportContext {
        explanations = List.copyOf(explanations);
        actionTitles = Map.copyOf(actionTitles);
        locale = locale == null ? Locale.ENGLISH : locale;
        stateNames = stateNames == null ? Map.of() : Map.copyOf(stateNames);
        actionConfidence = actionConfidence == null ? Map.of() : Map.copyOf(actionConfidence);
        // Kept in year order (a sorted copy), whatever map the caller passes.
        partiesPerYear = java.util.Collections.unmodifiableSortedMap(
                partiesPerYear == null ? new TreeMap<>() : new TreeMap<>(partiesPerYear));
    }

    /** Without the actions' confidence (renderers then leave it out). */
    public ReportContext(Assessment assessment, List<Explanation> explanations, Map<Integer, String> actionTitles,
            Locale locale, Assessment previous, Map<String, String> stateNames, Map<Integer, Integer> partiesPerYear,
            Path ruleMessages) {
        this(assessment, explanations, actionTitles, locale, previous, stateNames, partiesPerYear, ruleMessages, Map.of());
    }

    /** The first shape: no state names, no membership trend, rule messages in English. */
    public ReportContext(Assessment assessment, List<Explanation> explanations, Map<Integer, String> actionTitles,
            Locale locale, Assessment previous) {
        this(assessment, explanations, actionTitles, locale, previous, Map.of(), null, null);
    }

    public String actionTitle(Integer action) {
        return action == null ? "" : actionTitles.getOrDefault(action, "");
    }

    /** The confidence code of the catalogue's wording of {@code action}, or "" when not known. */
    public String actionConfidence(Integer action) {
        return action == null ? "" : actionConfidence.getOrDefault(action, "");
    }

    /** The same context over another assessment and previous one (used to render from a findings.json read back). */
    public ReportContext with(Assessment assessment, Assessment previous) {
        return new ReportContext(assessment, explanations, actionTitles, locale, previous, stateNames, partiesPerYear,
                ruleMessages, actionConfidence);
    }
}
