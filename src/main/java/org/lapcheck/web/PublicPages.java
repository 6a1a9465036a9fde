package org.lapcheck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lapcheck.app.StartReport;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.ValidateJob;
import org.lapcheck.findings.Json;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Finding;
import org.lapcheck.model.Language;
import org.lapcheck.model.Problem;
import org.lapcheck.model.StateParty;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.JsonSchema;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.wording.MessageCatalog;

/**
 * The pages for a state's focal point, open to anyone and storing nothing: check a report (upload or paste; every
 * problem at its line, then the findings that report alone would get, as {@code lap validate} says them), the same
 * as JSON for editors and scripts, start a report, and the JSON Schema.
 */
final class PublicPages {

    /** Source lines shown with a checked report; a longer text is shown up to here (its problems all listed). */
    static final int MAX_SHOWN_LINES = 5_000;

    private final Workbench w;

    PublicPages(Workbench w) {
        this.w = w;
        // Not confined to any folder and reading no file: the text comes from the request, in memory.
    }

    void routes(RoutesConfig r) {
        r.get("/", this::home);
        r.get("/check", ctx -> checkPage(ctx, null, null, ""));
        r.post("/check", this::checkPost);
        r.post("/api/check", this::apiCheck);
        r.get("/start", this::startPage);
        r.get("/start/report", this::startDownload);
        r.get("/schema.json", ctx -> ctx.contentType("application/schema+json; charset=utf-8").result(JsonSchema.SELF_REPORT.text()));
    }

    private void home(Context ctx) {
        Labels l = w.labels(ctx);
        String body = "<p>" + l.h("home.intro") + "</p>\n<ul class=\"cards\">\n"
                + "<li><a href=\"/check\">" + l.h("nav.check") + "</a><p>" + l.h("home.check") + "</p></li>\n"
                + "<li><a href=\"/start\">" + l.h("nav.start") + "</a><p>" + l.h("home.start") + "</p></li>\n"
                + "<li><a href=\"/schema.json\">" + l.h("nav.schema") + "</a><p>" + l.h("home.schema") + "</p></li>\n"
                + "<li><a href=\"/console\">" + l.h("nav.console") + "</a><p>" + l.h("home.console") + "</p></li>\n</ul>";
        Workbench.html(ctx, w.page(ctx, l, l.get("home.title"), body));
    }

    // ---- check a report ----

    /** What the visitor sent: a file's bytes or pasted text, and the name to show it under. */
    private record Sent(String name, byte[] bytes) {}

    private void checkPost(Context ctx) throws RulebookException {
        Labels l = languageFromForm(ctx);
        Sent sent = sent(ctx);
        if (sent == null) {
            checkPage(ctx, l, null, l.get("check.nothing"));
            return;
        }
        ValidateJob.Outcome outcome = w.checker.check(sent.name(), sent.bytes(), Workbench.today());
        StringBuilder body = new StringBuilder();
        body.append(result(l, outcome, sent));
        checkPage(ctx, l, body.toString(), Workbench.utf8(sent.bytes()));
    }

    /** The form's language field, when the form was sent with one. */
    private Labels languageFromForm(Context ctx) {
        String lang = ctx.formParam("lang");
        return lang != null && Language.of(lang).isPresent() ? Labels.of(Language.of(lang).get()) : w.labels(ctx);
    }

    /** The uploaded file when one was chosen, else the pasted text; null when neither. Read in memory, bounded. */
    private static Sent sent(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file != null && (file.size() > 0 || file.filename() != null && !file.filename().isBlank())) {
            try (InputStream in = file.content()) {
                return new Sent(shownName(file.filename()), in.readNBytes(SafeYaml.MAX_BYTES + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String text = ctx.formParam("text");
        if (text == null || text.isBlank()) {
            return null;
        }
        return new Sent("pasted.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A file name fit to show: its last part, letters, digits, dot, dash and underscore only. */
    static String shownName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.length() > 64) {
            name = name.substring(name.length() - 64);
        }
        return name.isBlank() || name.matches("\\.+") ? "report.yaml" : name;
    }

    private void checkPage(Context ctx, Labels given, String result, String text) {
        Labels l = given == null ? w.labels(ctx) : given;
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(l.h("check.intro")).append("</p>\n");
        if (result != null) {
            b.append(result);
        }
        b.append("<form class=\"check\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">\n")
                .append("<h2 id=\"form\">").append(l.h(result == null ? "check.formTitle" : "check.again")).append("</h2>\n")
                .append("<p><label for=\"file\">").append(l.h("check.file")).append("</label>\n")
                .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\".yaml,.yml,text/yaml,text/plain\" ")
                .append("aria-describedby=\"file-help\">\n<span id=\"file-help\" class=\"help\">").append(l.h("check.fileHelp"))
                .append("</span></p>\n<p><label for=\"text\">").append(l.h("check.text")).append("</label>\n")
                .append("<textarea id=\"text\" name=\"text\" rows=\"18\" cols=\"100\" spellcheck=\"false\" ")
                .append("aria-describedby=\"text-help\">").append(Html.text(text.length() > 3 * SafeYaml.MAX_BYTES ? "" : text))
                .append("</textarea>\n<span id=\"text-help\" class=\"help\">").append(l.h("check.textHelp")).append("</span></p>\n")
                .append("<p><label for=\"check-lang\">").append(l.h("check.language")).append("</label>\n")
                .append("<select id=\"check-lang\" name=\"lang\">");
        for (Language lang : Language.values()) {
            b.append("<option value=\"").append(lang.code()).append('"').append(lang == l.lang() ? " selected" : "")
                    .append('>').append(Html.text(Labels.of(lang).get("language.name"))).append("</option>");
        }
        b.append("</select></p>\n<p><button type=\"submit\">").append(l.h("check.submit")).append("</button></p>\n</form>\n");
        Workbench.html(ctx, w.page(ctx, l, l.get("check.title"), b.toString()));
    }

    /** The answer: summary, problems (each linked to its line), the source with each problem at its line, findings. */
    private String result(Labels l, ValidateJob.Outcome outcome, Sent sent) {
        LoadResult loaded = outcome.loaded();
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"result\" aria-labelledby=\"result-title\">\n<h2 id=\"result-title\">")
                .append(l.h("result.title", sent.name())).append("</h2>\n");
        if (loaded.ok()) {
            b.append("<p class=\"verdict ok\" role=\"status\">").append(l.h("result.valid", loaded.report().iso3(),
                    loaded.report().year(), loaded.warnings().size(), outcome.findings().size(), Workbench.today().toString()))
                    .append("</p>\n");
        } else {
            b.append("<p class=\"verdict invalid\" role=\"alert\">").append(l.h("result.invalid", loaded.errors().size(),
                    loaded.warnings().size())).append("</p>\n");
        }
        List<Problem> problems = loaded.problems().stream().sorted(LoadResult.IN_FILE_ORDER).toList();
        if (!problems.isEmpty()) {
            b.append("<h3>").append(l.h("result.problems")).append("</h3>\n<ol class=\"problems\">\n");
            for (Problem p : problems) {
                String level = p.isError() ? "error" : "warning";
                b.append("<li class=\"").append(level).append("\"><a href=\"#L").append(p.line()).append("\">")
                        .append(l.h("result.at", p.line(), p.column())).append("</a> <strong>").append(l.h("level." + level))
                        .append("</strong> ").append(Html.text(p.message())).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        if (loaded.ok()) {
            b.append(findings(l, outcome.findings()));
            if (!outcome.ruleFailures().isEmpty()) {
                b.append("<p class=\"refused\">").append(l.h("result.ruleFailures", outcome.ruleFailures().size())).append("</p>\n");
            }
        }
        b.append(source(l, Workbench.utf8(sent.bytes()), problems));
        return b.append("</section>\n").toString();
    }

    private String findings(Labels l, List<Finding> findings) {
        StringBuilder b = new StringBuilder("<h3 id=\"findings\">").append(l.h("result.findings")).append("</h3>\n");
        if (findings.isEmpty()) {
            return b.append("<p>").append(l.h("result.noFindings")).append("</p>\n").toString();
        }
        b.append("<p>").append(l.h("result.findingsIntro")).append("</p>\n<ol class=\"findings\">\n");
        MessageCatalog wording = w.catalog(l.lang());
        for (Finding f : findings.stream().sorted(Comparator.comparing((Finding f) -> -f.severity().ordinal())
                .thenComparing(Finding::id)).toList()) {
            b.append("<li class=\"finding sev-").append(f.severity().id()).append("\"><p><strong>")
                    .append(Html.text(l.severity(f.severity()))).append("</strong> · <code>").append(Html.text(f.id()))
                    .append("</code>");
            if (f.action() != null) {
                b.append(" · ").append(l.h("result.action", f.action()));
            }
            if (f.article() != null && !f.article().isBlank()) {
                b.append(" · ").append(Html.text(f.article()));
            }
            b.append("</p>\n<p class=\"title\">").append(Html.text(wording.title(f))).append("</p>\n<p>")
                    .append(Html.text(wording.message(f))).append("</p>\n");
            String where = f.where();
            if (where != null && !where.isBlank()) {
                b.append("<p class=\"where\">").append(Html.text(where)).append("</p>\n");
            }
            b.append("</li>\n");
        }
        return b.append("</ol>\n").toString();
    }

    /** The text with line numbers; a line with a problem is marked, its problems below it. */
    private static String source(Labels l, String text, List<Problem> problems) {
        Map<Integer, List<Problem>> byLine = new TreeMap<>();
        problems.forEach(p -> byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(p));
        List<String> lines = Workbench.lines(text);
        StringBuilder b = new StringBuilder("<h3>").append(l.h("result.source")).append("</h3>\n")
                .append("<table class=\"source\"><caption class=\"help\">").append(l.h("result.sourceCaption"))
                .append("</caption>\n<tbody>\n");
        int shown = Math.min(lines.size(), MAX_SHOWN_LINES);
        for (int i = 1; i <= shown; i++) {
            List<Problem> here = byLine.get(i);
            String mark = here == null ? "" : here.stream().anyMatch(Problem::isError) ? " class=\"mark error\"" : " class=\"mark warning\"";
            b.append("<tr id=\"L").append(i).append('"').append(mark).append("><th scope=\"row\">").append(i)
                    .append("</th><td><code>").append(Html.text(lines.get(i - 1))).append("</code></td></tr>\n");
            if (here != null) {
                for (Problem p : here) {
                    b.append("<tr class=\"note\"><th scope=\"row\"></th><td>").append("<span class=\"caret\">")
                            .append(" ".repeat(Math.max(0, Math.min(p.column() - 1, 200)))).append("^</span> <strong>")
                            .append(l.h(p.isError() ? "level.error" : "level.warning")).append("</strong> ")
                            .append(Html.text(p.message())).append("</td></tr>\n");
                }
            }
        }
        b.append("</tbody></table>\n");
        if (lines.size() > shown) {
            b.append("<p class=\"help\">").append(l.h("result.sourceCut", shown, lines.size())).append("</p>\n");
        }
        // Problems past the end of the text (or before its first line) are listed above; nothing more to mark.
        return b.toString();
    }

    // ---- the same as JSON ----

    private void apiCheck(Context ctx) throws RulebookException {
        String lang = ctx.queryParam("lang");
        Language language = lang != null && Language.of(lang).isPresent() ? Language.of(lang).get() : Language.EN;
        byte[] body = ctx.bodyAsBytes();
        String name = ctx.queryParam("name") == null ? "report.yaml" : shownName(ctx.queryParam("name"));
        ValidateJob.Outcome outcome = w.checker.check(name, body, Workbench.today());
        ctx.status(outcome.valid() ? 200 : 422).contentType("application/json; charset=utf-8")
                .result(Json.write(json(outcome, language)));
    }

    private Map<String, Object> json(ValidateJob.Outcome outcome, Language language) {
        LoadResult loaded = outcome.loaded();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", loaded.file());
        out.put("valid", loaded.ok());
        out.put("as_of", Workbench.today().toString());
        out.put("lang", language.code());
        out.put("errors", loaded.errors().size());
        out.put("warnings", loaded.warnings().size());
        List<Object> problems = new ArrayList<>();
        for (Problem p : loaded.problems().stream().sorted(LoadResult.IN_FILE_ORDER).toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("level", p.isError() ? "error" : "warning");
            m.put("message", p.message());
            problems.add(m);
        }
        out.put("problems", problems);
        MessageCatalog wording = w.catalog(language);
        List<Object> findings = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().id());
            m.put("kind", f.kind() == null ? null : f.kind().toString());
            m.put("action", f.action());
            m.put("article", f.article());
            m.put("where", f.where());
            m.put("title", wording.title(f));
            m.put("message", wording.message(f));
            findings.add(m);
        }
        out.put("findings", findings);
        out.put("rule_failures", outcome.ruleFailures());
        return out;
    }

    // ---- start a report ----

    private void startPage(Context ctx) {
        Labels l = w.labels(ctx);
        int lastYear = Workbench.today().getYear() - 1;
        StringBuilder b = new StringBuilder("<p>").append(l.h("start.intro")).append("</p>\n")
                .append("<form class=\"start\" method=\"get\" action=\"/start/report\">\n")
                .append("<p><label for=\"state\">").append(l.h("start.state")).append("</label>\n")
                .append("<select id=\"state\" name=\"state\" required>\n<option value=\"\">")
                .append(l.h("start.choose")).append("</option>\n");
        Map<String, List<StateParty>> groups = new LinkedHashMap<>();
        for (String status : List.of("state_party", "signatory", "withdrawn")) {
            groups.put(status, new ArrayList<>());
        }
        w.reference.membership().stream().sorted(Comparator.comparing(StateParty::name))
                .forEach(s -> groups.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<StateParty>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            String label = Set.of("state_party", "signatory", "withdrawn").contains(g.getKey())
                    ? l.get("status." + g.getKey()) : g.getKey();
            b.append("<optgroup label=\"").append(Html.attr(label)).append("\">\n");
            for (StateParty s : g.getValue()) {
                b.append("<option value=\"").append(Html.attr(s.iso3())).append("\">").append(Html.text(s.name()))
                        .append(" (").append(Html.text(s.iso3())).append(")</option>\n");
            }
            b.append("</optgroup>\n");
        }
        b.append("</select></p>\n<p><label for=\"year\">").append(l.h("start.year")).append("</label>\n")
                .append("<input type=\"number\" id=\"year\" name=\"year\" min=\"").append(StartReport.FIRST_YEAR)
                .append("\" max=\"").append(StartReport.LAST_YEAR).append("\" value=\"").append(lastYear)
                .append("\" required aria-describedby=\"year-help\">\n<span id=\"year-help\" class=\"help\">")
                .append(l.h("start.yearHelp", Integer.toString(lastYear), Integer.toString(lastYear + 1))).append("</span></p>\n")
                .append("<p><button type=\"submit\">").append(l.h("start.submit")).append("</button></p>\n</form>\n")
                .append("<h2>").append(l.h("start.nextTitle")).append("</h2>\n<ol>\n<li>").append(l.h("start.next1"))
                .append("</li>\n<li>").append(l.h("start.next2")).append("</li>\n<li>").append(l.h("start.next3"))
                .append("</li>\n</ol>\n");
        Workbench.html(ctx, w.page(ctx, l, l.get("start.title"), b.toString()));
    }

    private void startDownload(Context ctx) {
        Labels l = w.labels(ctx);
        String iso3 = ctx.queryParam("state");
        String yearText = ctx.queryParam("year");
        if (iso3 == null || !iso3.matches("[A-Z]{3}") || yearText == null || !yearText.strip().matches("\\d{4}")) {
            throw new UsageException(l.get("start.bad"));
        }
        String host = ctx.header("Host");
        String schemaRef = (host == null ? "" : ("https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https://"
                : ctx.scheme() + "://") + host) + "/schema.json";
        StartReport.Started started = StartReport.start(w.reference, w.inputs(), iso3, Integer.parseInt(yearText.strip()),
                schemaRef);
        ctx.header("Content-Disposition", "attachment; filename=\"" + started.fileName() + "\"")
                .contentType("application/yaml; charset=utf-8").result(started.text());
    }

    static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
