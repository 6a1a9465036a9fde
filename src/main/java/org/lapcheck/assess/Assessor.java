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

    public AssessmentResult assess(AssessmentInput input) {
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
        KieSession session = rulebook.kieBase().newKieSession();
        try {
            session.setGlobal("findings", recorder);
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) log);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
            session.insert(new AsOf(asOf, cycleYear, windowStart));
            years.forEach(y -> session.insert(new TrackedYear(y)));
            input.reference().membership().forEach(session::insert);
            input.reference().calendar().forEach(session::insert);
            if (input.reference().machinery() != null) {
                session.insert(input.reference().machinery());
                input.reference().machinery().offices().forEach(session::insert);
            }
            input.reports().forEach(session::insert);
            input.unreadable().forEach(session::insert);
            session.fireAllRules();

            List<String> bound = objects(session, BoundParty.class).map(BoundParty::iso3).sorted().toList();
            List<Applies> applies = objects(session, Applies.class).toList();
            List<Finding> raised = new java.util.ArrayList<>(objects(session, Finding.class).toList());
            input.unreadable().forEach(u -> raised.add(InputErrors.of(u, names)));
            List<Finding> findings = raised.stream().sorted(READING_ORDER).toList();
            Provenance provenance = new Provenance(toolVersion, rulebook.sha256(), rulebook.rules().size(),
                    rulebook.actionsCovered().size(), input.inputs());
            Assessment assessment = new Assessment(asOf, provenance, bound, findings,
                    Indicators.of(rulebook, bound, applies, findings));
            java.util.Set<String> standing = raised.stream().map(Finding::id).collect(Collectors.toSet());
            return new AssessmentResult(assessment, log.explanations(standing), log.standingRuleIds());
        } finally {
            session.dispose();
        }
    }

    private static <T> Stream<T> objects(KieSession session, Class<T> type) {
        Collection<?> all = session.getObjects(type::isInstance);
        return all.stream().map(type::cast).filter(Objects::nonNull);
    }
}
