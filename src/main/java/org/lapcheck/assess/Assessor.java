package org.lapcheck.assess;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.runtime.KieSession;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Provenance;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.derived.Applies;
import org.lapcheck.model.derived.AsOf;
import org.lapcheck.model.derived.BoundParty;
import org.lapcheck.model.derived.TrackedYear;

/**
 * One assessment cycle: every fact into one Drools session, fire, collect the findings and explanations, roll up
 * indicators. The session is disposed before returning; nothing is kept between assessments.
 */
public final class Assessor {

    /** Comparator that orders findings the way people read them: worst first, then state, year, rule. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> f.state() == null ? "" : f.state())
            .thenComparing(f -> f.year() == null ? 0 : f.year())
            .thenComparing(Finding::id);

    /** The Convention opened for signature in 2008: no report covers an earlier year. */
    public static final int FIRST_PLAUSIBLE_YEAR = 2008;

    private final Rulebook rulebook;
    private final String toolVersion;

    public Assessor(Rulebook rulebook, String toolVersion) {
        this.rulebook = rulebook;
        this.toolVersion = toolVersion;
    }

    /**
     * Firings allowed per fact (given, or one per state and tracked year), and in all beyond them: five times and more
     * what the real rulebook needs (57,648 firings on 100 years of 112 states: 11,478 facts given, 11,200 state-years,
     * 2.5 a fact; 1,956 on one year, 4.9 a fact), yet reached in a
     * second or two by a rule that re-triggers itself, long before a rule that keeps inserting facts fills the heap.
     */
    static final int FIRINGS_PER_FACT = 25;
    static final int FIRINGS_BASE = 10_000;

    public AssessmentResult assess(AssessmentInput input) {
        // A rule whose condition throws takes the session down with it, wherever in the network it is evaluated:
        // the rule is named from the engine's message and the session run again without it, so the rest is assessed.
        java.util.LinkedHashMap<String, RuleFailure> conditionFailures = new java.util.LinkedHashMap<>();
        org.kie.api.KieBase kieBase = rulebook.kieBase();
        while (true) {
            try {
                return run(input, kieBase, List.copyOf(conditionFailures.values()));
            } catch (RunawayRulesException e) {
                throw e;
            } catch (RuntimeException e) {
                org.lapcheck.knowledge.RuleInfo rule = failingRule(e);
                if (rule == null || conditionFailures.containsKey(rule.name())) {
                    throw new RuleConditionException(FindingRecorder.causeOf(e));
                }
                conditionFailures.put(rule.name(), new RuleFailure(rule.id(), rule.file(), rule.line(), null,
                        "condition", FindingRecorder.causeOf(e)));
                kieBase = rulebook.kieBaseWithout(conditionFailures.keySet());
            }
        }
    }

    /** The rule an engine exception names (Drools quotes the rule's name in its messages), or null. */
    private org.lapcheck.knowledge.RuleInfo failingRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (org.lapcheck.knowledge.RuleInfo rule : rulebook.rules()) {
                if (message.contains("\"" + rule.name() + "\"") || message.contains("[" + rule.name() + "]")
                        || message.contains("Rule name='" + rule.name() + "'")) {
                    return rule;
                }
            }
        }
        return null;
    }

    private AssessmentResult run(AssessmentInput input, org.kie.api.KieBase kieBase, List<RuleFailure> conditionFailures) {
        LocalDate asOf = input.asOf();
        int cycleYear = AsOf.cycleYearOf(asOf);
        // Years a report could plausibly cover: from the Convention's opening for signature to the year after the
        // assessment date. A folder outside them (submissions/0000/) is an input error, never a tracked year.
        TreeSet<Integer> years = new TreeSet<>(input.trackedYears());
        years.removeIf(y -> y < FIRST_PLAUSIBLE_YEAR || y > asOf.getYear() + 1);
        years.add(cycleYear);
        // The window is every year from the first one on file to the cycle year: a year inside it that no state's
        // file covers is still a year every state party owed a report for.
        for (int y = years.first(); y < years.last(); y++) {
            years.add(y);
        }
        LocalDate windowStart = LocalDate.of(years.first(), 1, 1);

        Map<String, String> names = input.reference().membership().stream()
                .collect(Collectors.toMap(StateParty::iso3, StateParty::name, (a, b) -> a));
        MatchLog log = new MatchLog(rulebook);
        FindingRecorder recorder = new FindingRecorder(rulebook, names, log, asOf);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("findings", recorder);
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) log);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
            session.insert(new AsOf(asOf, cycleYear, windowStart));
            for (Integer y : years) {
                session.insert(new TrackedYear(y));
            }
            List<Object> given = new java.util.ArrayList<>();
            given.addAll(input.reference().membership());
            given.addAll(input.reference().calendar());
            if (input.reference().machinery() != null) {
                // The machinery rules judge the offices as they stood on the as-of date, the holders routing writes to.
                org.lapcheck.model.Machinery held = input.reference().machinery().onDate(asOf);
                given.add(held);
                given.addAll(held.offices());
            }
            // the register of instances of use: the rules derive which are active in which tracked year
            given.addAll(input.reference().useRegister().instances());
            given.addAll(input.reports());
            given.addAll(input.unreadable());
            given.forEach(session::insert);
            // the derived layer makes facts per state and tracked year, whatever the inputs: count them as facts too
            long facts = 1 + years.size() + given.size() + (long) input.reference().membership().size() * years.size();
            int limit = (int) Math.min(Integer.MAX_VALUE - 1, FIRINGS_BASE + FIRINGS_PER_FACT * facts);
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RunawayRulesException(limit, log.busiest(3));
            }

            List<String> bound = objects(session, BoundParty.class).map(BoundParty::iso3).sorted().toList();
            List<Applies> applies = objects(session, Applies.class).toList();
            List<Finding> raised = new java.util.ArrayList<>(objects(session, Finding.class).toList());
            input.unreadable().forEach(u -> raised.add(InputErrors.of(u, names)));
            List<RuleFailure> failures = new java.util.ArrayList<>(conditionFailures);
            failures.addAll(recorder.failures());
            failures.forEach(f -> raised.add(RuleFailureFindings.of(f, names)));
            List<Finding> findings = raised.stream().sorted(READING_ORDER).toList();
            Provenance provenance = new Provenance(toolVersion, rulebook.sha256(), rulebook.rules().size(),
                    rulebook.actionsCovered().size(), input.inputs());
            org.lapcheck.model.UseAccount useAccount = UseAccounts.of(input.reference().useRegister(),
                    input.reference().membership(), objects(session, org.lapcheck.model.derived.ActiveInstance.class).toList(),
                    objects(session, org.lapcheck.model.derived.PartyReport.class).toList());
            Assessment assessment = new Assessment(asOf, provenance, bound, findings,
                    Indicators.of(rulebook, bound, applies, findings), useAccount);
            java.util.Set<String> standing = raised.stream().map(Finding::id).collect(Collectors.toSet());
            return new AssessmentResult(assessment, log.explanations(standing), log.standingRuleIds(), failures);
        } finally {
            session.dispose();
        }
    }

    private static <T> Stream<T> objects(KieSession session, Class<T> type) {
        Collection<?> all = session.getObjects(type::isInstance);
        return all.stream().map(type::cast).filter(Objects::nonNull);
    }
}
