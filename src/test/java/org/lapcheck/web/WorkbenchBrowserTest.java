package org.lapcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lapcheck.TestProject;
import org.lapcheck.app.Workspace;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: the Debian Chromium driven through /usr/bin/chromedriver (nothing is downloaded;
 * without Chromium these tests are skipped with the command that installs it). One server and one browser for the
 * class; the scenarios run in order where one needs what another made (an assessment, then its outbox).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "Chromium is not installed, so the browser tests are skipped: "
            + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this when apt-get is available)";
    static final String TOKEN = "browser-test-token-0123456789";

    @TempDir
    static Path root;
    static Workspace ws;
    static Workbench server;
    static Workbench exposed;
    static WebDriver browser;
    static Path downloads;
    static String base;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), INSTALL);
        ws = WebHome.copy(Files.createDirectories(root.resolve("home")));
        server = WebHome.serve(ws, "127.0.0.1", null, Map.of());
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createDirectories(root.resolve("downloads"));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString()); // never Selenium Manager
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withSilent(true).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(root.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (exposed != null) {
            exposed.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    static Path resource(String name) throws Exception {
        return Path.of(WorkbenchBrowserTest.class.getResource(name).toURI());
    }

    @Test
    @Order(1)
    void uploadingAFileWithAnImpossibleDateMarksLine6AndLinksToIt() throws Exception {
        browser.get(base + "/check");
        browser.findElement(By.id("file")).sendKeys(resource("impossible-date.yaml").toString());
        browser.findElement(By.cssSelector("form.check button[type=submit]")).click();
        WebElement line6 = waiting(30).until(d -> d.findElement(By.id("L6")));
        assertThat(line6.getAttribute("class")).contains("mark").contains("error");
        assertThat(line6.getText()).contains("submitted: 2026-02-30");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).contains("Not valid yet");
        WebElement link = browser.findElement(By.cssSelector("ol.problems a[href='#L6']"));
        assertThat(link.getText()).contains("line 6");
        link.click();
        assertThat(browser.getCurrentUrl()).endsWith("#L6");
        // only that line is marked
        assertThat(browser.findElements(By.cssSelector("tr.mark"))).hasSize(1);
    }

    @Test
    @Order(2)
    void pastingAValidReportShowsItsFindingsInTheLanguageChosen() throws Exception {
        browser.get(base + "/check");
        String report = Files.readString(TestProject.inputs().resolve("submissions/2025/DEU.yaml"));
        WebElement text = browser.findElement(By.id("text"));
        // what a paste does: the whole text arrives at once (typing 5 kB key by key only tests the driver)
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, report);
        new Select(browser.findElement(By.id("check-lang"))).selectByValue("fr");
        browser.findElement(By.cssSelector("form.check button[type=submit]")).click();
        WebElement verdict = waiting(30).until(d -> d.findElement(By.cssSelector(".verdict")));
        assertThat(verdict.getText()).startsWith("Valide").contains("DEU");
        List<WebElement> findings = browser.findElements(By.cssSelector("ol.findings li.finding"));
        assertThat(findings).isNotEmpty();
        assertThat(browser.findElement(By.id("findings")).getText()).isEqualTo("Ce que l’évaluation dirait de ce seul rapport");
        assertThat(browser.getPageSource()).contains("A3-DESTROYED-DECLARED:DEU:2025").contains("a achevé la destruction");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        // the text stays in the form, to correct and check again
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).contains("iso3: DEU");
    }

    @Test
    @Order(3)
    void aStartedReportDownloadsAndValidatesAsItIs() throws Exception {
        browser.get(base + "/start?lang=en");
        new Select(browser.findElement(By.id("state"))).selectByValue("LAO");
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2026");
        browser.findElement(By.cssSelector("form.start button[type=submit]")).click();
        Path file = downloads.resolve("LAO.yaml");
        waiting(30).until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve("LAO.yaml.crdownload")));
        String text = Files.readString(file);
        assertThat(text).contains("iso3: \"LAO\"").contains("covers: 2026").contains("kind: \"annual\"");
        browser.get(base + "/check");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form.check button[type=submit]")).click();
        WebElement verdict = waiting(30).until(d -> d.findElement(By.cssSelector(".verdict")));
        assertThat(verdict.getText()).startsWith("Valid: the report of LAO covering 2026, 0 warning(s)");
        assertThat(browser.findElements(By.cssSelector("ol.problems li"))).isEmpty();
    }

    @Test
    @Order(4)
    void aFormWithoutItsCsrfTokenIsRefused() {
        browser.get(base + "/console");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=csrf]').forEach(function (e) { e.remove(); });");
        browser.findElement(By.id("as-of")).sendKeys(Keys.ESCAPE); // the form as it is, minus the token
        browser.findElement(By.cssSelector("form[action='/console/assess'] button")).click();
        WebElement refused = waiting(30).until(d -> d.findElement(By.cssSelector("p.refused")));
        assertThat(refused.getText()).contains("security token is missing or wrong");
        assertThat(server.runs.last()).isNull();
    }

    @Test
    @Order(5)
    void runningAnAssessmentShowsItsPhasesAndReachesItsReport() {
        browser.get(base + "/console");
        WebElement date = browser.findElement(By.id("as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-29';", date);
        browser.findElement(By.cssSelector("form[action='/console/assess'] button")).click();
        // the click returns once the navigation has begun; under load the POST's answer can come later
        waiting(60).until(d -> d.getCurrentUrl().endsWith("/console/assess"));
        assertThat(browser.findElements(By.cssSelector("ol.phases li"))).hasSize(4);
        WebElement open = waiting(240).until(d -> {
            d.navigate().refresh(); // what the page's own Refresh header does each second
            List<WebElement> links = d.findElements(By.id("open-report"));
            return links.isEmpty() ? null : links.get(0);
        });
        assertThat(browser.findElements(By.cssSelector("ol.phases li.done"))).hasSize(4);
        open.click();
        assertThat(browser.getCurrentUrl()).endsWith("/console/reports/2026-11-29/index.html");
        assertThat(browser.getPageSource()).contains("2026");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(Files.isRegularFile(ws.reports().resolve("2026-11-29/findings.json"))).isTrue();
    }

    @Test
    @Order(6)
    void theOutboxComposesAndPreviewsAMessageWithItsLedgerState() {
        browser.get(base + "/console/outbox");
        browser.findElement(By.cssSelector("form[action='/console/outbox/compose'] button")).click();
        WebElement log = waiting(120).until(d -> d.findElement(By.cssSelector("pre.log")));
        assertThat(log.getText()).contains("composed");
        browser.get(base + "/console/outbox");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.outbox tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElement(By.cssSelector("td.state")).getText()).isEqualTo("composed");
        assertThat(browser.getPageSource()).contains("Sending needs a mail relay");
        rows.get(0).findElement(By.tagName("a")).click();
        WebElement headers = waiting(30).until(d -> d.findElement(By.cssSelector("dl.headers")));
        assertThat(headers.getText()).contains("Subject").contains("To");
        assertThat(browser.findElement(By.cssSelector("pre.mail")).getText()).isNotBlank();
    }

    @Test
    @Order(7)
    void boundOffLoopbackTheConsoleIsRefusedWithoutTheTokenAndOpensWithIt() throws Exception {
        // bound to every address (not loopback); the browser reaches it through loopback, as a proxy on this machine would
        exposed = WebHome.serve(ws, "0.0.0.0", TOKEN, Map.of());
        String at = "http://127.0.0.1:" + exposed.port();
        browser.get(at + "/console/outbox");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.getPageSource()).doesNotContain("table class=\"outbox\"");
        WebElement token = browser.findElement(By.id("token"));
        token.sendKeys("not-the-token-at-all", Keys.ENTER);
        WebElement refused = waiting(30).until(d -> d.findElement(By.cssSelector("p.refused")));
        assertThat(refused.getText()).contains("That is not the token");
        browser.get(at + "/console/outbox");
        browser.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER);
        waiting(30).until(d -> d.getCurrentUrl().endsWith("/console/outbox"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Outbox");
        // the public pages never asked
        browser.get(at + "/check");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check a report");
    }

    @Test
    @Order(8)
    void everyFormIsLabelledAndUsableWithTheKeyboardAlone() throws Exception {
        for (String path : List.of("/", "/check", "/start", "/console", "/console/outbox")) {
            browser.get(base + path);
            List<WebElement> controls = browser.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"));
            for (WebElement c : controls) {
                String id = c.getAttribute("id");
                assertThat(id).as(path + ": a control without an id").isNotBlank();
                assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as(path + " #" + id).hasSize(1);
            }
            // Tab from the top reaches every control and button, in order, the skip link first
            List<WebElement> expected = browser.findElements(By.cssSelector(
                    "input:not([type=hidden]), select, textarea, button"));
            List<WebElement> reached = new ArrayList<>();
            tab();
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getAttribute("class")).as(path).isEqualTo("skip");
            for (int i = 0; i < 60 && reached.size() < expected.size(); i++) {
                WebElement active = browser.switchTo().activeElement();
                if (expected.contains(active) && !reached.contains(active)) {
                    reached.add(active);
                }
                tab();
            }
            assertThat(reached).as(path).containsExactlyInAnyOrderElementsOf(expected);
        }
        // a whole check with the keyboard: Tab to the text, type, Tab to the button, Enter
        browser.get(base + "/check");
        WebElement text = browser.findElement(By.id("text"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('file').focus();");
        tab();
        assertThat(browser.switchTo().activeElement()).isEqualTo(text);
        text.sendKeys("format: lap-self-report/1\nstate:\n  iso3: DEU\nreport:\n  covers: 2025\n  kind: anual\n");
        WebElement active = browser.switchTo().activeElement();
        for (int i = 0; i < 10 && !"BUTTON".equalsIgnoreCase(active.getTagName()); i++) {
            tab();
            active = browser.switchTo().activeElement();
        }
        assertThat(active.getText()).isEqualTo("Check");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement verdict = waiting(30).until(d -> d.findElement(By.cssSelector(".verdict")));
        assertThat(verdict.getText()).contains("Not valid yet");
        assertThat(browser.findElement(By.id("L6")).getAttribute("class")).contains("error");
        assertThat(browser.findElement(By.cssSelector("ol.problems")).getText()).contains("anual");
    }

    /** The Tab key, pressed on whatever has the focus (as a person does; a file input takes keys as a path). */
    static void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    static File file(Path p) {
        return p.toFile();
    }
}
