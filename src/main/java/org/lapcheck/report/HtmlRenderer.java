package org.lapcheck.report;

import org.lapcheck.findings.Diff;
import org.lapcheck.findings.Change;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Severity;

/**
 * A static site that works opened from disk: {@code index.html} (the overview a troika member reads first, the
 * states × sections heat map, the indicators and the universalization trend), {@code states/<ISO3>.html} and
 * {@code actions/<N>.html}; the charts also as {@code charts/*.svg} for slides. No script, no file fetched:
 * CSS and SVG are inline, and a Content-Security-Policy forbids anything else, so even text that escaped escaping
 * could not run.
 */
public final class HtmlRenderer implements ViewRenderer {

    public static final String INDEX = "index.html";


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        ReportContext context = view.context;
        MembershipTrend.Projection projection = MembershipTrend.project(context.partiesPerYear());
        out.put(INDEX, index(view, projection));
        for (String state : view.states()) {
            out.put("states/" + ReportView.slug(state) + ".html", statePage(view, state));
        }
        for (int action : view.actions()) {
            out.put("actions/" + action + ".html", actionPage(view, action));
        }
        out.put("charts/heatmap.svg", Charts.heatMap(view, "../states/"));
        if (!view.assessment.indicators().isEmpty()) {
            out.put("charts/indicators.svg", Charts.indicators(view, "../actions/"));
        }
        if (projection != null) {
            out.put("charts/membership.svg", Charts.membership(view, projection));
        }
        if (UseAccountReport.shown(view)) {
            out.put(UseAccountReport.PAGE, page(view, "", view.labels.get("heading.use"),
                    view.labels.get("subtitle.as_of", view.labels.date(view.assessment.asOf())), UseAccountReport.html(view)));
            if (!view.assessment.useAccount().rows().isEmpty()) {
                out.put("charts/responses-to-use.svg", Charts.responses(view));
            }
        }
    }

    private static String h(String s) {
        return Html.escape(s);
    }

    /** Text of unknown direction (a state's name and code) isolated from what surrounds it. */
    private static String bdi(String s) {
        return "<bdi>" + h(s) + "</bdi>";
    }

    // ---------------------------------------------------------------------------------------- index

    private static CharSequence index(ReportView view, MembershipTrend.Projection projection) {
        Labels l = view.labels;
        Assessment a = view.assessment;
        StringBuilder b = new StringBuilder();
        if (view.diff.present()) {
            changeBox(view, b);
        }
        List<Finding> concerns = ReportView.concerns(a.findings());
        b.append("<section id=\"overview\"><h2>").append(h(l.get("heading.overview"))).append("</h2>\n<div class=\"figures\">");
        figure(b, l.number(a.statesAssessed().size()), l.get("figure.states"));
        figure(b, l.number(concerns.size()), l.get("figure.concerns"));
        figure(b, l.number(view.earlyWarnings()), l.get("figure.early_warnings"));
        figure(b, l.number(ReportView.concerns(view.machinery()).size()), l.get("figure.machinery"));
        figure(b, l.number(ReportView.positives(a.findings()).size()), l.get("figure.done_well"));
        b.append("</div>\n");
        severityByArea(view, b);
        b.append("</section>\n");

        List<Finding> warnings = a.findings().stream().filter(f -> f.kind() == FindingKind.EARLY_WARNING).toList();
        b.append("<section id=\"early-warnings\"><h2>").append(h(l.get("heading.early_warnings"))).append("</h2>\n");
        compactList(view, b, warnings, "", true);
        b.append("</section>\n");
        b.append("<section id=\"machinery\"><h2>").append(h(l.get("heading.machinery"))).append("</h2>\n");
        compactList(view, b, view.machinery(), "", false);
        b.append("</section>\n");
        acknowledgedSection(view, b, ReportView.acknowledged(a.findings()), "", true);

        b.append("<section id=\"matrix\"><h2>").append(h(l.get("heading.matrix"))).append("</h2>\n<p class=\"note\">")
                .append(h(l.get("matrix.note"))).append("</p>\n<div class=\"chart\">")
                .append(Charts.heatMap(view, "states/")).append("</div>\n");
        b.append("<p class=\"states\">").append(view.states().stream()
                .map(s -> "<a href=\"states/" + h(ReportView.slug(s)) + ".html\"><bdi>" + h(s) + "</bdi></a>")
                .collect(Collectors.joining(" · "))).append("</p>\n</section>\n");

        if (!a.indicators().isEmpty()) {
            b.append("<section id=\"indicators\"><h2>").append(h(l.get("heading.indicators"))).append("</h2>\n<div class=\"chart\">")
                    .append(Charts.indicators(view, "actions/")).append("</div>\n");
            indicatorTable(view, b);
            b.append("</section>\n");
        }
        if (projection != null) {
            b.append("<section id=\"universalization\"><h2>").append(h(l.get("heading.universalization"))).append("</h2>\n")
                    .append("<p>").append(h(Charts.membershipCaption(l, projection))).append("</p>\n<div class=\"chart\">")
                    .append(Charts.membership(view, projection)).append("</div>\n</section>\n");
        }
        if (UseAccountReport.shown(view)) {
            b.append("<section id=\"use\"><h2>").append(h(l.get("heading.use"))).append("</h2>\n");
            if (!a.useAccount().rows().isEmpty()) {
                b.append("<div class=\"chart\">").append(Charts.responses(view)).append("</div>\n");
            }
            b.append("<p><a href=\"").append(UseAccountReport.PAGE).append("\">").append(h(l.get("heading.use")))
                    .append("</a></p>\n</section>\n");
        }
        if (view.diff.present() && !view.diff.resolved().isEmpty()) {
            b.append("<section id=\"resolved\"><h2>").append(h(l.get("diff.resolved_since", l.date(view.diff.previousAsOf()))))
                    .append("</h2>\n");
            compactList(view, b, view.diff.resolved(), "", true);
            b.append("</section>\n");
        }
        untranslated(view, b, view.untranslated());
        provenanceDetails(view, b, a.provenance().inputs());
        return page(view, "", l.get("title.html"), l.get("subtitle.as_of", l.date(a.asOf())), b);
    }

    private static void changeBox(ReportView view, StringBuilder b) {
        Labels l = view.labels;
        Diff d = view.diff;
        b.append("<section id=\"change\" class=\"change\"><h2>").append(h(l.get("diff.heading", l.date(d.previousAsOf()))))
                .append("</h2>\n<p>").append(h(l.get("diff.counts", l.number(d.count(Change.NEW)),
                        l.number(d.count(Change.PERSISTING)), l.number(d.count(Change.RESOLVED))))).append("</p>\n");
        List<Finding> added = view.assessment.findings().stream().filter(f -> d.of(f) == Change.NEW).toList();
        if (!added.isEmpty()) {
            b.append("<h3>").append(h(l.get("diff.new"))).append("</h3>\n");
            compactList(view, b, added, "", true);
        }
        if (!d.resolved().isEmpty()) {
            b.append("<p><a href=\"#resolved\">").append(h(l.get("diff.resolved"))).append(" ")
                    .append(h(l.number(d.resolved().size()))).append("</a></p>\n");
        }
        if (!d.noLongerAssessed().isEmpty()) {
            b.append("<p class=\"note\">").append(h(l.get("diff.no_longer_assessed", d.noLongerAssessed().stream()
                    .map(view::stateLabel).collect(Collectors.joining(", "))))).append("</p>\n");
        }
        b.append("</section>\n");
    }

    private static void figure(StringBuilder b, String value, String label) {
        b.append("<div class=\"figure\"><span class=\"value\">").append(h(value)).append("</span><span class=\"label\">")
                .append(h(label)).append("</span></div>");
    }

    private static void severityByArea(ReportView view, StringBuilder b) {
        Labels l = view.labels;
        List<Finding> concerns = ReportView.concerns(view.assessment.findings());
        if (concerns.isEmpty()) {
            return;
        }
        b.append("<table class=\"counts\"><caption>").append(h(l.get("heading.by_area"))).append("</caption>\n<thead><tr><th>")
                .append(h(l.get("label.area"))).append("</th>");
        Severity.WORST_FIRST.forEach(s -> b.append("<th class=\"num\">").append(badge(l, s)).append("</th>"));
        b.append("<th class=\"num\">").append(h(l.get("label.total"))).append("</th></tr></thead>\n<tbody>\n");
        for (String area : view.areas()) {
            List<Finding> in = concerns.stream().filter(f -> Objects.equals(f.area(), area)).toList();
            if (in.isEmpty()) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(h(l.area(area))).append("</th>");
            for (Severity s : Severity.WORST_FIRST) {
                long n = in.stream().filter(f -> f.severity() == s).count();
                b.append("<td class=\"num\">").append(n == 0 ? "" : h(l.number(n))).append("</td>");
            }
            b.append("<td class=\"num\"><strong>").append(h(l.number(in.size()))).append("</strong></td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static void indicatorTable(ReportView view, StringBuilder b) {
        Labels l = view.labels;
        b.append("<table><thead><tr><th>").append(h(l.get("label.action"))).append("</th><th class=\"num\">")
                .append(h(l.get("label.applicable"))).append("</th><th class=\"num\">").append(h(l.get("label.met")))
                .append("</th><th class=\"num\">").append(h(l.get("label.share"))).append("</th>");
        if (view.diff.present()) {
            b.append("<th class=\"num\">").append(h(l.get("label.share_before", l.date(view.diff.previousAsOf())))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Indicator i : view.assessment.indicators()) {
            b.append("<tr><td><a href=\"actions/").append(i.action()).append(".html\">").append(h(view.actionLabel(i.action())))
                    .append("</a></td><td class=\"num\">").append(h(l.number(i.applicable()))).append("</td><td class=\"num\">")
                    .append(h(l.number(i.met()))).append("</td><td class=\"num\">")
                    .append(h(i.applicable() == 0 ? "–" : l.percent(i.share()))).append("</td>");
            if (view.diff.present()) {
                b.append("<td class=\"num\">").append(h(view.previousIndicator(i.action())
                        .filter(p -> p.applicable() > 0).map(p -> l.percent(p.share())).orElse("–"))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    // ---------------------------------------------------------------------------------------- state page

    private static CharSequence statePage(ReportView view, String state) {
        Labels l = view.labels;
        ReportView.StateFindings of = view.stateFindings(state);
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"figures\">");
        for (Severity s : Severity.WORST_FIRST) {
            long n = of.concerns().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                figure(b, l.number(n), l.severity(s));
            }
        }
        figure(b, l.number(of.positives().size()), l.get("figure.done_well"));
        b.append("</div>\n");
        String change = view.changeSince(state);
        if (change != null) {
            b.append("<p class=\"change\">").append(h(change)).append("</p>\n");
        }
        b.append("<section><h2>").append(h(l.get("state.findings"))).append("</h2>\n");
        if (of.concerns().isEmpty()) {
            b.append("<p>").append(h(l.get("state.no_findings"))).append("</p>\n");
        }
        of.concerns().forEach(f -> card(view, b, f));
        b.append("</section>\n");
        if (!of.positives().isEmpty()) {
            b.append("<section><h2>").append(h(l.get("state.done_well"))).append("</h2>\n");
            of.positives().forEach(f -> card(view, b, f));
            b.append("</section>\n");
        }
        List<Finding> acknowledged = ReportView.acknowledged(of.all());
        if (!acknowledged.isEmpty()) {
            b.append("<section id=\"acknowledged\"><h2>").append(h(l.get("ack.heading"))).append("</h2>\n<p class=\"note\">")
                    .append(h(l.get("ack.intro"))).append("</p>\n");
            acknowledged.forEach(f -> card(view, b, f));
            b.append("</section>\n");
        }
        List<ReportView.Milestone> milestones = ReportView.milestones(of.all());
        if (!milestones.isEmpty()) {
            b.append("<section><h2>").append(h(l.get("state.timeline"))).append("</h2>\n<div class=\"chart\">")
                    .append(Charts.timeline(view, milestones)).append("</div>\n<table><thead><tr><th>")
                    .append(h(l.get("label.date"))).append("</th><th>").append(h(l.get("label.what"))).append("</th><th>")
                    .append(h(l.get("label.finding"))).append("</th></tr></thead>\n<tbody>\n");
            for (ReportView.Milestone m : milestones) {
                b.append("<tr><td>").append(h(l.date(m.date()))).append("</td><td>").append(h(l.param(m.param())))
                        .append("</td><td><a href=\"#").append(h(anchor(m.finding()))).append("\">")
                        .append(h(view.rules.title(m.finding()))).append("</a></td></tr>\n");
            }
            b.append("</tbody></table>\n</section>\n");
        }
        List<Finding> resolved = view.diff.resolvedFor(state);
        if (!resolved.isEmpty()) {
            b.append("<section><h2>").append(h(l.get("diff.resolved_since", l.date(view.diff.previousAsOf())))).append("</h2>\n");
            compactList(view, b, resolved, "../", false);
            b.append("</section>\n");
        }
        untranslated(view, b, view.untranslated(state));
        List<InputFile> own = view.inputsBehind(of.all());
        provenanceDetails(view, b, own);
        return page(view, "../", view.stateLabel(state), l.get("state.subtitle", l.date(view.assessment.asOf())), b);
    }

    private static String anchor(Finding f) {
        return "f-" + ReportView.safe(f.id(), '-');
    }

    /** A finding in full: what, how serious, expected and found, the LAP action, and where to check it. */
    private static void card(ReportView view, StringBuilder b, Finding f) {
        Labels l = view.labels;
        String tone = f.kind() == FindingKind.POSITIVE ? "positive" : "sev-" + f.severity().id();
        b.append("<article class=\"finding ").append(tone).append("\" id=\"").append(h(anchor(f))).append("\">\n<header>");
        if (f.kind() == FindingKind.POSITIVE) {
            b.append(positiveBadge(l)).append(' ');
        } else {
            b.append(badge(l, f.severity())).append(" <span class=\"kind\">").append(h(l.kind(f.kind()))).append("</span> ");
        }
        changeBadge(view, b, view.diff.of(f));
        b.append("<h3>").append(h(MarkdownRenderer.capitalised(view.rules.title(f)))).append("</h3></header>\n");
        b.append("<p class=\"message\">").append(h(view.rules.message(f))).append("</p>\n");
        if (f.isAcknowledged()) {
            b.append("<p class=\"ack\">").append(h(l.get("ack.skipped", view.acknowledgement(f)))).append("</p>\n");
        }
        if (view.expiredAcknowledgement(f) != null) {
            b.append("<p class=\"ack-expired\">").append(h(view.expiredAcknowledgement(f))).append("</p>\n");
        }
        b.append("<dl>");
        if (f.expected() != null) {
            b.append("<dt>").append(h(l.get("finding.expected"))).append("</dt><dd>").append(h(view.rules.expected(f))).append("</dd>");
        }
        if (f.actual() != null) {
            b.append("<dt>").append(h(l.get("finding.actual"))).append("</dt><dd>").append(h(view.rules.actual(f))).append("</dd>");
        }
        if (!f.actions().isEmpty()) {
            b.append("<dt>").append(h(l.get("finding.actions"))).append("</dt><dd>").append(f.actions().stream()
                    .map(n -> "<a href=\"../actions/" + n + ".html\">" + h(view.actionLabel(n)) + "</a>")
                    .collect(Collectors.joining("; ")));
            if (f.article() != null) {
                b.append(" · ").append(h(l.article(f.article())));
            }
            b.append("</dd>");
        }
        if (!f.evidence().isEmpty()) {
            b.append("<dt>").append(h(l.get("finding.evidence"))).append("</dt><dd>");
            for (Evidence e : f.evidence()) {
                b.append("<code dir=\"ltr\">").append(h(e.location())).append("</code>");
                if (e.path() != null) {
                    b.append(" <code class=\"path\" dir=\"ltr\">").append(h(e.path())).append("</code>");
                }
                b.append("<br>");
            }
            b.append("</dd>");
        }
        if (!f.recipients().isEmpty()) {
            b.append("<dt>").append(h(l.get("finding.recipients"))).append("</dt><dd>")
                    .append(h(f.recipients().stream().map(r -> l.orElse("recipient." + r, l.area(r))).collect(Collectors.joining(", "))))
                    .append("</dd>");
        }
        b.append("<dt>").append(h(l.get("finding.id"))).append("</dt><dd><code dir=\"ltr\">").append(h(f.id())).append("</code> · ")
                .append("<span dir=\"ltr\">").append(h(f.ruleId())).append("</span></dd></dl>\n</article>\n");
    }

    // ---------------------------------------------------------------------------------------- action page

    private static CharSequence actionPage(ReportView view, int action) {
        Labels l = view.labels;
        StringBuilder b = new StringBuilder();
        // How far the catalogue's wording of the action can be trusted, so a reader weighs the findings below.
        String confidence = view.actionConfidence(action);
        if (!confidence.isEmpty()) {
            b.append("<p class=\"note confidence\">")
                    .append(h(l.get("action.confidence", confidence, l.orElse("confidence." + confidence, confidence))))
                    .append("<br>").append(h(l.get("action.confidence_legend"))).append("</p>\n");
        }
        Indicator i = view.indicator(action).orElse(null);
        if (i != null) {
            b.append("<div class=\"figures\">");
            figure(b, l.number(i.applicable()), l.get("label.applicable"));
            figure(b, l.number(i.met()), l.get("label.met"));
            figure(b, i.applicable() == 0 ? "–" : l.percent(i.share()), l.get("label.share"));
            view.previousIndicator(action).filter(p -> p.applicable() > 0).ifPresent(p ->
                    figure(b, l.percent(p.share()), l.get("label.share_before", l.date(view.diff.previousAsOf()))));
            b.append("</div>\n<div class=\"bar\" role=\"img\" aria-label=\"").append(h(l.percent(i.share())))
                    .append("\"><span style=\"width:").append(Math.round(i.share() * 100)).append("%\"></span></div>\n")
                    .append("<p class=\"note\">").append(h(l.get("action.indicator_note"))).append("</p>\n");
        } else {
            b.append("<p class=\"note\">").append(h(l.get("action.no_indicator"))).append("</p>\n");
        }
        List<Finding> on = view.findingsOn(action);
        List<Finding> concerns = ReportView.concerns(on);
        b.append("<section><h2>").append(h(l.get("action.states_falling_short"))).append("</h2>\n");
        stateTable(view, b, concerns);
        b.append("</section>\n");
        List<Finding> positives = ReportView.positives(on);
        if (!positives.isEmpty()) {
            b.append("<section><h2>").append(h(l.get("action.states_done_well"))).append("</h2>\n");
            stateTable(view, b, positives);
            b.append("</section>\n");
        }
        provenanceDetails(view, b, List.of());
        return page(view, "../", view.actionLabel(action), l.get("subtitle.as_of", l.date(view.assessment.asOf())), b);
    }

    private static void stateTable(ReportView view, StringBuilder b, List<Finding> findings) {
        Labels l = view.labels;
        if (findings.isEmpty()) {
            b.append("<p>").append(h(l.get("action.none_listed"))).append("</p>\n");
            return;
        }
        b.append("<table><thead><tr><th>").append(h(l.get("label.state"))).append("</th><th>").append(h(l.get("label.severity")))
                .append("</th><th>").append(h(l.get("label.finding"))).append("</th></tr></thead>\n<tbody>\n");
        // a state's reports not on file are one row: the years and due dates (each stays a finding on its page)
        for (List<Finding> group : ReportView.gatherNotOnFile(findings)) {
            Finding f = group.get(0);
            String href = f.state() == null ? "../index.html#machinery" : "../states/" + ReportView.slug(f.state()) + ".html#" + anchor(f);
            b.append("<tr><td><a href=\"").append(h(href)).append("\">").append(bdi(view.stateLabel(f.state()))).append("</a></td><td>")
                    .append(f.kind() == FindingKind.POSITIVE ? positiveBadge(l) : badge(l, f.severity())).append(' ');
            if (group.size() == 1) {
                changeBadge(view, b, view.diff.of(f));
            }
            b.append("</td><td>").append(h(group.size() == 1 && !org.lapcheck.findings.ReportsNotOnFile.is(f)
                    ? view.rules.message(f) : view.notOnFileLine(group))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    // ---------------------------------------------------------------------------------------- shared parts

    /** One line per finding: severity, change, state (linked), message. */
    /** The findings the machinery acknowledged, each with its reason, office and expiry; nothing when there are none. */
    private static void acknowledgedSection(ReportView view, StringBuilder b, List<Finding> findings, String root,
            boolean withState) {
        if (findings.isEmpty()) {
            return;
        }
        Labels l = view.labels;
        b.append("<section id=\"acknowledged\"><h2>").append(h(l.get("ack.heading"))).append(" (")
                .append(h(l.number(findings.size()))).append(")</h2>\n<p class=\"note\">").append(h(l.get("ack.intro")))
                .append("</p>\n<ul class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li>").append(badge(l, f.severity())).append(' ');
            if (withState) {
                stateLink(view, b, f, root);
            }
            b.append(h(view.rules.message(f))).append(" <code class=\"id\" dir=\"ltr\">").append(h(f.id())).append("</code><br>")
                    .append("<span class=\"ack\">").append(h(view.acknowledgement(f))).append("</span></li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void compactList(ReportView view, StringBuilder b, List<Finding> findings, String root, boolean withState) {
        Labels l = view.labels;
        if (findings.isEmpty()) {
            b.append("<p class=\"none\">").append(h(l.get("list.none"))).append("</p>\n");
            return;
        }
        b.append("<ul class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li>").append(f.kind() == FindingKind.POSITIVE ? positiveBadge(l) : badge(l, f.severity())).append(' ');
            changeBadge(view, b, view.diff.of(f));
            if (withState) {
                stateLink(view, b, f, root);
            }
            b.append(h(view.rules.message(f))).append(" <code class=\"id\" dir=\"ltr\">").append(h(f.id())).append("</code></li>\n");
        }
        b.append("</ul>\n");
    }

    /** The state a finding is about, linked to the finding on its page, then a colon; nothing for a finding of no state. */
    private static void stateLink(ReportView view, StringBuilder b, Finding f, String root) {
        if (f.state() != null) {
            b.append("<a href=\"").append(root).append("states/").append(h(ReportView.slug(f.state()))).append(".html#")
                    .append(h(anchor(f))).append("\">").append(bdi(view.stateLabel(f.state()))).append("</a>")
                    .append(h(view.labels.colon()));
        }
    }

    private static String positiveBadge(Labels l) {
        return "<span class=\"badge positive\">" + h(l.kind(FindingKind.POSITIVE)) + "</span>";
    }

    private static String badge(Labels l, Severity s) {
        return "<span class=\"badge sev-" + s.id() + "\">" + h(l.severity(s)) + "</span>";
    }

    private static void changeBadge(ReportView view, StringBuilder b, Change change) {
        if (change != null) {
            b.append("<span class=\"badge change-").append(change.id()).append("\">").append(h(view.labels.change(change)))
                    .append("</span> ");
        }
    }

    private static void untranslated(ReportView view, StringBuilder b, List<String> missing) {
        if (!missing.isEmpty()) {
            b.append("<p class=\"note\">").append(h(view.labels.get("note.untranslated", String.join(", ", missing)))).append("</p>\n");
        }
    }

    private static void provenanceDetails(ReportView view, StringBuilder b, List<InputFile> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        Labels l = view.labels;
        b.append("<details class=\"provenance\"><summary>").append(h(l.get("provenance.inputs"))).append(" (")
                .append(h(l.number(inputs.size()))).append(")</summary>\n<table><thead><tr><th>").append(h(l.get("label.file")))
                .append("</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        inputs.forEach(i -> b.append("<tr><td><code dir=\"ltr\">").append(h(i.file())).append("</code></td><td><code dir=\"ltr\">").append(h(i.sha256()))
                .append("</code></td></tr>\n"));
        b.append("</tbody></table></details>\n");
    }

    private static CharSequence page(ReportView view, String root, String title, String subtitle, CharSequence body) {
        Labels l = view.labels;
        Assessment a = view.assessment;
        StringBuilder p = new StringBuilder(body.length() + CSS.length() + 4096); // sized once: bodies run large
        p.append("<!DOCTYPE html>\n<html lang=\"").append(h(l.tag())).append(l.rightToLeft() ? "\" dir=\"rtl" : "")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"lapcheck ").append(h(a.provenance().toolVersion())).append("\">\n")
                .append("<title>").append(h(title)).append(" — ").append(h(subtitle)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header class=\"top\"><nav>");
        p.append("<a href=\"").append(root).append("index.html\">").append(h(l.get("nav.overview"))).append("</a>");
        List<String[]> links = new java.util.ArrayList<>();
        links.add(new String[] {"#matrix", "nav.matrix"});
        if (!a.indicators().isEmpty()) {
            links.add(new String[] {"#indicators", "nav.indicators"});
        }
        if (view.context.partiesPerYear().size() >= 2) {
            links.add(new String[] {"#universalization", "nav.universalization"});
        }
        for (String[] link : links) {
            p.append(" <a href=\"").append(root).append("index.html").append(link[0]).append("\">").append(h(l.get(link[1]))).append("</a>");
        }
        if (UseAccountReport.shown(view)) {
            p.append(" <a href=\"").append(root).append(UseAccountReport.PAGE).append("\">").append(h(l.get("nav.use"))).append("</a>");
        }
        p.append("</nav>\n<h1>").append(h(title)).append("</h1>\n<p class=\"subtitle\">").append(h(subtitle)).append("</p></header>\n")
                .append("<main>\n").append(body).append("</main>\n<footer>")
                .append(h(l.get("provenance.line", a.provenance().toolVersion(), a.provenance().rulesetSha256(),
                        l.number(a.provenance().rules()), l.number(a.provenance().actionsCovered()), l.date(a.asOf()))))
                .append(' ').append(h(l.get("provenance.input_count", l.number(a.provenance().inputs().size()))))
                .append("</footer>\n</body>\n</html>\n");
        // Right to left: every code, id, number and date inside the text kept in its own order.
        return l.rightToLeft() ? Html.isolateLeftToRight(p) : p;
    }

    private static final String CSS = """
            :root { --ink: #1a1a1a; --muted: #5a5a5a; --line: #dcdcdc; --link: #08519c; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Verdana, Arial, sans-serif; color: var(--ink); background: #fafafa; }
            :lang(ar) body { font: 16px/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "Arabic Typesetting", "Geeza Pro", "DejaVu Sans", sans-serif; }
            :lang(zh) body { font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "DejaVu Sans", sans-serif; }
            :lang(ru) body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Verdana, Arial, sans-serif; }
            header.top { background: #0b2e4f; color: #fff; padding: 14px 28px 16px; }
            header.top nav a { color: #cfe3f7; margin-inline-end: 14px; font-size: 13px; text-decoration: none; }
            header.top h1 { margin: 8px 0 2px; font-size: 24px; font-weight: 600; }
            header.top .subtitle { margin: 0; color: #cfe3f7; }
            main { max-width: 1180px; margin: 0 auto; padding: 8px 28px 28px; }
            section { margin-top: 26px; }
            h2 { font-size: 19px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 15px; margin: 4px 0; }
            a { color: var(--link); }
            .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
            .figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 150px; }
            .figure .value { display: block; font-size: 26px; font-weight: 700; unicode-bidi: isolate; }
            .figure .label { color: var(--muted); font-size: 13px; }
            table { border-collapse: collapse; background: #fff; margin: 10px 0; }
            th, td { border: 1px solid var(--line); padding: 4px 9px; text-align: start; vertical-align: top; }
            th { background: #f0f3f6; font-weight: 600; }
            td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
            caption { text-align: start; font-weight: 600; padding: 4px 0; }
            .badge { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 12px; font-weight: 600; white-space: nowrap; }
            .sev-critical.badge { background: #67000d; color: #fff; } .sev-high.badge { background: #cb181d; color: #fff; }
            .sev-medium.badge { background: #fb6a4a; color: #111; } .sev-low.badge { background: #fcbba1; color: #111; }
            .sev-info.badge { background: #c6dbef; color: #111; } .positive.badge { background: #a1d99b; color: #0b3d16; }
            .change-new { background: #fff3b0; color: #5c4a00; border: 1px solid #e0c200; }
            .change-persisting { background: #eee; color: #444; border: 1px solid #ccc; }
            .change-resolved { background: #d9f0d3; color: #1b5e20; border: 1px solid #7fbf7b; }
            .change { background: #fffbea; border: 1px solid #f1e2a0; border-radius: 6px; padding: 4px 16px 10px; }
            ul.findings { padding-inline-start: 20px; } ul.findings li { margin: 5px 0; }
            code { font: 12.5px/1.3 "DejaVu Sans Mono", Consolas, monospace; background: #f1f1f1; padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
            code.id { color: var(--muted); background: none; }
            article.finding { background: #fff; border: 1px solid var(--line); border-inline-start: 6px solid #999; border-radius: 4px; padding: 8px 16px; margin: 12px 0; }
            article.sev-critical { border-inline-start-color: #67000d; } article.sev-high { border-inline-start-color: #cb181d; }
            article.sev-medium { border-inline-start-color: #fb6a4a; } article.sev-low { border-inline-start-color: #fcbba1; }
            article.sev-info { border-inline-start-color: #9ecae1; } article.positive { border-inline-start-color: #41ab5d; }
            article header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
            article .kind { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
            :lang(ar) article .kind, :lang(zh) article .kind { letter-spacing: 0; font-size: 13px; }
            article .message { margin: 6px 0; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; font-size: 13.5px; }
            dt { color: var(--muted); } dd { margin: 0; }
            .chart { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 8px; }
            .chart svg { max-width: 100%; height: auto; }
            .bar { height: 16px; background: #f2f2f2; max-width: 480px; border-radius: 3px; }
            .bar span { display: block; height: 100%; background: #4292c6; border-radius: 3px; }
            .note, .none { color: var(--muted); font-size: 13.5px; }
            p.states { font-size: 13px; line-height: 1.9; }
            details.provenance { margin-top: 24px; font-size: 13px; }
            footer { max-width: 1180px; margin: 0 auto; padding: 14px 28px 30px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
            """;
}
