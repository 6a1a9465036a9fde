package org.lapcheck.report;

import org.lapcheck.findings.Change;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.InputFile;

/**
 * junit.xml: one test suite per state (and one for the convention's machinery when it has findings), one test
 * case per state and LAP action. A gap, a missing report or an early warning fails the case; an input error is an
 * error (the file could not be judged); otherwise the case passes, with what was done well in its output. CI
 * systems that read JUnit show a state its file at a glance.
 */
public final class JunitRenderer implements ViewRenderer {

    public static final String FILE = "junit.xml";
    private static final Set<FindingKind> FAILING = Set.of(FindingKind.GAP, FindingKind.NOT_REPORTED, FindingKind.EARLY_WARNING);


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        out.put(FILE, document(view));
    }

    private record Case(String name, List<Finding> findings) {
        long failures() {
            return findings.stream().filter(f -> FAILING.contains(f.kind()) && !f.isAcknowledged()).count() > 0
                    && errors() == 0 ? 1 : 0;
        }

        /** Skipped: every finding needing follow-up here was acknowledged by the machinery. */
        long skipped() {
            return failures() == 0 && errors() == 0 && findings.stream().anyMatch(Finding::isAcknowledged) ? 1 : 0;
        }

        long errors() {
            return findings.stream().anyMatch(f -> f.kind() == FindingKind.INPUT_ERROR && !f.isAcknowledged()) ? 1 : 0;
        }
    }

    private record Suite(String state, String name, List<Case> cases, List<InputFile> inputs) {
        long failures() {
            return cases.stream().mapToLong(Case::failures).sum();
        }

        long errors() {
            return cases.stream().mapToLong(Case::errors).sum();
        }

        long skipped() {
            return cases.stream().mapToLong(Case::skipped).sum();
        }
    }

    private static CharSequence document(ReportView view) {
        List<Suite> suites = suites(view);
        StringBuilder x = new StringBuilder(Math.max(1 << 16, 700 * view.assessment.findings().size())) // ~660 each
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = suites.stream().mapToLong(s -> s.cases().size()).sum();
        x.append("<testsuites name=\"").append(attr(view.labels.get("junit.title", view.labels.date(view.assessment.asOf()))))
                .append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(suites.stream().mapToLong(Suite::failures).sum())
                .append("\" errors=\"").append(suites.stream().mapToLong(Suite::errors).sum())
                .append("\" skipped=\"").append(suites.stream().mapToLong(Suite::skipped).sum()).append("\">\n");
        for (Suite s : suites) {
            suite(view, s, x);
        }
        x.append("</testsuites>\n");
        return x;
    }

    private static List<Suite> suites(ReportView view) {
        // Each input goes to the state its file is named after, found in one pass (not one per state).
        Set<String> states = new HashSet<>(view.states());
        Map<String, List<InputFile>> owned = new HashMap<>();
        List<InputFile> unmatched = new ArrayList<>();
        for (InputFile input : view.assessment.provenance().inputs()) {
            String stem = stem(input);
            if (states.contains(stem)) {
                owned.computeIfAbsent(stem, k -> new ArrayList<>()).add(input);
            } else {
                unmatched.add(input);
            }
        }
        List<Suite> suites = new ArrayList<>();
        for (String state : view.states()) {
            suites.add(new Suite(state, view.stateLabel(state), cases(view, view.findingsOf(state), view.actions()),
                    owned.getOrDefault(state, List.of())));
        }
        // The machinery's suite also carries the inputs no state owns (membership, calendar, machinery).
        if (!view.machinery().isEmpty() || !unmatched.isEmpty()) {
            List<Integer> actions = view.machinery().stream().flatMap(f -> f.actions().stream()).distinct().sorted().toList();
            suites.add(new Suite(null, view.stateLabel(null), cases(view, view.machinery(), actions), unmatched));
        }
        return suites;
    }

    /** A submission's file name without its extension: the state it reports for ({@code 2025/DEU.yaml} is DEU). */
    private static String stem(InputFile input) {
        String file = input.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        int dot = file.lastIndexOf('.');
        return file.substring(slash + 1, dot > slash ? dot : file.length());
    }

    /** A case per action (every action for a state; the machinery's own actions only), and one for findings outside them. */
    private static List<Case> cases(ReportView view, List<Finding> findings, List<Integer> actions) {
        List<Case> cases = new ArrayList<>();
        for (int action : actions) {
            cases.add(new Case(view.actionLabel(action), findings.stream().filter(f -> ReportView.covers(f, action)).toList()));
        }
        List<Finding> outside = findings.stream().filter(f -> f.action() == null && f.actions().isEmpty()).toList();
        if (!outside.isEmpty()) {
            cases.add(new Case(view.labels.get("action.none"), outside));
        }
        return cases;
    }

    private static void suite(ReportView view, Suite s, StringBuilder x) {
        x.append("  <testsuite name=\"").append(attr(s.name())).append("\" tests=\"").append(s.cases().size())
                .append("\" failures=\"").append(s.failures()).append("\" errors=\"").append(s.errors())
                .append("\" skipped=\"").append(s.skipped()).append("\" timestamp=\"").append(view.assessment.asOf()).append("T00:00:00\">\n");
        x.append("    <properties>\n");
        property(x, "as_of", view.assessment.asOf().toString());
        property(x, "lapcheck.version", view.assessment.provenance().toolVersion());
        property(x, "ruleset.sha256", view.assessment.provenance().rulesetSha256());
        for (InputFile i : s.inputs()) {
            property(x, "input." + i.file(), i.sha256());
        }
        x.append("    </properties>\n");
        String classname = "lapcheck." + ReportView.slug(s.state());
        for (Case c : s.cases()) {
            x.append("    <testcase classname=\"").append(attr(classname)).append("\" name=\"").append(attr(c.name())).append('"');
            List<Finding> concerns = ReportView.concerns(c.findings());
            List<Finding> positives = ReportView.positives(c.findings());
            List<Finding> acknowledged = ReportView.acknowledged(c.findings());
            if (concerns.isEmpty() && positives.isEmpty() && acknowledged.isEmpty()) {
                x.append("/>\n");
                continue;
            }
            x.append(">\n");
            if (!concerns.isEmpty()) {
                Finding worst = concerns.stream().max((a, b) -> a.severity().compareTo(b.severity())).orElseThrow();
                String element = c.errors() > 0 ? "error" : c.failures() > 0 ? "failure" : null;
                if (element != null) {
                    String more = concerns.size() > 1 ? " " + view.labels.get("junit.more", concerns.size() - 1) : "";
                    x.append("      <").append(element).append(" type=\"").append(worst.kind().id()).append("\" message=\"")
                            .append(attr(headline(view, worst) + more)).append("\">")
                            .append(text(concerns.stream().map(f -> detail(view, f)).collect(Collectors.joining("\n\n"))))
                            .append("</").append(element).append(">\n");
                }
            }
            if (c.skipped() > 0) {
                x.append("      <skipped message=\"").append(attr(acknowledged.stream()
                        .map(f -> view.labels.get("ack.skipped", view.acknowledgement(f)) + " [" + f.id() + "]")
                        .collect(Collectors.joining("; ")))).append("\"/>\n");
            }
            if (!positives.isEmpty()) {
                x.append("      <system-out>").append(text(view.labels.get("state.done_well") + "\n"
                        + positives.stream().map(f -> detail(view, f)).collect(Collectors.joining("\n\n"))))
                        .append("</system-out>\n");
            }
            x.append("    </testcase>\n");
        }
        List<Finding> resolved = view.diff.resolvedFor(s.state());
        if (!resolved.isEmpty()) {
            x.append("    <system-out>").append(text(view.labels.get("diff.resolved_since", view.labels.date(view.diff.previousAsOf()))
                    + "\n" + resolved.stream().map(f -> "- " + view.rules.message(f) + " [" + f.id() + "]")
                            .collect(Collectors.joining("\n"))))
                    .append("</system-out>\n");
        }
        x.append("  </testsuite>\n");
    }

    private static String headline(ReportView view, Finding f) {
        Change change = view.diff.of(f);
        String mark = change == null ? "" : "[" + view.labels.change(change) + "] ";
        return mark + view.labels.severity(f.severity()) + view.labels.colon() + view.rules.message(f);
    }

    private static String detail(ReportView view, Finding f) {
        StringBuilder d = new StringBuilder(headline(view, f));
        if (f.expected() != null) {
            d.append('\n').append(view.labels.get("finding.expected")).append(view.labels.colon()).append(view.rules.expected(f));
        }
        if (f.actual() != null) {
            d.append('\n').append(view.labels.get("finding.actual")).append(view.labels.colon()).append(view.rules.actual(f));
        }
        f.evidence().forEach(e -> d.append('\n').append(view.labels.get("finding.evidence")).append(view.labels.colon()).append(e.location())
                .append(e.path() == null ? "" : " (" + e.path() + ")"));
        d.append('\n').append(view.labels.get("finding.id")).append(view.labels.colon()).append(f.id());
        return d.toString();
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("      <property name=\"").append(attr(name)).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    private static String attr(String s) {
        return Html.escape(s).replace("\n", "&#10;").replace("\t", "&#9;");
    }

    private static String text(String s) {
        return Html.escape(s);
    }
}
