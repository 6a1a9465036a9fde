package org.lapcheck.report;

import org.lapcheck.findings.Diff;
import org.lapcheck.findings.Change;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Severity;

/**
 * summary.md — what changed since the previous assessment first, then counts, findings by state, indicators and
 * provenance — and {@code states/<ISO3>.md}, one per state, worded so a coordinator can paste it into a letter.
 * Everything a state wrote is escaped ({@link Text}); code spans carry ids and file locations.
 */
public final class MarkdownRenderer implements ViewRenderer {

    public static final String SUMMARY = "summary.md";


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        out.put(SUMMARY, summary(view));
        for (String state : view.states()) {
            out.put("states/" + ReportView.slug(state) + ".md", state(view, state));
        }
    }

    static String summary(ReportContext context) {
        return summary(ReportView.of(context)).toString();
    }

    private static CharSequence summary(ReportView view) {
        Labels l = view.labels;
        Assessment a = view.assessment;
        StringBuilder md = new StringBuilder(Math.max(1 << 16, 480 * view.assessment.findings().size())); // ~440 each
        md.append("# ").append(l.get("title.assessment", l.date(a.asOf()))).append("\n\n");
        if (view.diff.present()) {
            diff(view, md);
        }
        long concerns = ReportView.concerns(a.findings()).size();
        md.append(l.get("summary.counts", l.number(a.statesAssessed().size()), l.number(concerns),
                l.number(view.earlyWarnings()), l.number(ReportView.positives(a.findings()).size()))).append("\n\n");
        md.append("| ").append(l.get("label.severity")).append(" | ").append(l.get("label.findings")).append(" |\n|---|---:|\n");
        for (Severity s : Severity.WORST_FIRST) {
            md.append("| ").append(l.severity(s)).append(" | ").append(l.number(a.count(s))).append(" |\n");
        }
        md.append('\n');
        if (!view.machinery().isEmpty()) {
            md.append("## ").append(l.get("heading.machinery")).append("\n\n");
            view.machinery().forEach(f -> item(view, md, f));
            md.append('\n');
        }
        md.append("## ").append(l.get("heading.by_state")).append("\n\n");
        for (String state : view.states()) {
            List<Finding> findings = view.findingsOf(state);
            if (findings.isEmpty()) {
                continue;
            }
            md.append("### ").append(Text.markdown(view.stateLabel(state))).append("\n\n");
            List<Finding> toAddress = ReportView.concerns(findings);
            // "Report not on file" is one line per state here; findings.json and the state's page keep every year.
            List<Finding> notOnFile = toAddress.stream().filter(f -> org.lapcheck.findings.ReportsNotOnFile.is(f)).toList();
            toAddress.stream().filter(f -> !notOnFile.contains(f)).forEach(f -> item(view, md, f));
            notOnFile(view, md, notOnFile);
            List<Finding> positive = ReportView.positives(findings);
            if (!positive.isEmpty()) {
                md.append(toAddress.isEmpty() ? "" : "\n").append(l.get("state.done_well")).append(l.colon().strip()).append("\n\n");
                positive.forEach(f -> item(view, md, f));
            }
            md.append('\n');
        }
        List<Finding> acknowledged = ReportView.acknowledged(a.findings());
        if (!acknowledged.isEmpty()) {
            md.append("## ").append(l.get("ack.heading")).append(" (").append(l.number(acknowledged.size())).append(")\n\n")
                    .append(l.get("ack.intro")).append("\n\n");
            for (Finding f : acknowledged) {
                md.append("- **").append(l.severity(f.severity())).append("** ").append(Text.markdown(view.stateLabel(f.state())))
                        .append(l.colon()).append(Text.markdown(view.rules.message(f))).append(" — ").append(Text.code(f.id()))
                        .append("  \n  ").append(Text.markdown(view.acknowledgement(f))).append('\n');
            }
            md.append('\n');
        }
        long quiet = view.states().stream().filter(s -> view.findingsOf(s).isEmpty()).count();
        if (quiet > 0) {
            md.append(l.get("summary.without_findings", l.number(quiet))).append("\n\n");
        }
        indicators(view, md);
        if (UseAccountReport.shown(view)) {
            UseAccountReport.markdown(view, md);
        }
        untranslated(view, md, view.untranslated());
        provenance(view, md, a.provenance().inputs());
        return md;
    }

    private static void diff(ReportView view, StringBuilder md) {
        Labels l = view.labels;
        Diff d = view.diff;
        md.append("## ").append(l.get("diff.heading", l.date(d.previousAsOf()))).append("\n\n");
        md.append(l.get("diff.counts", l.number(d.count(Change.NEW)), l.number(d.count(Change.PERSISTING)),
                l.number(d.count(Change.RESOLVED)))).append("\n\n");
        List<Finding> added = view.assessment.findings().stream().filter(f -> d.of(f) == Change.NEW).toList();
        if (!added.isEmpty()) {
            md.append(l.get("diff.new")).append("\n\n");
            added.forEach(f -> diffItem(view, md, f));
            md.append('\n');
        }
        if (!d.resolved().isEmpty()) {
            md.append(l.get("diff.resolved")).append("\n\n");
            d.resolved().forEach(f -> diffItem(view, md, f));
            md.append('\n');
        }
        if (!d.noLongerAssessed().isEmpty()) {
            md.append(l.get("diff.no_longer_assessed", d.noLongerAssessed().stream().map(view::stateLabel)
                    .map(Text::markdown).collect(Collectors.joining(", ")))).append("\n\n");
        }
    }

    private static void diffItem(ReportView view, StringBuilder md, Finding f) {
        md.append("- **").append(view.labels.severity(f.severity())).append("** ")
                .append(Text.markdown(view.stateLabel(f.state()))).append(view.labels.colon())
                .append(Text.markdown(view.rules.message(f))).append(" — ").append(Text.code(f.id())).append('\n');
    }

    /** A state's reports not on file, one line: the years with their due dates, then the ids. */
    private static void notOnFile(ReportView view, StringBuilder md, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Severity worst = findings.stream().map(Finding::severity).max(Severity::compareTo).orElseThrow();
        md.append("- **").append(view.labels.severity(worst)).append("** ").append(Text.markdown(view.notOnFileLine(findings)))
                .append(" — ").append(String.join(", ", findings.stream().map(f -> Text.code(f.id())).toList())).append('\n');
    }

    private static void item(ReportView view, StringBuilder md, Finding f) {
        md.append("- **").append(view.labels.severity(f.severity())).append("** ");
        Change change = view.diff.of(f);
        if (change != null) {
            md.append('_').append(view.labels.change(change)).append("_ ");
        }
        md.append(Text.markdown(view.rules.message(f))).append(" — ").append(Text.code(f.id()));
        if (!f.where().isEmpty()) {
            md.append(", ").append(Text.code(f.where()));
        }
        if (view.expiredAcknowledgement(f) != null) {
            md.append(" ").append(Text.markdown(view.expiredAcknowledgement(f)));
        }
        md.append('\n');
    }

    private static void indicators(ReportView view, StringBuilder md) {
        Labels l = view.labels;
        if (view.assessment.indicators().isEmpty()) {
            return;
        }
        md.append("## ").append(l.get("heading.indicators")).append("\n\n| ").append(l.get("label.action")).append(" | | ")
                .append(l.get("label.applicable")).append(" | ").append(l.get("label.met")).append(" | ")
                .append(l.get("label.share")).append(" |\n|---:|---|---:|---:|---:|\n");
        for (Indicator i : view.assessment.indicators()) {
            md.append("| ").append(i.action()).append(" | ").append(Text.cell(view.actionTitle(i.action()))).append(" | ")
                    .append(l.number(i.applicable())).append(" | ").append(l.number(i.met())).append(" | ")
                    .append(i.applicable() == 0 ? "–" : l.percent(i.share())).append(" |\n");
        }
        md.append('\n');
    }

    private static void untranslated(ReportView view, StringBuilder md, List<String> missing) {
        if (!missing.isEmpty()) {
            md.append("> ").append(view.labels.get("note.untranslated",
                    missing.stream().map(Text::code).collect(Collectors.joining(", ")))).append("\n\n");
        }
    }

    private static void provenance(ReportView view, StringBuilder md, List<InputFile> inputs) {
        Labels l = view.labels;
        Assessment a = view.assessment;
        md.append("---\n").append(l.get("provenance.line", Text.markdown(a.provenance().toolVersion()),
                Text.code(a.provenance().rulesetSha256()), l.number(a.provenance().rules()),
                l.number(a.provenance().actionsCovered()), l.date(a.asOf()))).append("\n");
        if (!inputs.isEmpty()) {
            md.append('\n').append(l.get("provenance.inputs")).append(l.colon().strip()).append("\n\n");
            inputs.forEach(i -> md.append("- ").append(Text.code(i.file())).append(" sha256 ").append(Text.code(i.sha256())).append('\n'));
        }
    }

    private static CharSequence state(ReportView view, String state) {
        Labels l = view.labels;
        ReportView.StateFindings of = view.stateFindings(state);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Text.markdown(view.stateLabel(state))).append("\n\n");
        md.append(l.get("state.subtitle", l.date(view.assessment.asOf()))).append("\n\n");
        String change = view.changeSince(state);
        if (change != null) {
            md.append(change).append("\n\n");
        }
        md.append("## ").append(l.get("state.findings")).append("\n\n");
        if (of.concerns().isEmpty()) {
            md.append(l.get("state.no_findings")).append("\n\n");
        }
        int n = 1;
        for (Finding f : of.concerns()) {
            finding(view, md, n++, f);
        }
        if (!of.positives().isEmpty()) {
            md.append("## ").append(l.get("state.done_well")).append("\n\n");
            for (Finding f : of.positives()) {
                finding(view, md, n++, f);
            }
        }
        List<Finding> acknowledged = ReportView.acknowledged(of.all());
        if (!acknowledged.isEmpty()) {
            md.append("## ").append(l.get("ack.heading")).append("\n\n").append(l.get("ack.intro")).append("\n\n");
            for (Finding f : acknowledged) {
                finding(view, md, n++, f);
            }
        }
        List<ReportView.Milestone> milestones = ReportView.milestones(of.all());
        if (!milestones.isEmpty()) {
            md.append("## ").append(l.get("state.timeline")).append("\n\n| ").append(l.get("label.date")).append(" | ")
                    .append(l.get("label.what")).append(" | ").append(l.get("label.finding")).append(" |\n|---|---|---|\n");
            for (ReportView.Milestone m : milestones) {
                md.append("| ").append(l.date(m.date())).append(" | ").append(Text.cell(l.param(m.param()))).append(" | ")
                        .append(Text.cell(view.rules.title(m.finding()))).append(" |\n");
            }
            md.append("| ").append(l.date(view.assessment.asOf())).append(" | ").append(l.get("timeline.today"))
                    .append(" | |\n\n");
        }
        List<Finding> resolved = view.diff.resolvedFor(state);
        if (!resolved.isEmpty()) {
            md.append("## ").append(l.get("diff.resolved_since", l.date(view.diff.previousAsOf()))).append("\n\n");
            resolved.forEach(f -> md.append("- ").append(Text.markdown(view.rules.message(f))).append(" — ")
                    .append(Text.code(f.id())).append('\n'));
            md.append('\n');
        }
        untranslated(view, md, view.untranslated(state));
        List<InputFile> own = view.inputsBehind(of.all());
        provenance(view, md, own);
        return md;
    }

    private static void finding(ReportView view, StringBuilder md, int n, Finding f) {
        Labels l = view.labels;
        md.append("### ").append(n).append(". ").append(Text.markdown(capitalised(view.rules.title(f)))).append("\n\n");
        md.append("**").append(l.severity(f.severity())).append("** · ").append(l.kind(f.kind()));
        Change change = view.diff.of(f);
        if (change != null) {
            md.append(" · _").append(l.change(change)).append('_');
        }
        md.append("\n\n").append(Text.markdown(view.rules.message(f))).append("\n\n");
        if (f.isAcknowledged()) {
            md.append("- ").append(Text.markdown(l.get("ack.skipped", view.acknowledgement(f)))).append('\n');
        }
        if (view.expiredAcknowledgement(f) != null) {
            md.append("- ").append(Text.markdown(view.expiredAcknowledgement(f))).append('\n');
        }
        if (f.expected() != null) {
            md.append("- ").append(l.get("finding.expected")).append(l.colon()).append(Text.markdown(view.rules.expected(f))).append('\n');
        }
        if (f.actual() != null) {
            md.append("- ").append(l.get("finding.actual")).append(l.colon()).append(Text.markdown(view.rules.actual(f))).append('\n');
        }
        if (!f.actions().isEmpty()) {
            md.append("- ").append(f.actions().stream()
                    .map(a -> Text.markdown(view.actionLabel(a))).collect(Collectors.joining("; ")));
            if (f.article() != null) {
                md.append(" (").append(Text.markdown(view.labels.article(f.article()))).append(')');
            }
            md.append('\n');
        }
        f.evidence().forEach(e -> md.append("- ").append(l.get("finding.evidence")).append(l.colon()).append(Text.code(e.location()))
                .append(e.path() == null ? "" : " " + Text.code(e.path())).append('\n'));
        md.append("- ").append(l.get("finding.id")).append(l.colon()).append(Text.code(f.id())).append("\n\n");
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
