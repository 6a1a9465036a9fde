package org.lapcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lapcheck.model.Acknowledgement;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Finding;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Indicator;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Provenance;
import org.lapcheck.model.Severity;
import org.lapcheck.model.UseAccount;
import org.lapcheck.model.UseInstance;

/**
 * The findings document ({@code lapcheck-findings/1}), the contract outside tools read: an {@link Assessment}
 * to JSON and back. Field names follow the architecture's contract exactly; {@code rule_id}, {@code actions},
 * {@code article}, {@code params}, {@code states_assessed} and {@code summary} are additions.
 */
public final class FindingsJson {

    /** The file in a report folder: the findings document. */
    public static final String FILE = "findings.json";

    public static final String FORMAT = "lapcheck-findings/1";

    private FindingsJson() {}

    public static String write(Assessment a) {
        return writeMarked(a, Diff.NONE);
    }

    /**
     * The document, and when there is a previous assessment, what changed: a {@code change} per finding (new,
     * persisting), {@code compared_with} (the previous as-of date and the counts) and the {@code resolved} findings
     * at the end. Contract fields are untouched; {@link #read} ignores the additions.
     */
    public static String write(Assessment a, Assessment previous) {
        return writeMarked(a, Diff.between(a, previous));
    }

    public static String writeMarked(Assessment a, Diff diff) {
        return text(a, diff).toString();
    }

    /** The document of {@link #write(Assessment, Assessment)}, as text to be written out. */
    public static CharSequence text(Assessment a, Diff diff) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("as_of", a.asOf().toString());
        doc.put("tool", map("name", "lapcheck", "version", a.provenance().toolVersion()));
        doc.put("ruleset", map("sha256", a.provenance().rulesetSha256(), "rules", a.provenance().rules(),
                "actions_covered", a.provenance().actionsCovered()));
        doc.put("inputs", a.provenance().inputs().stream().map(i -> map("file", i.file(), "sha256", i.sha256())).toList());
        doc.put("states_assessed", a.statesAssessed());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), a.count(s));
        }
        Map<String, Object> summary = map("findings", a.findings().size(), "by_severity", bySeverity);
        if (a.acknowledged() > 0) {
            // counted apart, and included in the counts above: an acknowledged finding is still a finding
            Map<String, Object> ackBySeverity = new LinkedHashMap<>();
            for (Severity s : Severity.values()) {
                ackBySeverity.put(s.id(), a.countAcknowledged(s));
            }
            summary.put("acknowledged", map("findings", a.acknowledged(), "by_severity", ackBySeverity));
        }
        doc.put("summary", summary);
        if (diff.present()) {
            doc.put("compared_with", map("as_of", diff.previousAsOf().toString(), "new", diff.count(Change.NEW),
                    "persisting", diff.count(Change.PERSISTING), "resolved", diff.count(Change.RESOLVED),
                    "no_longer_assessed", diff.noLongerAssessed()));
        }
        doc.put("findings", a.findings().stream().map(f -> marked(finding(f), diff.of(f))).toList());
        doc.put("indicators", a.indicators().stream()
                .map(i -> map("action", i.action(), "applicable", i.applicable(), "met", i.met())).toList());
        if (!a.useAccount().isEmpty()) {
            doc.put("responses_to_use", account(a.useAccount()));
        }
        if (diff.present()) {
            doc.put("resolved", diff.resolved().stream().map(f -> marked(finding(f), Change.RESOLVED)).toList());
        }
        // about 1,250 characters a finding, as measured on the bench's reports
        return Json.text(doc, 1300L * (a.findings().size() + diff.resolved().size()) + 200L * a.provenance().inputs().size());
    }

    private static Map<String, Object> marked(Map<String, Object> finding, Change change) {
        if (change != null) {
            finding.put("change", change.id());
        }
        return finding;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("rule", f.rule());
        m.put("rule_id", f.ruleId());
        m.put("action", f.action());
        m.put("actions", f.actions());
        m.put("article", f.article());
        m.put("state", f.state());
        m.put("year", f.year());
        m.put("severity", f.severity().id());
        m.put("kind", f.kind().id());
        m.put("area", f.area());
        m.put("message", f.message());
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("evidence", f.evidence().stream().map(e -> map("file", e.file(), "path", e.path(), "line", e.line(),
                "column", e.column())).toList());
        m.put("recipients", f.recipients());
        m.put("params", f.params());
        if (f.acknowledged() != null) {
            m.put("acknowledged", acknowledgement(f.acknowledged()));
        }
        if (f.expiredAcknowledgement() != null) {
            m.put("expired_acknowledgement", acknowledgement(f.expiredAcknowledgement()));
        }
        return m;
    }

    private static Map<String, Object> acknowledgement(Acknowledgement k) {
        return map("reason", k.reason(), "by", k.by(), "date", k.date() == null ? null : k.date().toString(),
                "until", k.until().toString());
    }

    private static Acknowledgement acknowledgement(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> m = asMap(o, "acknowledgement");
        String date = str(m.get("date"));
        return Acknowledgement.decision(str(m.get("reason")), str(m.get("by")), date == null ? null : LocalDate.parse(date),
                LocalDate.parse(str(m.get("until"))));
    }

    /** Reads a findings document back; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Assessment read(String text) {
        Map<String, Object> doc = asMap(Json.parse(text), "document");
        if (!FORMAT.equals(doc.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document (format: " + doc.get("format") + ")");
        }
        Map<String, Object> tool = asMap(doc.get("tool"), "tool");
        Map<String, Object> ruleset = asMap(doc.get("ruleset"), "ruleset");
        List<InputFile> inputs = new ArrayList<>();
        for (Object o : list(doc.get("inputs"))) {
            Map<String, Object> m = asMap(o, "input");
            inputs.add(new InputFile(str(m.get("file")), str(m.get("sha256"))));
        }
        Provenance provenance = new Provenance(str(tool.get("version")), str(ruleset.get("sha256")),
                integer(ruleset.get("rules")), integer(ruleset.get("actions_covered")), inputs);
        List<Finding> findings = new ArrayList<>();
        for (Object o : list(doc.get("findings"))) {
            findings.add(finding(asMap(o, "finding")));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Object o : list(doc.get("indicators"))) {
            Map<String, Object> m = asMap(o, "indicator");
            indicators.add(new Indicator(integer(m.get("action")), integer(m.get("applicable")), integer(m.get("met"))));
        }
        List<String> states = list(doc.get("states_assessed")).stream().map(String::valueOf).toList();
        UseAccount account = doc.get("responses_to_use") instanceof Map<?, ?> ua ? account(asMap(ua, "responses_to_use"))
                : UseAccount.NONE;
        return new Assessment(LocalDate.parse(str(doc.get("as_of"))), provenance, states, findings, indicators, account);
    }

    // ---- the presidency's account of instances of use and the responses to them (an addition)

    private static Map<String, Object> account(UseAccount u) {
        return map("instances", u.register().stream().map(FindingsJson::instance).toList(),
                "rows", u.rows().stream().map(r -> map("instance", r.instance(), "year", r.year(), "parties", r.parties(),
                        "responses", r.responses().stream().map(FindingsJson::response).toList(),
                        "silent", r.silent(), "not_on_file", r.notOnFile())).toList(),
                "years", u.years().stream().map(y -> map("year", y.year(), "parties", y.parties(),
                        "reports_on_file", y.reportsOnFile(), "responded", y.responded())).toList(),
                "unmatched", u.unmatched().stream().map(FindingsJson::response).toList());
    }

    private static Map<String, Object> instance(UseInstance i) {
        // "instance", not "id": in findings.json an "id" is a finding's
        return map("instance", i.id(), "title", i.title(), "territory", i.territory(), "from", i.from(), "until", i.until(),
                "status", i.status(),
                "users", i.users().stream().map(u -> map("state", u.state(), "name", u.name(), "role", u.role())).toList(),
                "sources", i.sources().stream().map(s -> map("title", s.title(), "publisher", s.publisher(),
                        "date", s.date() == null ? null : s.date().toString(), "link", s.link())).toList(),
                "note", i.note(), "evidence", evidence(i.evidence()));
    }

    private static Map<String, Object> response(UseAccount.Response r) {
        return map("state", r.iso3(), "year", r.year(), "instance", r.instance(), "description", r.description(),
                "date", r.date() == null ? null : r.date().toString(), "form", r.form(), "forum", r.forum(),
                "evidence", evidence(r.evidence()));
    }

    private static Map<String, Object> evidence(Evidence e) {
        return e == null ? null : map("file", e.file(), "path", e.path(), "line", e.line(), "column", e.column());
    }

    private static Evidence evidenceOf(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> e = asMap(o, "evidence");
        return new Evidence(str(e.get("file")), str(e.get("path")), nullableInt(e.get("line")), nullableInt(e.get("column")));
    }

    private static LocalDate dateOf(Object o) {
        return o == null ? null : LocalDate.parse(String.valueOf(o));
    }

    private static UseAccount account(Map<String, Object> m) {
        List<UseInstance> instances = new ArrayList<>();
        for (Object o : list(m.get("instances"))) {
            Map<String, Object> i = asMap(o, "instance");
            List<UseInstance.User> users = new ArrayList<>();
            for (Object u : list(i.get("users"))) {
                Map<String, Object> um = asMap(u, "user");
                users.add(new UseInstance.User(str(um.get("state")), str(um.get("name")), str(um.get("role"))));
            }
            List<UseInstance.Source> sources = new ArrayList<>();
            for (Object x : list(i.get("sources"))) {
                Map<String, Object> sm = asMap(x, "source");
                sources.add(new UseInstance.Source(str(sm.get("title")), str(sm.get("publisher")), dateOf(sm.get("date")),
                        str(sm.get("link"))));
            }
            instances.add(new UseInstance(str(i.get("instance")), str(i.get("title")), str(i.get("territory")),
                    integer(i.get("from")), nullableInt(i.get("until")), str(i.get("status")), users, sources,
                    str(i.get("note")), evidenceOf(i.get("evidence"))));
        }
        List<UseAccount.InstanceYear> rows = new ArrayList<>();
        for (Object o : list(m.get("rows"))) {
            Map<String, Object> r = asMap(o, "row");
            rows.add(new UseAccount.InstanceYear(str(r.get("instance")), integer(r.get("year")),
                    list(r.get("responses")).stream().map(FindingsJson::responseOf).toList(),
                    list(r.get("silent")).stream().map(String::valueOf).toList(),
                    list(r.get("not_on_file")).stream().map(String::valueOf).toList(), integer(r.get("parties"))));
        }
        List<UseAccount.YearShare> years = new ArrayList<>();
        for (Object o : list(m.get("years"))) {
            Map<String, Object> y = asMap(o, "year");
            years.add(new UseAccount.YearShare(integer(y.get("year")), integer(y.get("parties")),
                    integer(y.get("reports_on_file")), integer(y.get("responded"))));
        }
        return new UseAccount(instances, rows, years,
                list(m.get("unmatched")).stream().map(FindingsJson::responseOf).toList());
    }

    private static UseAccount.Response responseOf(Object o) {
        Map<String, Object> r = asMap(o, "response");
        return new UseAccount.Response(str(r.get("state")), integer(r.get("year")), str(r.get("instance")),
                str(r.get("description")), dateOf(r.get("date")), str(r.get("form")), str(r.get("forum")),
                evidenceOf(r.get("evidence")));
    }

    private static Finding finding(Map<String, Object> m) {
        List<Evidence> evidence = new ArrayList<>();
        for (Object o : list(m.get("evidence"))) {
            Map<String, Object> e = asMap(o, "evidence");
            evidence.add(new Evidence(str(e.get("file")), str(e.get("path")), nullableInt(e.get("line")), nullableInt(e.get("column"))));
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.get("params") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> params.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        }
        return new Finding(str(m.get("id")), str(m.get("rule_id")), str(m.get("rule")), nullableInt(m.get("action")),
                list(m.get("actions")).stream().map(a -> ((Number) a).intValue()).toList(), str(m.get("article")),
                str(m.get("state")), nullableInt(m.get("year")), Severity.parse(str(m.get("severity"))),
                FindingKind.parse(str(m.get("kind"))), str(m.get("area")), str(m.get("message")), str(m.get("expected")),
                str(m.get("actual")), evidence, list(m.get("recipients")).stream().map(String::valueOf).toList(), params,
                acknowledgement(m.get("acknowledged")), acknowledgement(m.get("expired_acknowledgement")));
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("expected an object for " + what);
        }
        return (Map<String, Object>) o;
    }

    public static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    public static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    public static int integer(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    public static Integer nullableInt(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
