package org.lapcheck.assess;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.lapcheck.knowledge.RuleInfo;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Explanation;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.Meeting;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.derived.ExtensionWindow;
import org.lapcheck.model.derived.Projection;
import org.lapcheck.model.derived.TreatyDeadline;

/**
 * Listens to the agenda and the working memory: for each finding, the facts and values its rule matched, so
 * {@code ./lap explain} can say why; and which rules' conclusions stand at the end (the rule harness asserts
 * exactly these). Only bound declarations show: facts
 * under {@code not} or {@code exists} carry nothing, so rules bind what an explanation should show.
 */
final class MatchLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final int MAX_VALUE = 160;

    private final Rulebook rulebook;
    private final List<String> raisedInThisMatch = new ArrayList<>();
    private final Map<FactHandle, String> insertedBy = new java.util.HashMap<>();
    private final Map<String, Explanation> explanations = new LinkedHashMap<>();
    private final Map<String, Long> firings = new java.util.HashMap<>();

    MatchLog(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** Findings raised by the consequence now running; explained when its match has fired. */
    void raised(String findingId) {
        raisedInThisMatch.add(findingId);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
        for (String id : raisedInThisMatch) {
            attach(id, event.getMatch());
        }
        raisedInThisMatch.clear();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            insertedBy.put(event.getFactHandle(), rulebook.ruleNamed(event.getRule().getName()).id());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // facts are immutable records: nothing is updated
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        insertedBy.remove(event.getFactHandle());
    }

    private void attach(String findingId, Match match) {
        RuleInfo rule = rulebook.ruleNamed(match.getRule().getName());
        List<Explanation.Binding> bindings = new ArrayList<>();
        for (String name : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(name);
            bindings.add(new Explanation.Binding(name, describe(value), source(value)));
        }
        explanations.put(findingId, new Explanation(findingId, rule.id(), rule.name(), rule.file(), rule.line(),
                rule.actions(), rule.article(), bindings));
    }

    /** The rules that fired most, busiest first: {@code ID (file:line) N times}. */
    List<String> busiest(int n) {
        return firings.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> {
                    RuleInfo rule = rulebook.ruleNamed(e.getKey());
                    return rule.id() + " (" + rule.file() + ":" + rule.line() + ") " + e.getValue() + " times";
                }).toList();
    }

    /** Rules whose conclusions stand at the end: a derived fact or a finding they inserted is still there. */
    Set<String> standingRuleIds() {
        return new java.util.TreeSet<>(insertedBy.values());
    }

    List<Explanation> explanations(Set<String> standingFindings) {
        return explanations.values().stream().filter(e -> standingFindings.contains(e.findingId())).toList();
    }

    private static String describe(Object value) {
        if (value instanceof SelfReport r) {
            return "self-report of " + r.iso3() + " covering " + r.year();
        }
        if (value instanceof StateParty s) {
            return s.iso3() + " " + s.name() + ", entry into force " + s.entryIntoForce()
                    + (s.withdrawalEffective() == null ? "" : ", withdrawal effective " + s.withdrawalEffective());
        }
        if (value instanceof TreatyDeadline d) {
            return "Article " + d.article() + " deadline " + d.current() + (d.extended()
                    ? " (original " + d.original() + ", extended by the request of " + d.extension().submitted() + ")"
                    : " (no extension granted)");
        }
        if (value instanceof ExtensionWindow w) {
            return "last formal meeting before " + w.deadline() + ": " + w.meeting().name() + " (" + w.meeting().id()
                    + ", from " + w.meeting().start() + (w.meeting().approximate() ? ", dates approximate" : "")
                    + "); a request must reach the states parties by " + w.requestBy();
        }
        if (value instanceof Projection p) {
            return p.remaining() + " remaining at " + p.ratePerYear() + " a year from " + p.from() + ": "
                    + (p.projectedCompletion() == null ? "never at that pace" : "done about " + p.projectedCompletion())
                    + ", deadline " + p.deadline();
        }
        if (value instanceof Meeting m) {
            return m.name() + " (" + m.id() + "), " + m.start() + " to " + m.end() + (m.approximate() ? ", dates approximate" : "");
        }
        if (value instanceof TemporalAccessor || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        String text = String.valueOf(value);
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }

    private static String source(Object value) {
        if (value instanceof SelfReport r) {
            return r.file();
        }
        if (value instanceof StateParty s && s.source() != null) {
            return s.source().location();
        }
        if (value instanceof Meeting m && m.evidence() != null) {
            return m.evidence().location();
        }
        if (value instanceof org.lapcheck.model.Officeholder o && o.evidence() != null) {
            return o.evidence().location();
        }
        return null;
    }
}
