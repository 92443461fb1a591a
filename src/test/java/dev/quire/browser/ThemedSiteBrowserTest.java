package dev.quire.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LivePreview;
import dev.quire.testing.Chromium;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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
 * The themed fixture ({@code sites/themed}: an override template and partial, custom.css, an
 * avatar and profile links, {@code base_url} under {@code /notes/}) as a reader sees it through
 * {@code serve}: the site's colours and font win over the theme's in light and dark, its
 * partial shows, every request stays under {@code /notes/}; a stylesheet edit is swapped in
 * without a reload, and a broken override brings up the error box until fixed. Saves
 * {@code target/screenshots/custom-{home,memo}-{light,dark}-{1280,390}.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemedSiteBrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/themed").toAbsolutePath();
    private static final Path SHOTS = Path.of("target/screenshots");

    private Path site;
    private LivePreview preview;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        site = Files.createTempDirectory("quire-themed");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve(FIXTURE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        preview = LivePreview.start(new BuildOptions(site, site.resolve("_site"), false), "127.0.0.1", 0,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        base = "http://127.0.0.1:" + preview.port() + "/notes/";
        driver = Chromium.start(Chromium.options("--hide-scrollbars"));
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(driver != null, "no Chromium on this machine");
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void theSitesOwnThemeWinsInLightAndDark() throws Exception {
        driver.get("http://127.0.0.1:" + preview.port() + "/");
        assertThat(driver.getCurrentUrl()).as("the root redirects under the base path").isEqualTo(base);
        scheme("light");
        assertThat(cssVar("--accent")).isEqualTo("#2f6b3a");
        assertThat(cssVar("--measure")).isEqualTo("62ch");
        assertThat(style("body", "fontFamily")).startsWith("system-ui");
        WebElement avatar = driver.findElement(By.cssSelector(".identity img.avatar"));
        assertThat(avatar.isDisplayed()).isTrue();
        assertThat(avatar.getAttribute("naturalWidth")).isNotEqualTo("0");
        assertThat(driver.findElements(By.cssSelector(".profile-links a[rel=me]"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".field-meta"))).isNotEmpty();
        assertRequestsStayUnderTheBase();
        scheme("dark");
        assertThat(cssVar("--accent")).isEqualTo("#8fd19e");
        assertThat(cssVar("--paper")).as("the theme's dark paper, not replaced").isEqualTo("#14161a");
        screenshots("custom-home");

        driver.get(base + "memos/dawn-chorus/");
        assertThat(driver.findElement(By.cssSelector(".memo-header .field-meta")).getText()).contains("field notebook: Acoustics");
        assertThat(style(".memo-header .field-meta", "fontVariantCaps")).as("custom.css styles the partial").isEqualTo("all-small-caps");
        assertRequestsStayUnderTheBase();
        screenshots("custom-memo");
    }

    @Test
    void aStylesheetEditIsSwappedAndABrokenOverrideShowsTheErrorBox() throws Exception {
        driver.get(base + "memos/dawn-chorus/");
        waitUntil(() -> "open".equals(driver.findElement(By.tagName("html")).getAttribute("data-quire-live")));
        scheme("light");
        driver.executeScript("window.quireMark = true;");
        Path css = site.resolve("theme/assets/custom.css");
        String good = Files.readString(css);
        Path meta = site.resolve("theme/templates/partials/memo-meta.jte");
        String template = Files.readString(meta);
        try {
            Files.writeString(css, good.replace("--accent: #2f6b3a;", "--accent: #1f4f8a;"));
            waitUntil(() -> cssVar("--accent").equals("#1f4f8a"));
            assertThat(driver.executeScript("return window.quireMark === true;")).as("swapped without a reload").isEqualTo(true);

            Files.writeString(meta, template.replace("m.readMinutes()", "m.minutes()"));
            waitUntil(() -> !driver.findElements(By.id("quire-overlay")).isEmpty());
            assertThat(driver.findElement(By.id("quire-overlay")).getText())
                    .contains("theme/templates/partials/memo-meta.jte:5:158:")
                    .contains("error: cannot find symbol: method minutes()");
            Files.writeString(meta, template);
            waitUntil(() -> driver.findElements(By.id("quire-overlay")).isEmpty());
        } finally {
            Files.writeString(meta, template);
            Files.writeString(css, good);
        }
        waitUntil(() -> cssVar("--accent").equals("#2f6b3a"));
    }

    private void scheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private String cssVar(String name) {
        return String.valueOf(driver.executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue(arguments[0]).trim();", name));
    }

    private String style(String selector, String property) {
        return String.valueOf(driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property));
    }

    private void assertRequestsStayUnderTheBase() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resources = (List<Map<String, Object>>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => ({name: e.name, status: e.responseStatus}));");
        assertThat(resources).isNotEmpty();
        for (Map<String, Object> r : resources) {
            String name = (String) r.get("name");
            assertThat(name.startsWith(base) || name.contains("/_quire/")).as(name + " stays under " + base).isTrue();
            assertThat(((Number) r.get("status")).intValue()).as("status of " + name).isEqualTo(200);
        }
    }

    private void screenshots(String page) throws Exception {
        for (String scheme : List.of("light", "dark")) {
            scheme(scheme);
            for (int width : List.of(1280, 390)) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", Math.min(height.intValue(), 16000), "deviceScaleFactor", 1,
                                "mobile", width < 600));
                Files.write(SHOTS.resolve(page + "-" + scheme + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Polls {@code condition}; the limit only ends a test that would otherwise hang. */
    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s");
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
