package org.lapcheck.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.lapcheck.app.ValidateJob;
import org.lapcheck.app.UsageException;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.model.Language;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.wording.MessageCatalog;

/**
 * {@code lap serve}: the web workbench. Public pages for a state's focal point (check a report, start a report, the
 * schema) and the coordinators' console (the latest report, running an assessment, the outbox). Pages are rendered
 * here, as plain HTML forms that need no script; the work is the application layer's ({@code app}), as the command
 * line does it. Nothing a visitor sends is written to disk.
 */
public final class Workbench implements AutoCloseable {

    /** Uploads and pasted text: the loader's own limit, with room for the form around it. */
    static final long MAX_REQUEST = 2L * SafeYaml.MAX_BYTES + 64 * 1024;

    final ServeSettings settings;
    final Guard guard;
    final ReferenceData reference;
    final ValidateJob.Checker checker;
    final AssessRuns runs = new AssessRuns();
    private final Map<Language, MessageCatalog> catalogs = new ConcurrentHashMap<>();
    private final Javalin app;

    private Workbench(ServeSettings settings, ValidateJob.Checker checker) {
        this.settings = settings;
        this.guard = new Guard(settings);
        this.reference = checker.reference();
        this.checker = checker;
        PublicPages pub = new PublicPages(this);
        ConsolePages console = new ConsolePages(this);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_REQUEST;
            config.http.generateEtags = false;
            // Uploads stay in memory: the in-memory threshold is above the largest file accepted, so no part is
            // ever written to a temporary file.
            config.jetty.multipartConfig.maxFileSize(SafeYaml.MAX_BYTES + 1024L, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_REQUEST, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST, SizeUnit.BYTES);
            config.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize((int) MAX_REQUEST));
            config.jetty.modifyServer(server -> {
                ErrorHandler errors = new ErrorHandler();
                errors.setShowStacks(false);
                errors.setShowMessageInTitle(false);
                server.setErrorHandler(errors);
            });
            config.routes.before(guard::before);
            pub.routes(config.routes);
            console.routes(config.routes);
            config.routes.get("/static/style.css", ctx -> resource(ctx, "style.css", "text/css; charset=utf-8"));
            config.routes.exception(Guard.Refused.class, (e, ctx) -> {
                if (e.labelKey == null) {
                    ctx.status(e.status);
                    return;
                }
                error(ctx, e.status, labels(ctx).get(e.labelKey));
            });
            config.routes.exception(UsageException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    labels(ctx).get(e.getStatus() == 413 ? "error.tooLarge"
                            : e.getStatus() == 404 || e.getStatus() == 405 ? "error.notFound" : "error.request")));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("lap serve: unexpected error on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace();
                error(ctx, 500, labels(ctx).get("error.internal"));
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("text/html")) {
                    error(ctx, 404, labels(ctx).get("error.notFound"));
                }
            });
        });
    }

    /**
     * Loads the reference data and the rulebook (a broken rulebook stops the start, as it stops {@code lap assess}),
     * then listens.
     */
    public static Workbench start(ServeSettings settings) throws RulebookException {
        Workbench w = new Workbench(settings, ValidateJob.Checker.ready(settings.ws(), settings.inputsDir(),
                settings.ws().rules(), settings.toolVersion()));
        try {
            w.app.start();
        } catch (RuntimeException e) {
            w.runs.close();
            throw new UsageException("cannot listen on " + settings.bind() + ":" + settings.port() + " ("
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")", e);
        }
        w.warmUp();
        return w;
    }

    /**
     * Checks a few made-up reports in the background, so the first visitor does not wait for the rule engine's
     * first session (class loading and first-time code: seconds on a cold JVM). Pages answer meanwhile.
     */
    private void warmUp() {
        Thread t = new Thread(() -> {
            try {
                String iso3 = reference.membership().stream().filter(s -> s.entryIntoForce() != null)
                        .map(org.lapcheck.model.StateParty::iso3).findFirst().orElse(null);
                if (iso3 == null) {
                    return;
                }
                int year = today().getYear() - 1;
                String text = org.lapcheck.app.StartReport.start(reference, settings.inputsDir(), iso3, year, null).text();
                byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (int i = 0; i < 20; i++) {
                    checker.check("warm-up.yaml", bytes, today());
                }
            } catch (RuntimeException | RulebookException e) {
                System.err.println("lap serve: warming up failed (" + e + "); the first check will be slower");
            }
        }, "lapcheck-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public int port() {
        return app.port();
    }

    /** The address to open, as printed at start. */
    public String address() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + (host.equals("0.0.0.0") || host.equals("[::]") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        runs.close();
        app.stop();
    }

    // ---- shared by the pages ----

    /** The visitor's language: {@code ?lang=}, then the cookie it set, then the browser's, else English. */
    Labels labels(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && Language.of(asked).isPresent()) {
            Cookie c = new Cookie("lapcheck_lang", asked, "/", 365 * 24 * 3600, false, true);
            c.setSameSite(SameSite.LAX);
            ctx.cookie(c);
            return Labels.of(Language.of(asked).get());
        }
        String kept = ctx.cookie("lapcheck_lang");
        if (kept != null && Language.of(kept).isPresent()) {
            return Labels.of(Language.of(kept).get());
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String code = part.strip().toLowerCase(Locale.ROOT);
                code = code.length() >= 2 ? code.substring(0, 2) : code;
                if (Language.of(code).isPresent()) {
                    return Labels.of(Language.of(code).get());
                }
            }
        }
        return Labels.of(Language.EN);
    }

    MessageCatalog catalog(Language language) {
        return catalogs.computeIfAbsent(language, l -> l == Language.EN ? MessageCatalog.english()
                : MessageCatalog.load(settings.ws().rules(), l.locale()));
    }

    /** A whole page: the header with navigation and the language switch, then {@code body}. */
    String page(Context ctx, Labels l, String title, String body) {
        StringBuilder b = new StringBuilder(body.length() + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" · lapcheck</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(l.h("nav.skip")).append("</a>\n")
                .append("<header>\n<nav aria-label=\"").append(l.h("nav.label")).append("\"><ul>\n");
        String path = ctx.path();
        for (String[] item : new String[][] {{"/", "nav.home"}, {"/check", "nav.check"}, {"/start", "nav.start"},
                {"/schema.json", "nav.schema"}, {"/console", "nav.console"}}) {
            boolean here = path.equals(item[0]) || !item[0].equals("/") && path.startsWith(item[0] + "/");
            b.append("<li><a href=\"").append(item[0]).append('"').append(here ? " aria-current=\"page\"" : "").append('>')
                    .append(l.h(item[1])).append("</a></li>\n");
        }
        b.append("</ul></nav>\n<form class=\"lang\" method=\"get\" action=\"").append(Html.attr(languagePath(path)))
                .append("\">\n<label for=\"lang-switch\">").append(l.h("nav.language")).append("</label>\n")
                .append("<select id=\"lang-switch\" name=\"lang\">");
        for (Language lang : Language.values()) {
            b.append("<option value=\"").append(lang.code()).append('"').append(lang == l.lang() ? " selected" : "")
                    .append('>').append(Html.text(Labels.of(lang).get("language.name"))).append("</option>");
        }
        b.append("</select>\n<button type=\"submit\">").append(l.h("nav.languageGo")).append("</button>\n</form>\n</header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n<h1>").append(Html.text(title)).append("</h1>\n")
                .append(body).append("\n</main>\n<footer><p>").append(l.h("footer", settings.toolVersion()))
                .append("</p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Where the language switch goes: the page itself, or its form for pages that answer a POST. */
    private static String languagePath(String path) {
        return path.startsWith("/console/outbox/") || path.startsWith("/console/reports/") ? "/console" : path;
    }

    /** A plain page saying what went wrong, never a stack trace. */
    void error(Context ctx, int status, String message) {
        Labels l = labels(ctx);
        ctx.status(status);
        ctx.header("Content-Security-Policy", Guard.PAGE_POLICY);
        Workbench.html(ctx, page(ctx, l, l.get("error.title"), "<p class=\"refused\">" + Html.text(message) + "</p>\n<p><a href=\"/\">"
                + l.h("error.back") + "</a></p>"));
    }

    /** An HTML page, with its charset said in the header too. */
    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void resource(Context ctx, String name, String type) {
        try (InputStream in = Workbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Today, the date a check is as of (as {@code lap validate} without {@code --as-of}). */
    static LocalDate today() {
        return LocalDate.now();
    }

    Path inputs() {
        return settings.inputsDir();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }
}
