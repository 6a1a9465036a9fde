package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseInstance;

/**
 * The presidency's account of instances of use and the responses to them, as a part of the presidency's and the
 * troika's digests and of the universalization coordinators' digest: per year the share of states parties that
 * responded; per instance active in the years assessed, its status and sources as the register records them, the
 * responses recorded (who, when, how, where) and the states parties whose report records none. lapcheck attributes
 * no use: the words are the register's. Every text passes through {@link DigestWriter}, which escapes it.
 */
final class UseAccountDigest {

    private UseAccountDigest() {}

    static void write(DigestWriter w, Labels l, DigestContext c) {
        UseAccount u = c.assessment().useAccount();
        if (u.isEmpty()) {
            return;
        }
        w.heading(l.get("heading.use"));
        w.paragraph(l.get("use.intro"));
        if (u.rows().isEmpty()) {
            w.paragraph(l.get("use.none-active"));
            return;
        }
        List<List<String>> years = new ArrayList<>();
        for (UseAccount.YearShare y : u.years()) {
            years.add(List.of(String.valueOf(y.year()), String.valueOf(y.parties()), String.valueOf(y.reportsOnFile()),
                    String.valueOf(y.responded()), org.lapcheck.wording.Formats.percent(y.share(), l.locale())));
        }
        w.table(List.of(l.get("use.year"), l.get("use.parties"), l.get("use.reports"), l.get("use.responded"),
                l.get("use.share")), years);
        for (UseInstance i : u.active()) {
            w.subheading(i.title() + " (" + i.id() + ")");
            List<String> facts = new ArrayList<>();
            facts.add(l.get("use.period", i.until() != null ? i.period()
                    : l.get("use.period-open", String.valueOf(i.from()),
                            i.latestSource() == null ? "-" : l.date(i.latestSource()))));
            facts.add(l.get("use.status", status(l, i.status())));
            facts.add(l.get("use.users", i.users().isEmpty() ? l.get("use.users-none") : i.users().stream()
                    .map(x -> x.used() ? x.shown() : l.get("use.support", x.shown())).collect(Collectors.joining(", "))));
            for (UseInstance.Source s : i.sources()) {
                facts.add(l.get("use.source", s.title(), s.publisher(), l.date(s.date()), s.link()));
            }
            w.bullets(facts);
            for (UseAccount.InstanceYear row : u.rowsOf(i.id())) {
                List<String> lines = new ArrayList<>();
                for (UseAccount.Response r : row.responses()) {
                    lines.add(l.get("use.response", c.stateName(r.iso3()), r.iso3(),
                            r.date() == null ? "-" : l.date(r.date()), form(l, r.form()), r.forum() == null ? "-" : r.forum()));
                }
                if (lines.isEmpty()) {
                    lines.add(l.get("use.responses-none"));
                }
                lines.add(l.get("use.silent", row.silent().isEmpty() ? "-" : row.silent().stream()
                        .map(s -> c.stateName(s) + " (" + s + ")").collect(Collectors.joining(", "))));
                lines.add(l.get("use.not-on-file", row.year(), row.notOnFile().size()));
                w.paragraph(l.get("use.responses-in", row.year()));
                w.bullets(lines);
            }
        }
        if (!u.unmatched().isEmpty()) {
            w.subheading(l.get("use.unmatched"));
            w.bullets(u.unmatched().stream().map(r -> l.get("use.unmatched-line", c.stateName(r.iso3()), r.iso3(), r.year(),
                    r.instance() != null ? r.instance() : r.description(), r.date() == null ? "-" : l.date(r.date()),
                    form(l, r.form()), r.forum() == null ? "-" : r.forum())).toList());
        }
    }

    /** The rules whose findings the account lists one line each (a response, or a report that records none). */
    static final java.util.Set<String> ACCOUNTED = java.util.Set.of("UR-RESPONSE", "UR-RESPONSE-NOT-REPORTED");

    /** The findings without those the account already lists. */
    static List<org.lapcheck.model.Finding> withoutAccounted(List<org.lapcheck.model.Finding> findings) {
        return findings.stream().filter(f -> !ACCOUNTED.contains(f.ruleId())).toList();
    }

    private static String status(Labels l, String status) {
        try {
            return l.get("use.status." + status);
        } catch (java.util.MissingResourceException e) {
            return status;
        }
    }

    private static String form(Labels l, String form) {
        if (form == null) {
            return "-";
        }
        try {
            return l.get("use.form." + form);
        } catch (java.util.MissingResourceException e) {
            return form;
        }
    }
}
