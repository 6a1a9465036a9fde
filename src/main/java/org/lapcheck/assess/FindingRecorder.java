package org.lapcheck.assess;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;
import org.lapcheck.knowledge.RuleFailureSink;
import org.lapcheck.knowledge.RuleInfo;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.StateFact;
import org.lapcheck.model.UntrustedText;

/**
 * The one helper rule consequences call (as the global {@code findings}): builds the finding from the rule's
 * metadata and the values the rule passes, so no consequence retypes a message, severity or action.
 * The finding is inserted logically: it stands only while the facts that justify it do, so a rule that fired
 * before a derived fact arrived (no salience orders the layers) loses its finding when that fact contradicts
 * it. Later rules can build on findings.
 */
public final class FindingRecorder implements RuleFailureSink {

    /** Longest part of an exception's message a rule failure quotes. */
    private static final int MAX_CAUSE = 160;

    private final Rulebook rulebook;
    private final Map<String, String> stateNames;
    private final MatchLog matches;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final java.time.LocalDate asOf;
    /** Per rule id, the citation params ({lap_N} to lap:N:KIND) its templates need: the same for every finding. */
    private final Map<String, Map<String, String>> citations = new java.util.HashMap<>();
    private final List<RuleFailure> failures = new ArrayList<>();

    FindingRecorder(Rulebook rulebook, Map<String, String> stateNames, MatchLog matches, java.time.LocalDate asOf) {
        this.rulebook = rulebook;
        this.stateNames = stateNames;
        this.matches = matches;
        this.asOf = asOf;
    }

    /**
     * Raises the finding of the rule now firing.
     *
     * @param iso3   the state it is about, or null for the convention's machinery
     * @param year   the reporting year it is about, or null
     * @param values name, value pairs for the message template; a value named {@code subject} also tells
     *               findings of one rule, state and year apart in the stable id
     */
    public void raise(RuleContext kcontext, String iso3, Integer year, Evidence evidence, Object... values) {
        raise(kcontext, iso3, year, evidence == null ? List.of() : List.of(evidence), values);
    }

    public void raise(RuleContext kcontext, String iso3, Integer year, List<Evidence> evidence, Object... values) {
        RuleInfo rule = rulebook.ruleNamed(kcontext.getRule().getName());
        if (values.length % 2 != 0) {
            throw new IllegalArgumentException(rule.id() + ": values come in name, value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (iso3 != null) {
            params.put("state", stateNames.getOrDefault(iso3, iso3));
            params.put("iso3", iso3);
        }
        if (year != null) {
            params.put("year", String.valueOf(year));
        }
        for (int i = 0; i < values.length; i += 2) {
            params.put(String.valueOf(values[i]), MessageTemplate.text(values[i + 1]));
        }
        params.putAll(citations.computeIfAbsent(rule.id(), k -> citations(rule)));
        Map<String, String> english = new LinkedHashMap<>(params);
        // Only the citation params are codes to word; a state's own text is never read as one.
        english.replaceAll((k, v) -> v == null || !k.startsWith("lap_") ? v : rulebook.catalogue().citationText(v));
        String id = FindingIds.of(rule.id(), iso3, year, params.get("subject"));
        // The contract: a finding no LAP action covers has action null, and its rule says so. Before the LAP was
        // adopted no action covered anything: the finding rests on the treaty article alone.
        boolean beforeThePlan = rulebook.catalogue().beforeThePlan(asOf);
        List<Integer> actions = beforeThePlan ? List.of() : rule.actions();
        String title = rule.actions().isEmpty() ? rule.title() + " (no LAP action covers it)"
                : beforeThePlan ? rule.title() + " (dated before the LAP)" : rule.title();
        Finding finding = new Finding(id, rule.id(), title, actions.isEmpty() ? null : actions.get(0),
                actions, rule.article(), iso3, year, rule.severity(), rule.kind(), rule.area(),
                MessageTemplate.fill(rule.message(), english, Locale.ENGLISH),
                MessageTemplate.fill(rule.expected(), english, Locale.ENGLISH),
                MessageTemplate.fill(rule.actual(), english, Locale.ENGLISH),
                evidence, recipients(rule), params);
        // One instance per id, so several matches justifying the same finding add justifications to one fact.
        Finding canonical = findings.computeIfAbsent(id, k -> finding);
        matches.raised(id);
        kcontext.insertLogical(canonical);
    }

    private Map<String, String> citations(RuleInfo rule) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String template : rule.wording().all()) {
            java.util.regex.Matcher m = org.lapcheck.knowledge.RulebookCompiler.LAP_CITATION.matcher(template == null ? "" : template);
            while (m.find()) {
                out.put("lap_" + m.group(1), rulebook.catalogue().citation(Integer.parseInt(m.group(1)), asOf));
            }
        }
        return out;
    }

    /**
     * A consequence threw: recorded against its rule and the state of the facts it matched (the first that names
     * one), and the session goes on. Once per rule and state: a rule that fails on every year of a state says so once.
     */
    @Override
    public void consequenceFailed(Match match, Exception cause) {
        RuleInfo rule = rulebook.ruleNamed(match.getRule().getName());
        String iso3 = match.getObjects().stream().filter(StateFact.class::isInstance).map(o -> ((StateFact) o).iso3())
                .findFirst().orElse(null);
        RuleFailure failure = new RuleFailure(rule.id(), rule.file(), rule.line(), iso3, "consequence", causeOf(cause));
        if (failures.stream().noneMatch(f -> f.ruleId().equals(failure.ruleId()) && java.util.Objects.equals(f.iso3(), iso3))) {
            failures.add(failure);
        }
    }

    List<RuleFailure> failures() {
        return List.copyOf(failures);
    }

    /** The innermost cause in one line: the exception's own words, escaped and cut, never a stack trace. */
    static String causeOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return UntrustedText.cut(message == null || message.isBlank() ? kind : kind + ": " + message, MAX_CAUSE);
    }

    private static List<String> recipients(RuleInfo rule) {
        LinkedHashSet<String> to = new LinkedHashSet<>();
        to.add(rule.area());
        to.addAll(rule.route());
        if (rule.kind() == FindingKind.EARLY_WARNING) {
            to.add("presidency");
        }
        return List.copyOf(to);
    }


}
