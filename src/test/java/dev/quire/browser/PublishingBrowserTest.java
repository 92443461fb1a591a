package dev.quire.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.serve.PreviewServer;
import dev.quire.testing.Chromium;
import dev.quire.testing.ExampleSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The reader tools in headless Debian Chromium, on the example site served from memory: axe-core
 * finds no accessibility violation on the home, memo, archive and search pages in light and dark;
 * a query typed into the header's search box lists the expected memo with the match marked; the
 * light/dark toggle is remembered across pages; pages read with JavaScript off; print drops
 * navigation and tools and shows link addresses.
 *
 * <p>axe-core comes from npm ({@code .ci/run} installs it into {@code .ci/npm}); another copy can
 * be named with {@code -Dquire.axe=path/to/axe.min.js}. Without it the axe test is skipped with a
 * notice, except in CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingBrowserTest {
    private static final Path AXE = Path.of(System.getProperty("quire.axe", ".ci/npm/node_modules/axe-core/axe.min.js"));

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

        ChromeOptions options = Chromium.options("--hide-scrollbars",
                // pages kept for the back button keep the preview's live-reload stream open; with
                // six of them Chromium has no connection left to this host for the search's fetches
                "--disable-features=BackForwardCache");
        driver = Chromium.start(options);
    }

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
    void axeFindsNoViolationsInLightAndDark() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            String message = "axe-core not found at " + AXE + " (npm install --prefix .ci/npm axe-core@4, or -Dquire.axe=...)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            System.err.println("NOTICE: accessibility test skipped: " + message);
            Assumptions.abort(message);
        }
        String axe = Files.readString(AXE);
        String memo = "memos/warmup-stabilizes-adam/";
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            // the second memo: citations, a numbered figure, a reference list and backlinks; the
            // third: a results table whose column headers are nothing but math
            for (String page : List.of("", memo, "memos/lr-schedule-cooldown/", "memos/grokking-delay-weight-decay/",
                    "archive/", "search/?q=adam+warmup")) {
                driver.get(base + page);
                if (page.startsWith("search/")) {
                    waitFor(".search-result");
                }
                driver.executeScript(axe);
                String json = (String) driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));");
                JsonNode violations = new ObjectMapper().readTree(json);
                StringBuilder found = new StringBuilder();
                for (JsonNode v : violations) {
                    found.append("\n  ").append(v.get("id").asText()).append(": ").append(v.get("help").asText());
                    for (JsonNode node : v.path("nodes")) {
                        found.append("\n    ").append(node.path("target").toString());
                    }
                }
                assertThat(violations.size()).as("axe violations on /" + page + " (" + scheme + ")" + found).isZero();
                System.out.println("axe: /" + page + " (" + scheme + "): 0 violations");
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void aTableHeaderHoldingOnlyMathIsNamedByItsFormula() {
        driver.get(base + "memos/grokking-delay-weight-decay/");
        List<String> names = driver.findElements(By.cssSelector("th")).stream().map(WebElement::getAccessibleName).toList();
        assertThat(names).containsExactly("\\lambda", "t_{\\text{fit}}", "t_{\\text{grok}}", "\\Delta t", "\\eta\\lambda\\,\\Delta t");
        // the name comes from the hidden MathML copy: a sighted reader still sees each formula once
        assertThat(driver.findElement(By.cssSelector("th")).getText()).isEqualTo("λ");
    }

    @Test
    void aQueryTypedInTheHeaderListsTheMemoWithTheMatchMarked() {
        driver.get(base + "archive/");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("warmup adam");
        box.sendKeys(Keys.ENTER);
        WebElement first = waitFor(".search-result");
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "search/?q=warmup+adam");
        assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("warmup adam");
        assertThat(first.findElement(By.cssSelector("a")).getText()).isEqualTo("Why learning-rate warmup stabilizes Adam");
        assertThat(first.findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo(base + "memos/warmup-stabilizes-adam/");
        assertThat(first.findElement(By.cssSelector("time")).getText()).isEqualTo("February 3, 2026");
        List<String> marked = first.findElements(By.cssSelector("mark")).stream().map(WebElement::getText)
                .map(String::toLowerCase).distinct().toList();
        assertThat(marked).isNotEmpty().allMatch(m -> m.startsWith("warmup") || m.startsWith("adam"));
        String status = driver.findElement(By.id("search-status")).getText();
        assertThat(status).matches("\\d+ memos? match(es)? “warmup adam”\\.");
        System.out.println("search: 'warmup adam' → " + status + " first: " + first.getText().replace('\n', ' '));

        // typing on the search page itself updates the results, and the keyboard reaches them
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("grokking");
        until(d -> d.findElements(By.cssSelector(".search-result a")).stream()
                .anyMatch(a -> a.getText().equals("Grokking delay scales inversely with weight decay")) ? true : null);
        input.sendKeys(Keys.TAB);
        input = driver.switchTo().activeElement();
        assertThat(input.getText()).isIn("Search", "Grokking delay scales inversely with weight decay");
    }

    @Test
    void themeToggleIsRememberedAcrossPages() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        driver.get(base);
        driver.executeScript("localStorage.removeItem('quire-theme')");
        driver.navigate().refresh();
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        String lightPaper = paper();
        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(paper()).isNotEqualTo(lightPaper).isEqualTo("rgb(20, 22, 26)");
        driver.get(base + "archive/");
        assertThat(paper()).isEqualTo("rgb(20, 22, 26)");
        assertThat(driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(paper()).isEqualTo(lightPaper);
        driver.executeScript("localStorage.removeItem('quire-theme')");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void headerToolsFitAPhoneWithoutSidewaysScroll() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : List.of("", "search/?q=adam")) {
                driver.get(base + page);
                assertThat(driver.findElement(By.id("site-search-q")).isDisplayed()).isTrue();
                Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                assertThat(width.intValue()).as("/" + page + " at 360 px").isLessThanOrEqualTo(360);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void pagesReadWithJavaScriptOff() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(base + "memos/warmup-stabilizes-adam/");
            assertThat(driver.findElement(By.cssSelector(".memo-body")).getText()).hasSizeGreaterThan(500);
            assertThat(driver.findElement(By.cssSelector(".theme-toggle")).isDisplayed()).as("toggle needs JS").isFalse();
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.sendKeys("grokking");
            box.sendKeys(Keys.ENTER);
            until(d -> d.getCurrentUrl().endsWith("search/?q=grokking") ? true : null);
            assertThat(driver.findElement(By.cssSelector(".search-note")).getText())
                    .startsWith("Search runs in the browser and needs JavaScript.");
            assertThat(driver.findElement(By.cssSelector(".search-note a")).getAttribute("href")).isEqualTo(base + "archive/");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printHidesNavigationAndToolsAndShowsLinkAddresses() {
        driver.get(base + "memos/warmup-stabilizes-adam/");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-nav", ".site-tools", ".memo-nav", ".skip-link")) {
                assertThat(driver.executeScript("const e = document.querySelector(arguments[0]);"
                        + "return e ? getComputedStyle(e).display : 'none';", hidden)).as(hidden).isEqualTo("none");
            }
            // the example's memo bodies link nowhere outside themselves: add a paragraph with two links
            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) driver.executeScript("const p = document.createElement('p');"
                    + "p.innerHTML = '<a href=\"https://arxiv.org/abs/1\">paper</a> <a href=\"/memos/other/\">memo</a>';"
                    + "document.querySelector('.memo-body').append(p);"
                    + "return [...p.querySelectorAll('a')].map(a => getComputedStyle(a, '::after').content);");
            assertThat(after).containsExactly("\" (https://arxiv.org/abs/1)\"", "\" (/memos/other/)\"");
            assertThat(paper()).isEqualTo("rgb(255, 255, 255)");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private String paper() {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
    }

    private WebElement waitFor(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Polls until {@code condition} gives a value (not null), for up to ten seconds. */
    private <T> T until(Function<WebDriver, T> condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            T value;
            try {
                value = condition.apply(driver);
            } catch (StaleElementReferenceException e) {
                value = null; // the results were redrawn while being read: look again
            }
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not reach the expected state in 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
