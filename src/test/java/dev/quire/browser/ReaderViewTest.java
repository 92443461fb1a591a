package dev.quire.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.serve.PreviewServer;
import dev.quire.testing.Chromium;
import dev.quire.testing.ExampleSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What a reader sees, in headless Debian Chromium: the example site built in memory and served on
 * a free loopback port. Checks that pages load without console errors or failed requests, that
 * nothing is fetched from outside the site, that the home page shows its five sections, and that
 * nothing scrolls sideways on a phone; saves screenshots (light and dark, 1280 and 390 px wide)
 * under {@code target/screenshots/}.
 *
 * <p>Skipped, with a notice, where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} (or the paths
 * in {@code -Dquire.chromium} and {@code -Dquire.chromedriver}) is
 * missing; {@code .ci/run} installs both so CI always runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderViewTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        server = new PreviewServer("127.0.0.1", 0, ExampleSite.build());
        server.start();
        base = "http://127.0.0.1:" + server.port() + "/";

        ChromeOptions options = Chromium.options("--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = Chromium.start(options);
        Files.createDirectories(SHOTS);
    }

    /** Each test reports as skipped, not passed, where there is no browser. */
    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(driver != null, "no Chromium on this machine");
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePageShowsEverySectionWithoutErrors() throws Exception {
        open("");
        for (String id : List.of("format", "focus", "latest", "archive", "topic-log")) {
            assertThat(driver.findElement(By.id(id)).isDisplayed()).as("section #" + id).isTrue();
        }
        assertThat(driver.findElement(By.cssSelector(".hero-title")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".stats .stat"))).hasSize(3);
        // the home page's archive lists the newest ten memos, then links to the full archive
        assertThat(driver.findElements(By.cssSelector("#archive .archive-row"))).hasSize(10);
        WebElement all = driver.findElement(By.cssSelector("#archive .see-all a"));
        assertThat(all.isDisplayed()).isTrue();
        assertThat(all.getAttribute("href")).endsWith("/archive/");
        assertCleanLoad();
        screenshots("home");
    }

    @Test
    void memoPageReadsWithoutErrors() throws Exception {
        open("");
        String href = driver.findElement(By.cssSelector(".featured-title a")).getAttribute("href");
        driver.get(href);
        assertThat(driver.findElement(By.cssSelector(".memo-title")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".memo-body")).getText()).hasSizeGreaterThan(500);
        assertCleanLoad();
        screenshots("memo");
    }

    /**
     * On wide screens each footnote sits in the right margin beside its reference, clear of the
     * text column and of the next note, and the footnotes section is hidden; on a phone and in
     * print the margin notes are hidden and the footnotes are back.
     */
    @Test
    void footnotesSitInTheMarginOnWideScreensOnly() {
        open("memos/probe-control-tasks/");
        for (int width : List.of(1280, 1440)) {
            setWidth(width);
            assertNoSidewaysScroll("memo with sidenotes", width);
            List<Map<String, Number>> notes = rects(".memo-body .sidenote");
            List<Map<String, Number>> refs = rects(".memo-body .sidenote", "previousElementSibling");
            Map<String, Number> column = rects(".memo-body > p").get(0);
            assertThat(notes).as("margin notes at " + width).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 0; i < notes.size(); i++) {
                Map<String, Number> note = notes.get(i);
                assertThat(note.get("width").doubleValue()).as("note width at " + width).isGreaterThan(200);
                assertThat(note.get("left").doubleValue()).as("note clear of the column at " + width)
                        .isGreaterThanOrEqualTo(column.get("right").doubleValue() + 16);
                assertThat(note.get("right").doubleValue()).as("note inside the window at " + width).isLessThanOrEqualTo(width);
                assertThat(note.get("top").doubleValue()).as("note " + (i + 1) + " level with its reference at " + width)
                        .isCloseTo(refs.get(i).get("top").doubleValue(), Offset.offset(40.0));
                if (i > 0) {
                    assertThat(note.get("top").doubleValue()).as("notes never overlap").isGreaterThanOrEqualTo(
                            notes.get(i - 1).get("bottom").doubleValue());
                }
            }
            assertThat(driver.findElement(By.cssSelector(".footnotes")).isDisplayed()).as("footnotes at " + width).isFalse();
            for (Map<String, Number> wide : rects(".memo-body > :is(.table-wrap, .math.display, pre)")) {
                assertThat(wide.get("right").doubleValue()).as("wide blocks stay out of the margin at " + width)
                        .isLessThanOrEqualTo(column.get("right").doubleValue() + 1);
            }
        }
        setWidth(390);
        assertThat(driver.findElement(By.cssSelector(".memo-body .sidenote")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".footnotes")).isDisplayed()).isTrue();

        setWidth(1440);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".memo-body .sidenote")).isDisplayed()).as("sidenote in print").isFalse();
        assertThat(driver.findElement(By.cssSelector(".footnotes")).isDisplayed()).as("footnotes in print").isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertCleanLoad();
    }

    /** A memo with headings shows its contents list; callouts show their titles; the citation opens without script. */
    @Test
    void contentsCalloutsAndCitationShow() throws Exception {
        open("memos/answer-extraction-gsm8k/");
        assertThat(driver.findElement(By.cssSelector("nav.toc[aria-label=Contents]")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("nav.toc a"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.cssSelector(".callout-important .callout-title")).getText()).isEqualTo("Important");
        assertThat(driver.findElement(By.cssSelector("details.callout > p")).isDisplayed()).as("folded callout").isFalse();
        driver.findElement(By.cssSelector(".cite-memo > summary")).click();
        assertThat(driver.findElement(By.cssSelector(".cite-memo pre")).getText()).startsWith("@misc{ashworth2026answer,");
        assertCleanLoad();
        screenshots("memo-writing");
    }

    private void setWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Page rectangles (left, right, top, bottom, width) of the elements matching {@code css}, or of a relative of each. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Number>> rects(String css, String... relative) {
        String hop = relative.length == 0 ? "" : "." + relative[0];
        return (List<Map<String, Number>>) driver.executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e" + hop + ".getBoundingClientRect())"
                        + ".map(r => ({left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width}));",
                css);
    }

    @Test
    void mathAndCodeAreRenderedAtBuildTime() throws Exception {
        open("memos/small-scale-compute-optimal-fit/");
        assertThat(driver.findElements(By.cssSelector("script[src*='katex']"))).as("no math script").isEmpty();
        WebElement equation = driver.findElement(By.id("eq-loss-form"));
        assertThat(equation.findElement(By.cssSelector(".katex-html")).isDisplayed()).isTrue();
        assertThat(equation.findElement(By.cssSelector(".eq-number")).getText()).isEqualTo("(1)");
        WebElement reference = driver.findElement(By.cssSelector("a.xref[href='#eq-loss-form']"));
        assertThat(reference.getText()).isEqualTo("Equation 1"); // WebDriver reads the no-break space as a space
        Boolean fontLoaded = (Boolean) driver.executeAsyncScript(
                "const done = arguments[0]; document.fonts.ready.then(() => done(document.fonts.check('16px KaTeX_Main')));");
        assertThat(fontLoaded).as("KaTeX's font, served by the site").isTrue();
        assertThat(driver.findElement(By.cssSelector("pre code.language-r .hljs-keyword")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".code-block .copy-code"))).as("copy buttons").isNotEmpty();
        assertCleanLoad();
        screenshots("math");
    }

    /**
     * A memo heavy in math and citations: every citation link lands on an entry of the reference
     * list, the list ends the memo, figure references land on their figure, and links between
     * memos lead to pages that list this memo under "Referenced by".
     */
    @Test
    void citedMemoWithMathAndFigures() throws Exception {
        open("memos/grokking-delay-weight-decay/");
        List<WebElement> citations = driver.findElements(By.cssSelector(".memo-body .citation a"));
        assertThat(citations).hasSizeGreaterThanOrEqualTo(6);
        for (WebElement link : citations) {
            String target = link.getAttribute("href").replaceFirst("^[^#]*#", "");
            assertThat(driver.findElements(By.cssSelector(".references [id='" + target + "']"))).as(target).hasSize(1);
        }
        WebElement last = driver.findElement(By.cssSelector(".memo-body > :last-child"));
        assertThat(last.getAttribute("class")).isEqualTo("references");
        assertThat(last.findElement(By.tagName("h2")).getText()).isEqualTo("References");
        assertThat(driver.findElements(By.cssSelector(".references a[href^='https://arxiv.org/abs/']"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".memo-body .katex, .memo-body .math"))).hasSizeGreaterThan(10);
        String backTo = driver.getCurrentUrl();
        driver.get(driver.findElement(By.cssSelector(".memo-body a.memo-link")).getAttribute("href"));
        assertThat(driver.findElements(By.cssSelector(".backlink-list a")).stream().map(a -> a.getAttribute("href")))
                .contains(backTo);
        assertCleanLoad();
        open("memos/grokking-delay-weight-decay/");
        screenshots("memo-cited");

        open("memos/lr-schedule-cooldown/");
        WebElement ref = driver.findElement(By.cssSelector("a.figure-ref"));
        assertThat(ref.getText()).isEqualTo("Figure 1");
        WebElement figure = driver.findElement(By.cssSelector("figure[id='fig:cooldown']"));
        assertThat(figure.findElement(By.tagName("figcaption")).getText()).startsWith("Figure 1: Validation loss");
        assertThat(figure.findElement(By.tagName("img")).getAttribute("width")).isNotEmpty();
        assertCleanLoad();
        screenshots("memo-figure");
    }

    private void open(String path) {
        driver.get(base + path);
    }

    /** No console message of level SEVERE, every resource answered 200 from this server. */
    private void assertCleanLoad() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resources = (List<Map<String, Object>>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => ({name: e.name, status: e.responseStatus}));");
        for (Map<String, Object> r : resources) {
            assertThat((String) r.get("name")).as("request stays on the site").startsWith(base);
            assertThat(((Number) r.get("status")).intValue()).as("status of " + r.get("name")).isEqualTo(200);
        }
    }

    private void screenshots(String page) throws Exception {
        assertNoSidewaysScroll(page, 360);
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : List.of(1280, 390)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                assertNoSidewaysScroll(page, width);
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", Math.min(height.intValue(), 16000), "deviceScaleFactor", 1,
                                "mobile", width < 600));
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(SHOTS.resolve(page + "-" + scheme + "-" + width + ".png"), png);
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The narrowest phones are 360 px wide: the page itself must never scroll sideways. */
    private void assertNoSidewaysScroll(String page, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as(page + " at " + width + " px must not scroll sideways").isLessThanOrEqualTo(width);
    }
}
