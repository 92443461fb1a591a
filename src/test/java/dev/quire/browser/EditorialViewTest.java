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
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The editorial pages as a reader sees them, in headless Debian Chromium over the example site:
 * the archive's publishing calendar (drawn, described in words, never wider than a phone) and
 * the open-questions ledger, whose links land on the question in its memo. Saves screenshots to
 * {@code target/screenshots/}. Skipped, with a notice, where Chromium or its driver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialViewTest {
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
    void theArchiveDrawsThePublishingCalendarAndSaysItInWords() throws Exception {
        driver.get(base + "archive/");
        WebElement svg = driver.findElement(By.cssSelector("figure.cadence svg"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.getSize().getWidth()).isGreaterThan(200);
        List<WebElement> days = driver.findElements(By.cssSelector("figure.cadence rect.day"));
        assertThat(days.size() % 7).isZero();
        assertThat(driver.findElements(By.cssSelector("figure.cadence rect.day:not(.n0)"))).hasSizeGreaterThanOrEqualTo(10);
        // the picture is named by its caption, which a screen reader reads out
        WebElement caption = driver.findElement(By.id(svg.getAttribute("aria-labelledby")));
        assertThat(caption.getText()).startsWith("15 memos over ").contains("weeks in a row");
        assertNoErrors();
        for (int width : List.of(360, 390, 1280)) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
            Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth.intValue()).as("archive at " + width + " px must not scroll sideways").isLessThanOrEqualTo(width);
            Files.write(SHOTS.resolve("archive-calendar-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aLedgerLinkLandsOnTheQuestionInItsMemo() throws Exception {
        driver.get(base + "open-questions/");
        List<WebElement> items = driver.findElements(By.cssSelector(".ledger-item"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        String question = items.get(0).findElement(By.cssSelector(".ledger-question")).getText();
        Files.write(SHOTS.resolve("open-questions-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
        items.get(0).findElement(By.cssSelector(".ledger-links a")).click();
        WebElement target = driver.findElement(By.cssSelector("li:target"));
        assertThat(target.getAttribute("id")).isEqualTo("open-question-1");
        assertThat(target.getText()).isEqualTo(question);
        assertThat(target.isDisplayed()).isTrue();
        assertNoErrors();
    }

    private void assertNoErrors() {
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList()).as("console errors").isEmpty();
    }
}
