package org.lapcheck.report;

import org.lapcheck.findings.Change;
import org.lapcheck.findings.Diff;
import org.lapcheck.wording.MessageCatalog;
import org.lapcheck.wording.Formats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Severity;

/**
 * One assessment as every renderer reads it: worded in one language, compared with the previous assessment,
 * grouped by state, area and action. Built once per rendering; renderers only lay it out.
 */
final class ReportView {

    /** The LAP sections as coordinator areas, in the plan's order: the columns of the states × sections matrix. */
    static final List<String> AREAS = org.lapcheck.model.Area.sectionCodes();



    final ReportContext context;
    final Assessment assessment;
    final Labels labels;
    final MessageCatalog rules;
    final Diff diff;
    private final Map<String, List<Finding>> byState = new LinkedHashMap<>();
    private final List<Finding> machinery = new ArrayList<>();
    // Indexes built once, so that a page per state or per action costs its own findings, not all of them.
    private final List<Integer> actions;
    private final Map<Integer, List<Finding>> byAction = new LinkedHashMap<>();
    private final Map<Integer, Indicator> indicators = new LinkedHashMap<>();
    private final Map<Integer, Indicator> previousIndicators = new LinkedHashMap<>();
    private final Map<String, Integer> inputOrder = new HashMap<>();

    private ReportView(ReportContext context) {
        this.context = context;
        this.assessment = context.assessment();
        this.labels = Labels.of(context.locale());
        this.rules = MessageCatalog.load(context.ruleMessages(), context.locale());
        this.diff = Diff.between(context.assessment(), context.previous());
        TreeSet<String> states = new TreeSet<>(assessment.statesAssessed());
        assessment.findings().stream().map(Finding::state).filter(Objects::nonNull).forEach(states::add);
        states.forEach(s -> byState.put(s, new ArrayList<>()));
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Finding f : assessment.findings()) {
            (f.state() == null ? machinery : byState.get(f.state())).add(f);
            TreeSet<Integer> own = new TreeSet<>(f.actions());
            if (f.action() != null) {
                own.add(f.action());
            }
            own.forEach(n -> byAction.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
            numbers.addAll(own);
        }
        assessment.indicators().forEach(i -> {
            numbers.add(i.action());
            indicators.putIfAbsent(i.action(), i);
        });
        if (context.previous() != null) {
            context.previous().indicators().forEach(i -> previousIndicators.putIfAbsent(i.action(), i));
        }
        this.actions = List.copyOf(numbers);
        List<InputFile> inputs = assessment.provenance().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            inputOrder.putIfAbsent(inputs.get(i).file(), i);
        }
    }

    static ReportView of(ReportContext context) {
        return new ReportView(context);
    }

    /** Every state assessed or named by a finding, by ISO3 code. */
    List<String> states() {
        return List.copyOf(byState.keySet());
    }

    List<Finding> findingsOf(String state) {
        return state == null ? List.copyOf(machinery) : byState.getOrDefault(state, List.of());
    }

    List<Finding> machinery() {
        return List.copyOf(machinery);
    }

    /** A state's findings (the machinery's for null), with the two parts its page shows apart. */
    record StateFindings(List<Finding> all, List<Finding> concerns, List<Finding> positives) {}

    StateFindings stateFindings(String state) {
        List<Finding> all = findingsOf(state);
        return new StateFindings(all, concerns(all), positives(all));
    }

    /**
     * How a state's findings stand against the previous assessment, as one sentence in the report's language (new,
     * unchanged, no longer raised); null when there is no previous assessment.
     */
    String changeSince(String state) {
        if (!diff.present()) {
            return null;
        }
        List<Finding> findings = findingsOf(state);
        long added = findings.stream().filter(f -> diff.of(f) == Change.NEW).count();
        long persisting = findings.stream().filter(f -> diff.of(f) == Change.PERSISTING).count();
        return labels.get("state.diff", labels.date(diff.previousAsOf()), labels.number(added), labels.number(persisting),
                labels.number(diff.resolvedFor(state).size()));
    }

    /** What needs follow-up: not positive, and not acknowledged by the machinery (those are shown apart). */
    static List<Finding> concerns(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() != FindingKind.POSITIVE && !f.isAcknowledged()).toList();
    }

    /** Findings the machinery acknowledged: still findings, shown in a section of their own. */
    static List<Finding> acknowledged(List<Finding> findings) {
        return findings.stream().filter(Finding::isAcknowledged).toList();
    }

    /** "Acknowledged by OFFICE on DATE until DATE: REASON", in the report's language. */
    String acknowledgement(Finding f) {
        org.lapcheck.model.Acknowledgement k = f.acknowledged();
        return labels.get("ack.line", k.by() == null ? labels.get("ack.by_unknown") : k.by(),
                labels.date(k.until()), k.reason());
    }

    /** For a finding whose acknowledgement lapsed: when, and what it was; null otherwise. */
    String expiredAcknowledgement(Finding f) {
        org.lapcheck.model.Acknowledgement k = f.expiredAcknowledgement();
        return k == null ? null : labels.get("ack.expired", labels.date(k.until()), k.reason());
    }

    static List<Finding> positives(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() == FindingKind.POSITIVE).toList();
    }

    /** The state's name in the report's language (CLDR's, or the UN's where they differ); English as given. */
    String stateName(String iso3) {
        return iso3 == null ? labels.get("state.machinery")
                : org.lapcheck.wording.StateNames.name(iso3, labels.locale(), context.stateNames().getOrDefault(iso3, iso3));
    }

    /** "Germany (DEU)", or the code alone when no name is known. */
    String stateLabel(String iso3) {
        String name = stateName(iso3);
        return iso3 == null || name.equals(iso3) ? name : name + " (" + iso3 + ")";
    }

    /** Every LAP action with an indicator or a finding, ascending. */
    List<Integer> actions() {
        return actions;
    }

    Optional<Indicator> indicator(int action) {
        return Optional.ofNullable(indicators.get(action));
    }

    Optional<Indicator> previousIndicator(int action) {
        return Optional.ofNullable(previousIndicators.get(action));
    }

    /** The findings that bear on one action, in the assessment's order. */
    List<Finding> findingsOn(int action) {
        return Collections.unmodifiableList(byAction.getOrDefault(action, List.of()));
    }

    static boolean covers(Finding f, int action) {
        return f.actions().contains(action) || Objects.equals(f.action(), action);
    }

    String actionTitle(int action) {
        return rules.actionTitle(action, context.actionTitle(action));
    }

    /** The confidence code (V, P, R, U) of the catalogue's wording of the action, or "" when the context has none. */
    String actionConfidence(int action) {
        return context.actionConfidence(action);
    }

    /** "LAP Action 43: Initial and annual reports on time" in the report's language. */
    String actionLabel(int action) {
        String title = actionTitle(action);
        return title.isEmpty() ? labels.get("action.number", action) : labels.get("action.titled", action, title);
    }

    /** The worst severity among a state's concerns in one area, or empty when it has none there. */
    Optional<Severity> worst(List<Finding> findings, String area) {
        return concerns(findings).stream().filter(f -> Objects.equals(f.area(), area)).map(Finding::severity)
                .max(Enum::compareTo);
    }

    boolean hasPositive(List<Finding> findings, String area) {
        return positives(findings).stream().anyMatch(f -> Objects.equals(f.area(), area));
    }

    /** Areas findings use beyond the known LAP sections, so none is left out of the matrix. */
    List<String> areas() {
        List<String> areas = new ArrayList<>(AREAS);
        assessment.findings().stream().map(Finding::area).filter(a -> a != null && !areas.contains(a)).distinct()
                .sorted().forEach(areas::add);
        return areas;
    }

    long earlyWarnings() {
        return assessment.findings().stream().filter(f -> f.kind() == FindingKind.EARLY_WARNING && !f.isAcknowledged()).count();
    }

    /** Rule ids shown in English for want of a translation, among all findings and resolved ones. */
    List<String> untranslated() {
        List<Finding> all = new ArrayList<>(assessment.findings());
        all.addAll(diff.resolved());
        return rules.missing(all);
    }

    /** The same for one state's page: its findings and its resolved ones. */
    List<String> untranslated(String state) {
        List<Finding> all = new ArrayList<>(findingsOf(state));
        all.addAll(diff.resolvedFor(state));
        return rules.missing(all);
    }

    /** A file name for a state's page: its code, with anything unexpected in a code made harmless. */
    static String slug(String iso3) {
        return iso3 == null ? "CCM" : safe(iso3, '_');
    }

    /** {@code text} with every character other than ASCII letters, digits, '_' and '-' replaced by {@code with}. */
    static String safe(String text, char with) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                chars[i] = with;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** A dated moment of a state's findings: a deadline, a submission, an entry into force. */
    record Milestone(java.time.LocalDate date, String param, Finding finding) {}

    /**
     * The dates a state's findings rest on, taken from their params (ISO dates such as {@code due},
     * {@code submitted}, {@code eif}), earliest first; the as-of date is the "today" line, not a milestone.
     */
    static List<Milestone> milestones(List<Finding> findings) {
        Map<String, Milestone> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            f.params().forEach((name, value) -> {
                if (!"as_of".equals(name) && Formats.isIsoDate(value)) {
                    unique.putIfAbsent(value + "|" + name + "|" + f.ruleId() + "|" + f.year(),
                            new Milestone(java.time.LocalDate.parse(value), name, f));
                }
            });
        }
        return unique.values().stream()
                .sorted(java.util.Comparator.comparing(Milestone::date).thenComparing(Milestone::param)
                        .thenComparing(m -> m.finding().id()))
                .toList();
    }

    /**
     * The input files the given findings rest on, in provenance order. Looked up from the findings' evidence, so a
     * state's page costs its own findings: scanning every input for each state was quadratic in reports.
     */
    List<InputFile> inputsBehind(List<Finding> findings) {
        TreeSet<Integer> positions = new TreeSet<>();
        findings.forEach(f -> f.evidence().forEach(e -> {
            Integer at = inputOrder.get(e.file());
            if (at != null) {
                positions.add(at);
            }
        }));
        List<InputFile> inputs = assessment.provenance().inputs();
        return positions.stream().map(inputs::get).toList();
    }

    String shortHash() {
        String sha = assessment.provenance().rulesetSha256();
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
    }

    /**
     * One state's reports not on file in one sentence: the years (or the initial report) with their due dates, what
     * changed since the previous assessment, and the way forward once.
     */
    String notOnFileLine(List<Finding> findings) {
        List<String> owed = new java.util.ArrayList<>();
        for (Finding f : org.lapcheck.findings.ReportsNotOnFile.byYear(findings)) {
            String due = f.params().get("due");
            List<String> notes = new java.util.ArrayList<>();
            if (due != null) {
                notes.add(labels.get("not_on_file.due", labels.date(java.time.LocalDate.parse(due))));
            }
            if (diff.of(f) != null) {
                notes.add(labels.change(diff.of(f)));
            }
            if ("T-ANNUAL-OVERDUE-OBLIGATED".equals(f.ruleId())) {
                notes.add(labels.get("not_on_file.obligated"));
            }
            // the language's own punctuation: "؛ " and "، " in Arabic, "；", "，" and full-width brackets in Chinese
            owed.add((f.year() == null ? labels.get("not_on_file.initial") : String.valueOf(f.year()))
                    + (notes.isEmpty() ? "" : labels.get("punct.parenthesised", String.join(labels.get("punct.comma"), notes))));
        }
        return labels.get("not_on_file.line", String.join(labels.get("punct.semicolon"), owed));
    }

    /** The findings with each state's reports not on file gathered behind the first of them, in the order given. */
    static List<List<Finding>> gatherNotOnFile(List<Finding> findings) {
        java.util.Map<Object, List<Finding>> groups = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            Object key = org.lapcheck.findings.ReportsNotOnFile.is(f) ? "not-on-file:" + f.state() : f;
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(f);
        }
        return List.copyOf(groups.values());
    }
}
