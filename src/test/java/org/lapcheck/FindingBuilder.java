package org.lapcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lapcheck.assess.FindingIds;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.LapCitation;
import org.lapcheck.model.Severity;

/**
 * The one way a test builds a finding by hand: each test states only what it is about, and everything else gets a
 * plain default (a transparency gap of medium severity about 2025, citing LAP Action 43, with evidence in the state's
 * self-report). Rule ids must be real ones: {@code FixtureRuleIdsTest} checks every id handed to {@link #finding}
 * in the test sources against the real rulebook.
 */
public final class FindingBuilder {

    private final String ruleId;
    private final String state;
    private Integer year;
    private Severity severity = Severity.MEDIUM;
    private FindingKind kind = FindingKind.GAP;
    private String area = "transparency";
    private List<Integer> actions = List.of(43);
    private String rule;
    private String article = "Art. 7";
    private String message;
    private String expected = "expected value";
    private String actual = "actual value";
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private final Map<String, String> params = new LinkedHashMap<>();

    private FindingBuilder(String ruleId, String state) {
        this.ruleId = ruleId;
        this.state = state;
        this.year = state == null ? null : 2025;
    }

    /** A finding of rule {@code ruleId} about {@code state} (null: about the Convention's machinery). */
    public static FindingBuilder finding(String ruleId, String state) {
        return new FindingBuilder(ruleId, state);
    }

    /** The same, with what a report test always says about a finding. */
    public static FindingBuilder finding(String ruleId, String state, Integer year, Severity severity, FindingKind kind,
            String area, List<Integer> actions) {
        return finding(ruleId, state).year(year).severity(severity).kind(kind).area(area).actions(actions);
    }

    public FindingBuilder year(Integer y) { year = y; return this; }
    public FindingBuilder severity(Severity s) { severity = s; return this; }
    public FindingBuilder kind(FindingKind k) { kind = k; return this; }
    public FindingBuilder area(String a) { area = a; return this; }
    public FindingBuilder actions(List<Integer> a) { actions = List.copyOf(a); return this; }
    public FindingBuilder actions(Integer... a) { return actions(List.of(a)); }
    /** What the rule detects (the finding's {@code rule}); by default "&lt;id&gt; rule". */
    public FindingBuilder rule(String r) { rule = r; return this; }
    public FindingBuilder article(String a) { article = a; return this; }
    public FindingBuilder message(String m) { message = m; return this; }
    public FindingBuilder expected(String e) { expected = e; return this; }
    public FindingBuilder actual(String a) { actual = a; return this; }
    public FindingBuilder param(String name, String value) { params.put(name, value); return this; }
    public FindingBuilder params(Map<String, String> all) { params.putAll(all); return this; }
    /** The state's name as the assessment writes it into the finding (its {@code state} param). */
    public FindingBuilder name(String n) { return param("state", n); }

    /** The {lap_N} params the recorder gives a rule citing these actions: all of the fixtures' are unverified. */
    public FindingBuilder cites(int... cited) {
        for (int n : cited) {
            params.put("lap_" + n, LapCitation.code(n, "reading"));
        }
        return this;
    }

    public FindingBuilder evidence(String file, String path, Integer line, Integer column) {
        evidence.add(new Evidence(file, path, line, column));
        return this;
    }

    /** Who the finding is for (area coordinators, presidency, troika, ...); by default its area's coordinators. */
    public FindingBuilder recipients(String... to) { recipients.addAll(List.of(to)); return this; }

    public Finding build() {
        Map<String, String> all = new LinkedHashMap<>();
        if (state != null) {
            all.put("iso3", state);
        }
        if (year != null) {
            all.put("year", String.valueOf(year));
        }
        all.putAll(params);
        if (state != null) {
            all.putIfAbsent("state", state);
        }
        String text = message != null ? message
                : ruleId + " about " + (state == null ? "the machinery" : all.get("state"))
                        + (actions.isEmpty() ? "." : " (LAP Action " + actions.get(0) + ").");
        List<Evidence> shown = !evidence.isEmpty() ? evidence
                : List.of(state == null ? new Evidence("inputs/reference/machinery.yaml", "offices", 2, 3)
                        : new Evidence("inputs/submissions/2025/" + state + ".yaml", "report", 7, 3));
        return new Finding(FindingIds.of(ruleId, state, year, null), ruleId,
                rule != null ? rule : ruleId.toLowerCase() + " rule", actions.isEmpty() ? null : actions.get(0), actions,
                article, state, year, severity, kind, area, text, expected, actual, shown,
                recipients.isEmpty() ? List.of(area) : List.copyOf(recipients), all);
    }
}
