package org.lapcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.CliRun;
import org.lapcheck.TestProject;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.submission.yaml.SafeYaml;

/**
 * The workbench over HTTP, without a browser: the security headers of every page, CSRF and Origin checks, the Host
 * check against DNS rebinding, the token and its login, confinement of report files, bounded uploads kept in memory,
 * the JSON endpoint, and the hostile corpus through the check page. One server for the class.
 */
class WorkbenchHttpTest {

    @TempDir
    static Path home;
    static Workspace ws;
    static Workbench server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serve() throws Exception {
        ws = WebHome.copy(home);
        server = WebHome.serve(ws, "127.0.0.1", null, Map.of());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> form(String path, String body, String... headers) throws Exception {
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A browser's first visit to a form page: its CSRF cookie and the token of its form. */
    record Visit(String cookie, String token) {}

    static Visit visit(String path) throws Exception {
        HttpResponse<String> page = get(path);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Guard.CSRF_COOKIE + "="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return new Visit(cookie, m.group(1));
    }

    static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static HttpResponse<String> upload(String fileName, byte[] file) throws Exception {
        String boundary = "lapcheckTestBoundary7MA4YWxkTrZu0gW";
        return post("/check", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, Map.of("lang", "en"), fileName, file));
    }

    // ---- headers and plain errors ----

    @Test
    void everyAnswerCarriesAStrictPolicyNoSniffingAndNoFraming() throws Exception {
        for (String path : List.of("/", "/check", "/start", "/console", "/console/outbox", "/schema.json", "/static/style.css",
                "/no/such/page", "/start/report?state=DEU&year=2026")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.body()).as(path).doesNotContain("<script").doesNotContain("Exception").doesNotContain("at org.");
        }
        HttpResponse<String> missing = get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(missing.body()).contains("There is no such page.");
    }

    @Test
    void aHostNameOtherThanThisMachineIsRefusedSoNoPageElsewhereCanRebindIt() throws Exception {
        assertThat(rawGet(server.port(), "/console", "attacker.example:" + server.port())).startsWith("HTTP/1.1 421")
                .contains("answers only to its own address").doesNotContain("Outbox");
        assertThat(get("/console", "Accept-Language", "fr").statusCode()).isEqualTo(200);
    }

    // ---- CSRF and Origin ----

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Visit v = visit("/console");
        HttpResponse<String> r = form("/console/assess", "asOf=2026-11-29&reportLang=en", "Cookie", v.cookie(),
                "Origin", base);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("security token is missing or wrong");
        HttpResponse<String> wrong = form("/console/assess", "asOf=2026-11-29&reportLang=en&csrf=" + "0".repeat(64),
                "Cookie", v.cookie(), "Origin", base);
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> noCookie = form("/console/assess", "asOf=2026-11-29&reportLang=en&csrf=" + v.token(),
                "Origin", base);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(server.runs.last()).isNull();
        assertThat(ws.reports()).doesNotExist();
    }

    @Test
    void aStateChangingRequestFromAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
        Visit v = visit("/console");
        String body = "csrf=" + v.token();
        assertThat(form("/console/outbox/compose", body, "Cookie", v.cookie(), "Origin", "http://attacker.example")
                .statusCode()).isEqualTo(403);
        assertThat(form("/console/outbox/compose", body, "Cookie", v.cookie()).statusCode()).isEqualTo(403);
        assertThat(form("/console/outbox/compose", body, "Cookie", v.cookie(), "Referer", "http://attacker.example/x")
                .statusCode()).isEqualTo(403);
        // the same request from this site passes both checks and reaches the job, which finds nothing to compose
        HttpResponse<String> same = form("/console/outbox/compose", body, "Cookie", v.cookie(), "Origin", base);
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("No assessment in reports/ yet");
    }

    // ---- the token ----

    @Test
    void offLoopbackServeRefusesToStartWithoutAToken() {
        assertThatThrownBy(() -> ServeSettings.of(ws, "0.0.0.0", 0, null, Map.of(), "test"))
                .isInstanceOf(UsageException.class).hasMessageContaining("LAPCHECK_SERVE_TOKEN");
        assertThatThrownBy(() -> ServeSettings.of(ws, "0.0.0.0", 0, null, Map.of("LAPCHECK_SERVE_TOKEN", "short"), "test"))
                .isInstanceOf(UsageException.class).hasMessageContaining("shorter than 16");
        assertThat(ServeSettings.of(ws, "0.0.0.0", 0, null, Map.of("LAPCHECK_SERVE_TOKEN", "a".repeat(24)), "test")
                .consoleNeedsToken()).isTrue();
        CliRun run = CliRun.in(ws, "serve", "--bind", "0.0.0.0", "--port", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not a loopback address").contains("LAPCHECK_SERVE_TOKEN");
    }

    @Test
    void withATokenTheConsoleAsksForItAndAnHttpOnlySameSiteCookieOpensIt() throws Exception {
        String token = "correct-horse-battery-staple-42";
        try (Workbench guarded = WebHome.serve(ws, "127.0.0.1", token, Map.of())) {
            String at = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> console = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/console/outbox")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(console.statusCode()).isEqualTo(303);
            assertThat(console.headers().firstValue("Location")).contains("/login?next=%2Fconsole%2Foutbox");
            assertThat(console.body()).doesNotContain("Outbox");
            // public pages stay open
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(at + "/check")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            cookie = cookie.substring(0, cookie.indexOf(';'));
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(login.body());
            assertThat(m.find()).isTrue();
            String csrf = m.group(1);
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie).header("Origin", at)
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&token=guess&next=/console")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Guard.SESSION_COOKIE));
            HttpResponse<String> right = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie).header("Origin", at)
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&token=" + token + "&next=/console/outbox")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(right.statusCode()).isEqualTo(303);
            assertThat(right.headers().firstValue("Location")).contains("/console/outbox");
            String session = right.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(Guard.SESSION_COOKIE + "=")).findFirst().orElseThrow();
            assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain(token);
            HttpResponse<String> open = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/console/outbox"))
                    .header("Cookie", session.substring(0, session.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.body()).contains("Outbox");
            // behind a reverse proxy the public name arrives as the Host: with a token the login guards the console
            assertThat(rawGet(guarded.port(), "/console", "lapcheck.example.org")).startsWith("HTTP/1.1 303")
                    .contains("/login?next=");
            // a redirect after login never leaves the console of this server
            assertThat(ConsolePages.safeNext("https://attacker.example/")).isEqualTo("/console");
            assertThat(ConsolePages.safeNext("//attacker.example")).isEqualTo("/console");
        }
    }

    // ---- report files stay inside their folder ----

    @Test
    void onlyFilesInsideAReportFolderAreServedAndNeverThroughALink() throws Exception {
        Path folder = Files.createDirectories(ws.reports().resolve("2026-11-29"));
        Files.writeString(folder.resolve("findings.json"), "{}");
        Files.writeString(folder.resolve("index.html"), "<!DOCTYPE html><title>r</title><p>the report</p>");
        Path secret = Files.writeString(home.resolve("secret.txt"), "do not serve");
        Files.createSymbolicLink(folder.resolve("link.txt"), secret);
        try {
            HttpResponse<String> index = get("/console/reports/2026-11-29/index.html");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("the report");
            assertThat(index.headers().firstValue("Content-Security-Policy")).contains(Guard.REPORT_POLICY);
            for (String path : List.of("/console/reports/2026-11-29/link.txt", "/console/reports/2026-11-29/..%2F..%2Fsecret.txt",
                    "/console/reports/2026-11-29/%2e%2e/%2e%2e/secret.txt", "/console/reports/..%2F..%2F/secret.txt",
                    "/console/reports/2026-11-29/..%5C..%5Csecret.txt", "/console/reports/2026-11-30/index.html")) {
                HttpResponse<String> r = get(path);
                assertThat(r.statusCode()).as(path).isIn(400, 404);
                assertThat(r.body()).as(path).doesNotContain("do not serve");
            }
            assertThat(get("/console/report").headers().firstValue("Location")).contains("/console/reports/2026-11-29/index.html");
        } finally {
            try (Stream<Path> all = Files.walk(ws.reports())) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---- the check: JSON, uploads, the hostile corpus ----

    @Test
    void theJsonEndpointSaysWhatValidateSaysInTheLanguageAsked() throws Exception {
        byte[] deu = Files.readAllBytes(TestProject.inputs().resolve("submissions/2025/DEU.yaml"));
        HttpResponse<String> fr = post("/api/check?lang=fr&name=DEU.yaml", "application/yaml", deu);
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(fr.body()).contains("\"valid\": true").contains("\"file\": \"DEU.yaml\"").contains("A3-DESTROYED-DECLARED:DEU:2025")
                .contains("a achevé la destruction");
        String broken = "format: lap-self-report/1\nstate:\n  iso3: DEU\nreport:\n  covers: 2025\n  submitted: 2026-02-30\n";
        HttpResponse<String> bad = post("/api/check", "text/plain", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"valid\": false").contains("\"line\": 6").contains("\"level\": \"error\"")
                .contains("\"findings\": []");
    }

    @Test
    void anUploadIsCheckedInMemoryAndNeverWrittenToDisk() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> before = list(tmp);
        // a file near the loader's limit: the largest a multipart parser would spill to a temporary file
        String pad = "# " + "x".repeat(98) + "\n";
        String big = "format: lap-self-report/1\nstate: {iso3: DEU}\nreport: {covers: 2025}\n"
                + pad.repeat((SafeYaml.MAX_BYTES - 4096) / pad.length());
        HttpResponse<String> r = upload("DEU.yaml", big.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Valid: the report of DEU covering 2025");
        Set<String> after = list(tmp);
        after.removeAll(before);
        assertThat(after).as("files made in %s during the upload", tmp).noneMatch(n -> n.toLowerCase().contains("multipart")
                || n.startsWith("jetty") || n.endsWith(".tmp"));
        assertThat(list(ws.inputs().resolve("submissions/2025"))).doesNotContain("pasted.yaml", "report.yaml");
    }

    @Test
    void whatIsLargerThanAReportCanBeIsRefusedWithAPlainPage() throws Exception {
        byte[] over = new byte[SafeYaml.MAX_BYTES + 10];
        java.util.Arrays.fill(over, (byte) '#');
        HttpResponse<String> api = post("/api/check", "application/yaml", over);
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(api.body()).contains("more than the limit");
        HttpResponse<String> huge = post("/api/check", "application/yaml", new byte[(int) Workbench.MAX_REQUEST + 1024]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("larger than a report can be").doesNotContain("Exception");
    }

    @Test
    void everyFileOfTheHostileCorpusIsAnsweredWithItsProblemsAndNothingItHoldsReachesThePageUnescaped() throws Exception {
        Path corpus = Path.of(WorkbenchHttpTest.class.getResource("/org/lapcheck/hostile/corpus.tsv").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> all = Files.list(corpus)) {
            files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            HttpResponse<String> page = upload(f.getFileName().toString(), bytes);
            assertThat(page.statusCode()).as(f.toString()).isEqualTo(200);
            assertThat(page.body()).as(f.toString()).contains("What lapcheck found in").doesNotContain("<script")
                    .doesNotContain("<img").doesNotContainPattern("\\sat (org|java)\\.[a-z]");
            HttpResponse<String> api = post("/api/check", "application/yaml", bytes);
            assertThat(api.statusCode()).as(f.toString()).isIn(200, 422);
            if (f.getFileName().toString().equals("impossible-dates.yaml")) {
                assertThat(page.body()).contains("id=\"L8\" class=\"mark error\"").contains("href=\"#L8\"");
            }
        }
        // a state's text with markup is shown as text
        String markup = "format: lap-self-report/1\nstate:\n  iso3: DEU\n  name: \"<script>alert(1)</script>\u202e\"\nreport: {covers: 2025}\n";
        HttpResponse<String> page = upload("DEU.yaml", markup.getBytes(StandardCharsets.UTF_8));
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;U+202E&gt;").doesNotContain("\u202e");
    }

    /** A GET with a Host header of our choosing (java.net.http will not send one). */
    static String rawGet(int port, String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
