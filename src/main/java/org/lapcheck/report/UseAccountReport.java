package org.lapcheck.report;

import java.util.List;
import java.util.stream.Collectors;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseInstance;

/**
 * The presidency's account of instances of use and the responses to them: a page of the HTML report
 * ({@value #PAGE}) and a section of summary.md, from {@link UseAccount}. The register's entries are shown as the
 * register records them (status, users, sources), never worded as lapcheck's own claim; every text a state or the
 * register wrote is escaped.
 */
final class UseAccountReport {

    static final String PAGE = "responses-to-use.html";

    private UseAccountReport() {}

    static boolean shown(ReportView view) {
        return !view.assessment.useAccount().isEmpty();
    }

    static String status(Labels l, String status) {
        return l.orElse("use.status." + status, status);
    }

    static String form(Labels l, String form) {
        return form == null ? "–" : l.orElse("use.form." + form, form);
    }

    static String period(Labels l, UseInstance i) {
        if (i.until() != null) {
            return i.from() == i.until() ? String.valueOf(i.from()) : i.from() + "–" + i.until();
        }
        return l.get("use.period.open", i.from(), i.latestSource() == null ? "–" : l.date(i.latestSource()));
    }

    static String users(Labels l, UseInstance i) {
        if (i.users().isEmpty()) {
            return l.get("use.users.none");
        }
        return i.users().stream().map(u -> {
            String name = u.state() != null && u.name() != null ? u.name() + " (" + u.state() + ")" : u.shown();
            return u.used() ? name : l.get("use.role.support", name);
        }).collect(Collectors.joining(", "));
    }

    private static String h(String s) {
        return Html.escape(s);
    }

    private static String states(ReportView view, List<String> iso3) {
        return iso3.isEmpty() ? "–" : iso3.stream().map(view::stateLabel).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------- HTML

    /** The body of the account's page. */
    static CharSequence html(ReportView view) {
        Labels l = view.labels;
        UseAccount u = view.assessment.useAccount();
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"use\"><h2>").append(h(l.get("heading.use"))).append("</h2>\n<p class=\"note\">")
                .append(h(l.get("use.intro", "inputs/reference/use-register.yaml"))).append("</p>\n");
        if (u.rows().isEmpty()) {
            b.append("<p class=\"none\">").append(h(l.get("use.none_active"))).append("</p>\n");
        } else {
            b.append("<h3>").append(h(l.get("use.years"))).append("</h3>\n<table><thead><tr><th>").append(h(l.get("use.year")))
                    .append("</th><th class=\"num\">").append(h(l.get("use.parties"))).append("</th><th class=\"num\">")
                    .append(h(l.get("use.reports"))).append("</th><th class=\"num\">").append(h(l.get("use.responded")))
                    .append("</th><th class=\"num\">").append(h(l.get("use.share"))).append("</th></tr></thead>\n<tbody>\n");
            for (UseAccount.YearShare y : u.years()) {
                b.append("<tr><td>").append(y.year()).append("</td><td class=\"num\">").append(h(l.number(y.parties())))
                        .append("</td><td class=\"num\">").append(h(l.number(y.reportsOnFile())))
                        .append("</td><td class=\"num\">").append(h(l.number(y.responded())))
                        .append("</td><td class=\"num\">").append(h(l.percent(y.share()))).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<div class=\"chart\">").append(Charts.responses(view)).append("</div>\n");
        }
        for (UseInstance i : u.active()) {
            instance(view, b, i);
        }
        if (!u.unmatched().isEmpty()) {
            b.append("<section id=\"use-unmatched\"><h3>").append(h(l.get("use.unmatched"))).append("</h3>\n<p class=\"note\">")
                    .append(h(l.get("use.unmatched.note"))).append("</p>\n");
            responseTable(view, b, u.unmatched(), true);
            b.append("</section>\n");
        }
        List<UseInstance> inactive = u.register().stream().filter(i -> !u.active().contains(i)).toList();
        if (!inactive.isEmpty()) {
            b.append("<p class=\"note\">").append(h(l.get("use.inactive", inactive.stream()
                    .map(i -> i.title() + " (" + i.id() + ", " + period(l, i) + ", " + status(l, i.status()) + ")")
                    .collect(Collectors.joining("; "))))).append("</p>\n");
        }
        return b.append("</section>\n");
    }

    private static void instance(ReportView view, StringBuilder b, UseInstance i) {
        Labels l = view.labels;
        UseAccount u = view.assessment.useAccount();
        b.append("<article class=\"instance\" id=\"").append(h(i.id())).append("\"><h3>").append(h(i.title()))
                .append(" <code class=\"id\">").append(h(i.id())).append("</code></h3>\n<dl>");
        dt(b, l.get("use.territory"), h(i.territory()));
        dt(b, l.get("use.period"), h(period(l, i)));
        dt(b, l.get("use.status"), h(status(l, i.status())));
        dt(b, l.get("use.users"), h(users(l, i)));
        StringBuilder sources = new StringBuilder("<ul>");
        for (UseInstance.Source s : i.sources()) {
            sources.append("<li>");
            // The link is shown as text to copy, not as an anchor: the report's pages link only to pages it writes.
            sources.append(h(s.title())).append(" — ").append(h(s.publisher())).append(", ").append(h(l.date(s.date())))
                    .append(" <code>").append(h(s.link())).append("</code></li>");
        }
        dt(b, l.get("use.sources"), sources.append("</ul>").toString());
        if (i.note() != null) {
            dt(b, l.get("use.note"), h(i.note()));
        }
        b.append("</dl>\n");
        for (UseAccount.InstanceYear row : u.rowsOf(i.id())) {
            b.append("<h4>").append(h(l.get("use.responses_in", row.year()))).append("</h4>\n");
            if (row.responses().isEmpty()) {
                b.append("<p class=\"none\">").append(h(l.get("use.responses.none"))).append("</p>\n");
            } else {
                responseTable(view, b, row.responses(), false);
            }
            b.append("<p class=\"note\">").append(h(l.get("use.silent", states(view, row.silent())))).append("<br>")
                    .append(h(l.get("use.not_on_file", row.year(), l.number(row.notOnFile().size())))).append("</p>\n");
        }
        b.append("</article>\n");
    }

    private static void dt(StringBuilder b, String term, String escapedValue) {
        b.append("<dt>").append(h(term)).append("</dt><dd>").append(escapedValue).append("</dd>");
    }

    private static void responseTable(ReportView view, StringBuilder b, List<UseAccount.Response> responses,
            boolean withInstance) {
        Labels l = view.labels;
        b.append("<table><thead><tr><th>").append(h(l.get("use.label.state"))).append("</th>");
        if (withInstance) {
            b.append("<th>").append(h(l.get("use.label.instance"))).append("</th>");
        }
        b.append("<th>").append(h(l.get("label.date"))).append("</th><th>").append(h(l.get("use.label.form")))
                .append("</th><th>").append(h(l.get("use.label.forum"))).append("</th><th>").append(h(l.get("label.file")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (UseAccount.Response r : responses) {
            b.append("<tr><td><a href=\"states/").append(h(ReportView.slug(r.iso3()))).append(".html\">")
                    .append(h(view.stateLabel(r.iso3()))).append("</a></td>");
            if (withInstance) {
                b.append("<td>").append(h(instanceText(r))).append("</td>");
            }
            b.append("<td>").append(h(r.date() == null ? "–" : l.date(r.date()))).append("</td><td>").append(h(form(l, r.form())))
                    .append("</td><td>").append(h(r.forum() == null ? "–" : r.forum())).append("</td><td><code>")
                    .append(h(where(r))).append("</code></td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static String instanceText(UseAccount.Response r) {
        if (r.instance() != null && r.description() != null) {
            return r.instance() + ": " + r.description();
        }
        return r.instance() != null ? r.instance() : r.description();
    }

    private static String where(UseAccount.Response r) {
        if (r.evidence() == null) {
            return "";
        }
        return r.evidence().file() + (r.evidence().line() == null ? "" : ":" + r.evidence().line());
    }

    // ---------------------------------------------------------------------------------------- summary.md

    static void markdown(ReportView view, StringBuilder md) {
        Labels l = view.labels;
        UseAccount u = view.assessment.useAccount();
        md.append("## ").append(l.get("heading.use")).append("\n\n")
                .append(Text.markdown(l.get("use.intro", "inputs/reference/use-register.yaml"))).append("\n\n");
        if (u.rows().isEmpty()) {
            md.append(l.get("use.none_active")).append("\n\n");
            return;
        }
        md.append("| ").append(l.get("use.year")).append(" | ").append(l.get("use.parties")).append(" | ")
                .append(l.get("use.reports")).append(" | ").append(l.get("use.responded")).append(" | ")
                .append(l.get("use.share")).append(" |\n|---|---:|---:|---:|---:|\n");
        for (UseAccount.YearShare y : u.years()) {
            md.append("| ").append(y.year()).append(" | ").append(l.number(y.parties())).append(" | ")
                    .append(l.number(y.reportsOnFile())).append(" | ").append(l.number(y.responded())).append(" | ")
                    .append(l.percent(y.share())).append(" |\n");
        }
        md.append('\n');
        for (UseInstance i : u.active()) {
            md.append("### ").append(Text.markdown(i.title())).append(" ").append(Text.code(i.id())).append("\n\n");
            md.append("- ").append(l.get("use.territory")).append(l.colon()).append(Text.markdown(i.territory())).append('\n');
            md.append("- ").append(l.get("use.period")).append(l.colon()).append(Text.markdown(period(l, i))).append('\n');
            md.append("- ").append(l.get("use.status")).append(l.colon()).append(Text.markdown(status(l, i.status()))).append('\n');
            md.append("- ").append(l.get("use.users")).append(l.colon()).append(Text.markdown(users(l, i))).append('\n');
            md.append("- ").append(l.get("use.sources")).append(l.colon()).append(i.sources().stream()
                    .map(s -> Text.markdown(s.title() + " — " + s.publisher() + ", " + l.date(s.date())) + " "
                            + Text.code(s.link()))
                    .collect(Collectors.joining("; "))).append("\n\n");
            for (UseAccount.InstanceYear row : u.rowsOf(i.id())) {
                md.append(l.get("use.responses_in", row.year())).append(l.colon().strip()).append("\n\n");
                if (row.responses().isEmpty()) {
                    md.append("- ").append(l.get("use.responses.none")).append('\n');
                }
                for (UseAccount.Response r : row.responses()) {
                    md.append("- ").append(Text.markdown(view.stateLabel(r.iso3()))).append(l.colon())
                            .append(Text.markdown((r.date() == null ? "–" : l.date(r.date())) + ", " + form(l, r.form())
                                    + ", " + (r.forum() == null ? "–" : r.forum()))).append('\n');
                }
                md.append("- ").append(Text.markdown(l.get("use.silent", states(view, row.silent())))).append('\n');
                md.append("- ").append(Text.markdown(l.get("use.not_on_file", row.year(), l.number(row.notOnFile().size()))))
                        .append("\n\n");
            }
        }
        if (!u.unmatched().isEmpty()) {
            md.append(l.get("use.unmatched")).append(l.colon().strip()).append("\n\n");
            for (UseAccount.Response r : u.unmatched()) {
                md.append("- ").append(Text.markdown(view.stateLabel(r.iso3()))).append(" (").append(r.year()).append(")")
                        .append(l.colon()).append(Text.markdown(instanceText(r) + " — " + (r.date() == null ? "–" : l.date(r.date()))
                                + ", " + form(l, r.form()) + ", " + (r.forum() == null ? "–" : r.forum()))).append('\n');
            }
            md.append('\n');
        }
    }
}
