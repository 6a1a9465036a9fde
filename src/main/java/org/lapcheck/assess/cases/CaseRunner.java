package org.lapcheck.assess.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lapcheck.assess.AssessmentInput;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.assess.Assessor;
import org.lapcheck.knowledge.RuleInfo;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Meeting;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.UnreadableReport;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.SubmissionLoader;

/**
 * Runs cases against the real rulebook. Each case's world holds only the states it names (with their real
 * membership rows unless the case overrides them), the real calendar plus any meetings it adds, and its own
 * machinery; its reports go through the real submission loader, so cases are written in the real format.
 */
public final class CaseRunner {

    private final Rulebook rulebook;
    private final ReferenceData reference;
    private final SubmissionLoader loader;

    public CaseRunner(Rulebook rulebook, ReferenceData reference, SubmissionLoader loader) {
        this.rulebook = rulebook;
        this.reference = reference;
        this.loader = loader;
    }

    public List<CaseOutcome> run(RuleCaseFile file) {
        List<CaseOutcome> outcomes = new ArrayList<>();
        String section = rulebook.rule(file.ruleId()).map(RuleInfo::section).orElse(null);
        for (RuleCase c : file.cases()) {
            outcomes.add(run(file, section, c));
        }
        return outcomes;
    }

    private CaseOutcome run(RuleCaseFile file, String section, RuleCase c) {
        if (section == null) {
            return new CaseOutcome(file.file(), c.line(), file.ruleId(), c.name(), c.fires(), Set.of(),
                    "no rule " + file.ruleId() + " in the rulebook");
        }
        List<SelfReport> reports = new ArrayList<>();
        for (RuleCase.CaseReport r : c.reports()) {
            LoadResult loaded = loader.loadText(file.file() + ":" + r.line(), SafeYaml.dump(document(r)), r.year(), r.iso3());
            if (!loaded.ok()) {
                return new CaseOutcome(file.file(), c.line(), file.ruleId(), c.name(), c.fires(), Set.of(),
                        "its report at line " + r.line() + " does not load: "
                                + loaded.errors().stream().map(Problem::message).toList());
            }
            reports.add(loaded.report());
        }
        List<UnreadableReport> unreadable = c.unreadable().stream()
                .map(u -> new UnreadableReport(u.iso3(), u.year(), file.file() + ":" + u.line(), List.of())).toList();
        ReferenceData world;
        try {
            world = new ReferenceData(membership(c), calendar(c), machinery(file, c), register(file, c));
        } catch (IllegalArgumentException e) {
            return new CaseOutcome(file.file(), c.line(), file.ruleId(), c.name(), c.fires(), Set.of(), e.getMessage());
        }
        Set<Integer> years = new TreeSet<>();
        reports.forEach(r -> years.add(r.year()));
        unreadable.forEach(u -> years.add(u.year()));
        AssessmentResult result = new Assessor(rulebook, "cases")
                .assess(new AssessmentInput(c.asOf(), world, reports, unreadable, years, List.of()));
        Set<String> fired = new LinkedHashSet<>();
        for (String id : result.standingRuleIds()) {
            rulebook.rule(id).filter(r -> r.section().equals(section)).ifPresent(r -> fired.add(id));
        }
        List<String> unmet = new ArrayList<>();
        for (RuleCase.FindingExpectation e : c.findings()) {
            List<org.lapcheck.model.Finding> ofRule = result.assessment().findings().stream()
                    .filter(f -> f.ruleId().equals(e.rule())).toList();
            boolean met = ofRule.stream().anyMatch(f -> (e.message() == null || f.message().contains(e.message()))
                    && (e.path() == null || f.evidence().stream().anyMatch(ev -> e.path().equals(ev.path()))));
            if (!met) {
                unmet.add("line " + e.line() + ": no " + e.rule() + " finding"
                        + (e.message() == null ? "" : " saying \"" + e.message() + "\"")
                        + (e.path() == null ? "" : " with evidence at " + e.path())
                        + (ofRule.isEmpty() ? "; none stands" : "; it says: " + ofRule.get(0).message()
                                + " (evidence " + ofRule.get(0).evidence().stream().map(org.lapcheck.model.Evidence::path).toList() + ")"));
            }
        }
        return new CaseOutcome(file.file(), c.line(), file.ruleId(), c.name(), new TreeSet<>(c.fires()), new TreeSet<>(fired), null, unmet);
    }

    private static Map<String, Object> document(RuleCase.CaseReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "lap-self-report/1");
        doc.put("state", Map.of("iso3", r.iso3()));
        @SuppressWarnings("unchecked")
        Map<String, Object> report = r.body().get("report") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        report.putIfAbsent("kind", "annual");
        report.putIfAbsent("covers", r.year());
        doc.put("report", report);
        r.body().forEach((k, v) -> {
            if (!k.equals("report")) {
                doc.put(k, v);
            }
        });
        return doc;
    }

    private List<StateParty> membership(RuleCase c) {
        Set<String> named = new LinkedHashSet<>(c.states());
        c.reports().forEach(r -> named.add(r.iso3()));
        c.unreadable().forEach(r -> named.add(r.iso3()));
        Map<String, StateParty> real = reference.byIso3();
        Map<String, StateParty> world = new LinkedHashMap<>();
        for (String iso3 : named) {
            StateParty s = real.get(iso3);
            if (s == null) {
                throw new IllegalArgumentException("state " + iso3 + " is not in the membership data; add it under 'membership'");
            }
            world.put(iso3, s);
        }
        for (Map<String, Object> row : c.membership()) {
            String iso3 = String.valueOf(row.get("iso3"));
            StateParty base = world.getOrDefault(iso3, real.get(iso3));
            world.put(iso3, new StateParty(iso3,
                    row.get("name") != null ? String.valueOf(row.get("name")) : base != null ? base.name() : iso3,
                    row.get("status") != null ? String.valueOf(row.get("status")) : "state_party",
                    base == null ? null : base.signed(), base == null ? null : base.deposited(),
                    base == null ? null : base.instrument(),
                    row.containsKey("entry_into_force") ? (LocalDate) row.get("entry_into_force") : base == null ? null : base.entryIntoForce(),
                    row.containsKey("withdrawal_effective") ? (LocalDate) row.get("withdrawal_effective") : base == null ? null : base.withdrawalEffective(),
                    new Evidence("case membership", iso3, null, null)));
        }
        return List.copyOf(world.values());
    }

    private List<Meeting> calendar(RuleCase c) {
        List<Meeting> meetings = new ArrayList<>(reference.calendar());
        for (Map<String, Object> m : c.meetings()) {
            LocalDate start = (LocalDate) m.get("start");
            meetings.add(new Meeting(String.valueOf(m.get("id")), kind(String.valueOf(m.getOrDefault("kind", "msp"))),
                    String.valueOf(m.getOrDefault("name", m.get("id"))), start,
                    m.get("end") instanceof LocalDate end ? end : start, "case", false, null, null));
        }
        meetings.sort(java.util.Comparator.comparing(Meeting::start));
        return meetings;
    }

    private static Meeting.Kind kind(String text) {
        return switch (text) {
            case "review_conference" -> Meeting.Kind.REVIEW_CONFERENCE;
            case "intersessional" -> Meeting.Kind.INTERSESSIONAL;
            case "preparatory" -> Meeting.Kind.PREPARATORY;
            default -> Meeting.Kind.MEETING_OF_STATES_PARTIES;
        };
    }

    /** The case's own register of instances of use, through the real loader's checks; none when it gives none. */
    private static org.lapcheck.model.UseRegister register(RuleCaseFile file, RuleCase c) {
        if (c.register() == null) {
            return org.lapcheck.model.UseRegister.NONE;
        }
        Map<String, Object> doc = new LinkedHashMap<>(c.register());
        doc.putIfAbsent("format", "lapcheck-use-register/1");
        return ReferenceDataLoader.useRegisterFromText(file.file() + ":" + c.line(), SafeYaml.dump(doc));
    }

    private static Machinery machinery(RuleCaseFile file, RuleCase c) {
        if (c.machinery() == null) {
            return null;
        }
        Map<String, Object> doc = new LinkedHashMap<>(c.machinery());
        doc.putIfAbsent("format", "lapcheck-machinery/1");
        return ReferenceDataLoader.machineryFromText(file.file() + ":" + c.line(), SafeYaml.dump(doc));
    }
}
