package dev.quire.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import dev.quire.serve.PreviewServer;
import dev.quire.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/**
 * The pages beyond memos in headless Chromium, on the fixture site {@code sites/custom}: axe-core
 * finds no accessibility violation on a page, the publications page, a series, a memo in a
 * series and a redirect's target, light and dark; the BibTeX toggle opens without JavaScript;
 * a redirect page lands on its memo; screenshots of the publications page go to
 * {@code target/screenshots/}. axe-core is found as {@link PublishingBrowserTest} finds it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {
    private static final Path AXE = Path.of(System.getProperty("quire.axe", ".ci/npm/node_modules/axe-core/axe.min.js"));
    private static final Path SITE = Path.of("src/test/resources/sites/custom").toAbsolutePath();
    private static final Path SHOTS = Path.of("target/screenshots");

    private PreviewServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        MemorySink sink = new MemorySink();
        // formulas and code cached under target/, shared with the HTML check of the same fixture
        new SiteBuilder().build(new BuildOptions(SITE, SITE.resolve("_site"), false, Path.of("target/test-cache/custom").toAbsolutePath()),
                sink);
        server = new PreviewServer("127.0.0.1", 0, sink.files());
        server.start();
        base = "http://127.0.0.1:" + server.port() + "/";
        driver = Chromium.start(Chromium.options("--hide-scrollbars", "--disable-features=BackForwardCache"));
        Files.createDirectories(SHOTS);
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
    void axeFindsNoViolationsOnPagesPublicationsAndSeries() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            String message = "axe-core not found at " + AXE + " (npm install --prefix .ci/npm axe-core@4, or -Dquire.axe=...)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            System.err.println("NOTICE: accessibility test skipped: " + message);
            Assumptions.abort(message);
        }
        String axe = Files.readString(AXE);
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : List.of("about/", "cv/", "publications/", "series/scaling-laws-step-by-step/",
                    "memos/data-limited/", "memos/power-laws/")) {
                driver.get(base + page);
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
    void theBibtexToggleOpensAndTheLinksAreThere() throws Exception {
        driver.get(base + "publications/");
        List<WebElement> years = driver.findElements(By.cssSelector(".pub-year-title"));
        assertThat(years).extracting(WebElement::getText).containsExactly("2025", "2024", "2023");
        WebElement work = driver.findElement(By.id("pub-ashworth2025scaling"));
        assertThat(work.findElements(By.cssSelector(".pub-links a"))).extracting(WebElement::getText)
                .containsExactly("DOI", "PDF", "Code");
        WebElement code = work.findElement(By.cssSelector(".pub-bibtex pre"));
        assertThat(code.isDisplayed()).isFalse();
        work.findElement(By.cssSelector(".pub-bibtex summary")).click();
        assertThat(code.isDisplayed()).isTrue();
        assertThat(code.getText()).startsWith("@inproceedings{ashworth2025scaling,");
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1800, "deviceScaleFactor", 1, "mobile", false));
            Files.write(SHOTS.resolve("publications-" + scheme + "-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void anOldAddressLandsOnItsMemo() throws InterruptedException {
        driver.get(base + "2026/02/data-limited.html");
        for (int i = 0; i < 100 && !driver.getCurrentUrl().endsWith("/memos/data-limited/"); i++) {
            Thread.sleep(100); // the refresh happens once the redirect page has loaded
        }
        assertThat(driver.getCurrentUrl()).endsWith("/memos/data-limited/");
        assertThat(driver.findElement(By.cssSelector(".series-label")).getText())
                .isEqualTo("Part 2 of 3 in the series Scaling laws, step by step");
    }
}
