package org.lapcheck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lapcheck.findings.FindingsJson;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.AssessmentFolder;
import org.lapcheck.app.MailRelay;
import org.lapcheck.app.NotifyJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.model.Language;
import org.lapcheck.notify.Ledger;
import org.lapcheck.notify.MessagePreview;
import org.lapcheck.notify.Outbox;
import org.lapcheck.notify.OutboxMessage;
import org.lapcheck.notify.RetryPolicy;
import org.lapcheck.notify.SmtpSettings;

/**
 * The coordinators' console: the assessments' HTML reports served from {@code reports/}, running an assessment (one
 * at a time, its phases shown while it runs), and the outbox with each message's state from the ledger, a preview,
 * composing and sending. Every change goes through a POST form with the CSRF token (see {@link Guard}); the work is
 * {@link AssessJob} and {@link NotifyJob}, as {@code lap assess}, {@code lap notify} and {@code lap notify --send}.
 */
final class ConsolePages {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("sarif", "application/json; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Workbench w;
    private final Object mailLock = new Object();

    ConsolePages(Workbench w) {
        this.w = w;
    }

    void routes(RoutesConfig r) {
        r.get("/console", this::home);
        r.get("/console/report", ctx -> {
            Path latest = AssessmentFolder.latest(w.settings.ws().reports()).orElse(null);
            if (latest == null) {
                throw new UsageException(w.labels(ctx).get("console.noReport"));
            }
            ctx.redirect("/console/reports/" + latest.getFileName() + "/index.html", HttpStatus.SEE_OTHER);
        });
        r.get("/console/reports/{date}/<file>", this::reportFile);
        r.post("/console/assess", this::assess);
        r.get("/console/assess", this::assessStatus);
        r.get("/console/outbox", this::outbox);
        r.get("/console/outbox/{date}/{file}", this::preview);
        r.post("/console/outbox/compose", this::compose);
        r.post("/console/outbox/send", this::send);
        r.get("/login", this::loginPage);
        r.post("/login", this::login);
        r.post("/logout", ctx -> {
            w.guard.signOut(ctx);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        });
    }

    private void home(Context ctx) {
        Labels l = w.labels(ctx);
        StringBuilder b = new StringBuilder();
        Optional<Path> latest = AssessmentFolder.latest(w.settings.ws().reports());
        b.append("<section aria-labelledby=\"latest\"><h2 id=\"latest\">").append(l.h("console.latest")).append("</h2>\n");
        if (latest.isPresent()) {
            String date = latest.get().getFileName().toString();
            b.append("<p>").append(l.h("console.latestIs", date)).append(" <a href=\"/console/reports/").append(date)
                    .append("/index.html\">").append(l.h("console.openReport")).append("</a> · <a href=\"/console/reports/")
                    .append(date).append("/findings.json\">findings.json</a> · <a href=\"/console/reports/").append(date)
                    .append("/findings.csv\">findings.csv</a></p>\n");
        } else {
            b.append("<p>").append(l.h("console.noReport")).append("</p>\n");
        }
        b.append("</section>\n").append(assessForm(ctx, l));
        AssessRuns.Run run = w.runs.last();
        if (run != null) {
            b.append("<p><a href=\"/console/assess\">").append(l.h(run.running() ? "assess.runningLink" : "assess.lastLink"))
                    .append("</a></p>\n");
        }
        List<OutboxMessage> messages = outboxOf().messages();
        b.append("<section aria-labelledby=\"mail\"><h2 id=\"mail\">").append(l.h("outbox.title")).append("</h2>\n<p>")
                .append(l.h("console.outboxCount", messages.size())).append(" <a href=\"/console/outbox\">")
                .append(l.h("console.openOutbox")).append("</a></p></section>\n");
        if (w.settings.consoleNeedsToken()) {
            b.append("<form method=\"post\" action=\"/logout\">").append(w.guard.csrfField(ctx)).append("<button type=\"submit\">")
                    .append(l.h("login.out")).append("</button></form>\n");
        }
        Workbench.html(ctx, w.page(ctx, l, l.get("console.title"), b.toString()));
    }

    private String assessForm(Context ctx, Labels l) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"run\"><h2 id=\"run\">").append(l.h("assess.title"))
                .append("</h2>\n<p>").append(l.h("assess.intro")).append("</p>\n")
                .append("<form method=\"post\" action=\"/console/assess\">\n").append(w.guard.csrfField(ctx))
                .append("<p><label for=\"as-of\">").append(l.h("assess.asOf")).append("</label>\n")
                .append("<input type=\"date\" id=\"as-of\" name=\"asOf\" value=\"").append(Workbench.today())
                .append("\" min=\"2008-01-01\" max=\"2200-12-31\" required></p>\n")
                .append("<p><label for=\"assess-lang\">").append(l.h("assess.lang")).append("</label>\n")
                .append("<select id=\"assess-lang\" name=\"reportLang\">");
        for (Language lang : Language.values()) {
            b.append("<option value=\"").append(lang.code()).append('"').append(lang == l.lang() ? " selected" : "")
                    .append('>').append(Html.text(Labels.of(lang).get("language.name"))).append("</option>");
        }
        return b.append("</select></p>\n<p><button type=\"submit\">").append(l.h("assess.submit"))
                .append("</button></p>\n</form></section>\n").toString();
    }

    private void assess(Context ctx) {
        Labels l = w.labels(ctx);
        LocalDate asOf = PublicPages.parseDate(ctx.formParam("asOf"));
        if (asOf == null || asOf.isBefore(LocalDate.of(2008, 1, 1)) || asOf.isAfter(LocalDate.of(2200, 12, 31))) {
            throw new UsageException(l.get("assess.badDate"));
        }
        String lang = ctx.formParam("reportLang");
        if (lang == null || Language.of(lang).isEmpty()) {
            lang = "en";
        }
        AssessJob.Request request = new AssessJob.Request(w.settings.ws(), asOf, w.inputs(), null, null, null, lang,
                w.settings.toolVersion());
        if (!w.runs.start(request)) {
            w.error(ctx, 409, l.get("assess.busy"));
            return;
        }
        ctx.redirect("/console/assess", HttpStatus.SEE_OTHER);
    }

    private void assessStatus(Context ctx) {
        Labels l = w.labels(ctx);
        AssessRuns.Run run = w.runs.last();
        if (run == null) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
            return;
        }
        StringBuilder b = new StringBuilder();
        if (run.running()) {
            // a page that reloads itself: no script needed to follow the run
            ctx.header("Refresh", "1");
        }
        b.append("<p role=\"status\">").append(l.h(run.running() ? "assess.running" : run.error() == null ? "assess.done" : "assess.failed",
                run.asOf().toString(), seconds(run.elapsed()))).append("</p>\n<ol class=\"phases\">\n");
        for (String phase : AssessJob.PHASES) {
            int at = run.phasesBegun().indexOf(phase);
            boolean current = run.running() && at == run.phasesBegun().size() - 1 && at >= 0;
            String state = at < 0 ? (run.running() ? "waiting" : "skipped") : current ? "current" : run.error() != null
                    && at == run.phasesBegun().size() - 1 ? "stopped" : "done";
            b.append("<li class=\"phase ").append(state).append("\"").append(current ? " aria-current=\"step\"" : "").append('>')
                    .append(l.h("phase." + phase)).append(" — ").append(l.h("phase.state." + state)).append("</li>\n");
        }
        b.append("</ol>\n");
        if (!run.running()) {
            if (run.error() != null) {
                b.append("<p class=\"refused\">").append(Html.text(run.error())).append("</p>\n");
            } else {
                b.append("<p>").append(l.h("assess.summary", run.findings(), run.invalidInputs(), run.ruleFailures()))
                        .append("</p>\n<p><a id=\"open-report\" href=\"/console/reports/").append(Html.attr(run.folder()))
                        .append("/index.html\">").append(l.h("assess.open", run.folder())).append("</a></p>\n");
            }
            b.append("<p><a href=\"/console\">").append(l.h("console.back")).append("</a></p>\n");
        }
        Workbench.html(ctx, w.page(ctx, l, l.get("assess.title"), b.toString()));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    /** A file of a report folder; the folder a date under reports/, the file resolved inside it, links refused. */
    private void reportFile(Context ctx) throws IOException {
        String date = ctx.pathParam("date");
        String file = ctx.pathParam("file");
        Path reports = w.settings.ws().reports().toAbsolutePath().normalize();
        if (!date.matches(DATE) || file.isEmpty() || file.contains("\\") || file.contains("\0") || file.startsWith("/")) {
            throw new Guard.Refused(404, "error.notFound");
        }
        Path folder = reports.resolve(date);
        Path target = folder.resolve(file).normalize();
        if (!target.startsWith(folder) || !Files.isRegularFile(folder.resolve(FindingsJson.FILE), LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                || !target.toRealPath().startsWith(folder.toRealPath())) {
            throw new Guard.Refused(404, "error.notFound");
        }
        String name = target.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(ext);
        if (type == null) {
            throw new Guard.Refused(404, "error.notFound");
        }
        ctx.header("Content-Security-Policy", Guard.REPORT_POLICY);
        ctx.contentType(type).result(Files.readAllBytes(target));
    }

    // ---- the outbox ----

    private Outbox outboxOf() {
        return new Outbox(w.settings.ws().outbox());
    }

    private boolean relayConfigured() {
        return MailRelay.named(w.settings.env(), MailRelay.Overrides.NONE);
    }

    private void outbox(Context ctx) {
        Labels l = w.labels(ctx);
        Outbox box = outboxOf();
        List<OutboxMessage> messages = box.messages();
        Map<String, Ledger.Status> states = new HashMap<>();
        String ledgerProblem = null;
        try {
            box.ledger().entries().forEach(e -> states.put(e.messageId(), e.status()));
        } catch (Ledger.LedgerException e) {
            ledgerProblem = e.getMessage();
        }
        StringBuilder b = new StringBuilder("<p>").append(l.h("outbox.intro")).append("</p>\n");
        if (ledgerProblem != null) {
            b.append("<p class=\"refused\">").append(Html.text(ledgerProblem)).append("</p>\n");
        }
        if (messages.isEmpty()) {
            b.append("<p>").append(l.h("outbox.empty")).append("</p>\n");
        } else {
            b.append("<table class=\"outbox\"><caption>").append(l.h("outbox.caption", messages.size())).append("</caption>\n<thead><tr>");
            for (String h : List.of("outbox.assessment", "outbox.recipient", "outbox.address", "outbox.subject", "outbox.size",
                    "outbox.state", "outbox.preview")) {
                b.append("<th scope=\"col\">").append(l.h(h)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            long pending = 0;
            for (OutboxMessage m : messages) {
                Ledger.Status status = states.get(m.messageId());
                String state = status == null ? "composed" : status.name().toLowerCase(Locale.ROOT);
                if (status != Ledger.Status.ACCEPTED) {
                    pending++;
                }
                String file = m.file().getFileName().toString();
                b.append("<tr><td>").append(Html.text(m.assessment())).append("</td><td>").append(Html.text(m.recipientKey()))
                        .append("</td><td>").append(Html.text(m.address())).append("</td><td>").append(Html.text(m.subject()))
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.1f kB", m.size() / 1024.0)).append("</td><td class=\"state ")
                        .append(state).append("\">").append(l.h("outbox.state." + state)).append("</td><td><a href=\"/console/outbox/")
                        .append(Html.attr(m.assessment())).append('/').append(Html.attr(Html.query(file))).append("\">")
                        .append(l.h("outbox.previewLink", m.recipientKey())).append("</a></td></tr>\n");
            }
            b.append("</tbody></table>\n<p>").append(l.h("outbox.pending", pending)).append("</p>\n");
        }
        Optional<Path> latest = AssessmentFolder.latest(w.settings.ws().reports());
        b.append("<h2>").append(l.h("outbox.composeTitle")).append("</h2>\n");
        if (latest.isPresent()) {
            b.append("<form method=\"post\" action=\"/console/outbox/compose\">").append(w.guard.csrfField(ctx)).append("<p>")
                    .append(l.h("outbox.composeIntro", latest.get().getFileName().toString())).append("</p><p><button type=\"submit\">")
                    .append(l.h("outbox.compose")).append("</button></p></form>\n");
        } else {
            b.append("<p>").append(l.h("console.noReport")).append("</p>\n");
        }
        b.append("<h2>").append(l.h("outbox.sendTitle")).append("</h2>\n");
        if (relayConfigured()) {
            b.append("<form method=\"post\" action=\"/console/outbox/send\">").append(w.guard.csrfField(ctx))
                    .append("<p><input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"yes\" required> <label for=\"confirm\">")
                    .append(l.h("outbox.confirm", w.settings.env().get("LAPCHECK_SMTP_HOST"))).append("</label></p>")
                    .append("<p><button type=\"submit\">").append(l.h("outbox.send")).append("</button></p></form>\n");
        } else {
            b.append("<p>").append(l.h("outbox.noRelay")).append("</p>\n");
        }
        Workbench.html(ctx, w.page(ctx, l, l.get("outbox.title"), b.toString()));
    }

    /** One message, chosen among those the outbox lists: no path from the request reaches the file system. */
    private void preview(Context ctx) {
        Labels l = w.labels(ctx);
        String date = ctx.pathParam("date");
        String file = ctx.pathParam("file");
        OutboxMessage m = outboxOf().messages().stream()
                .filter(x -> x.assessment().equals(date) && x.file().getFileName().toString().equals(file))
                .findFirst().orElseThrow(() -> new Guard.Refused(404, "error.notFound"));
        MessagePreview p = MessagePreview.of(m);
        StringBuilder b = new StringBuilder("<dl class=\"headers\">\n");
        p.headers().forEach((k, v) -> b.append("<dt>").append(Html.text(k)).append("</dt><dd>").append(Html.text(v)).append("</dd>\n"));
        b.append("</dl>\n");
        if (!p.attachments().isEmpty()) {
            b.append("<p>").append(l.h("preview.attachments")).append("</p><ul>");
            p.attachments().forEach(a -> b.append("<li>").append(Html.text(a)).append("</li>"));
            b.append("</ul>\n");
        }
        b.append("<pre class=\"mail\">").append(Html.text(p.text())).append("</pre>\n<p><a href=\"/console/outbox\">")
                .append(l.h("preview.back")).append("</a></p>\n");
        Workbench.html(ctx, w.page(ctx, l, l.get("preview.title", m.subject()), b.toString()));
    }

    private void compose(Context ctx) {
        mail(ctx, false);
    }

    private void send(Context ctx) {
        Labels l = w.labels(ctx);
        if (!relayConfigured()) {
            throw new UsageException(l.get("outbox.noRelay"));
        }
        if (!"yes".equals(ctx.formParam("confirm"))) {
            throw new UsageException(l.get("outbox.unconfirmed"));
        }
        mail(ctx, true);
    }

    /** {@code lap notify} (compose) or {@code lap notify --send} on the latest assessment; its words shown as they are. */
    private void mail(Context ctx, boolean send) {
        Labels l = w.labels(ctx);
        Path dir = AssessmentFolder.latest(w.settings.ws().reports())
                .orElseThrow(() -> new UsageException(l.get("console.noReport")));
        Map<String, String> env = w.settings.env();
        String from = MailRelay.sender(env, MailRelay.Overrides.NONE);
        SmtpSettings smtp = send ? MailRelay.settings(env, MailRelay.Overrides.NONE) : null;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        NotifyJob.Result result;
        synchronized (mailLock) {
            NotifyJob.Delivery delivery = new NotifyJob.Delivery(l.lang().code(), from, outboxOf().dir(), false, send,
                    smtp, RetryPolicy.DEFAULT, null);
            result = NotifyJob.run(NotifyJob.Request.forFolder(w.settings.ws(), w.inputs(), dir, false, delivery),
                    new PrintWriter(out, true), new PrintWriter(err, true));
        }
        String body = "<p role=\"status\">" + l.h("mail.result." + result.name().toLowerCase(Locale.ROOT)) + "</p>\n<pre class=\"log\">"
                + Html.text(out.toString()) + (err.getBuffer().isEmpty() ? "" : "\n" + Html.text(err.toString()))
                + "</pre>\n<p><a href=\"/console/outbox\">" + l.h("preview.back") + "</a></p>";
        Workbench.html(ctx, w.page(ctx, l, l.get(send ? "outbox.send" : "outbox.compose"), body));
    }

    // ---- login (only when a token is configured) ----

    private void loginPage(Context ctx) {
        Labels l = w.labels(ctx);
        if (!w.settings.consoleNeedsToken()) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
            return;
        }
        String next = ctx.queryParam("next");
        StringBuilder b = new StringBuilder("<p>").append(l.h("login.intro")).append("</p>\n")
                .append("<form method=\"post\" action=\"/login\">").append(w.guard.csrfField(ctx))
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.attr(safeNext(next))).append("\">")
                .append("<p><label for=\"token\">").append(l.h("login.token")).append("</label>\n")
                .append("<input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"current-password\" required></p>")
                .append("<p><button type=\"submit\">").append(l.h("login.submit")).append("</button></p></form>\n");
        Workbench.html(ctx, w.page(ctx, l, l.get("login.title"), b.toString()));
    }

    private void login(Context ctx) throws InterruptedException {
        Labels l = w.labels(ctx);
        if (!w.settings.consoleNeedsToken()) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
            return;
        }
        if (!w.guard.signIn(ctx, ctx.formParam("token"))) {
            Thread.sleep(500); // guessing gets slow
            w.error(ctx, 401, l.get("login.wrong"));
            return;
        }
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    /** Only a console path of this server: never a redirect elsewhere. */
    static String safeNext(String next) {
        return next != null && Guard.isConsole(next) && next.matches("/[A-Za-z0-9/._-]*") ? next : "/console";
    }
}
