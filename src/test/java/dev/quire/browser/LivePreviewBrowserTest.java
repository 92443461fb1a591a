package dev.quire.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LivePreview;
import dev.quire.testing.Chromium;
import dev.quire.testing.ExampleSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live preview as a writer sees it, in headless Chromium: a saved memo reloads its open
 * page; a stylesheet change is swapped in without a reload; a broken memo brings up the error
 * box on the open page, and fixing it takes the box away. Skipped, with a notice, where Chromium
 * is missing (as {@link ReaderViewTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePreviewBrowserTest {
    private static final String MEMO = "memos/2026-02-03-warmup-stabilizes-adam.md";

    private Path site;
    private LivePreview preview;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        site = Files.createTempDirectory("quire-live");
        ExampleSite.copyTo(site);
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/extra.css"), ".memo-title { color: rgb(0, 0, 255); }\n");
        preview = LivePreview.start(new BuildOptions(site, site.resolve("_site"), false), "127.0.0.1", 0,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        ChromeOptions options = Chromium.options();
        driver = Chromium.start(options);
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
    void theOpenPageFollowsTheFile() throws Exception {
        openMemo();
        markPage();
        edit("Almost every transformer recipe", "Nearly every transformer recipe");
        waitUntil(() -> !marked() && driver.findElement(By.cssSelector(".memo-body")).getText()
                .contains("Nearly every transformer recipe"));
    }

    @Test
    void aStylesheetIsSwappedWithoutAReload() throws Exception {
        openMemo();
        // as a theme that links a stylesheet of its own would
        driver.executeScript("var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = '/extra.css';"
                + "document.head.appendChild(l);");
        waitUntil(() -> titleColor().equals("rgb(0, 0, 255)"));
        markPage();
        Files.writeString(site.resolve("static/extra.css"), ".memo-title { color: rgb(0, 128, 0); }\n");
        waitUntil(() -> titleColor().equals("rgb(0, 128, 0)"));
        assertThat(marked()).as("the page was not reloaded").isTrue();
    }

    @Test
    void aBrokenMemoShowsTheErrorBoxUntilFixed() throws Exception {
        openMemo();
        String good = Files.readString(site.resolve(MEMO));
        Files.writeString(site.resolve(MEMO), good.replaceFirst("category: Optimization", "category: [Optimization, Scaling]"));
        waitUntil(() -> !driver.findElements(By.id("quire-overlay")).isEmpty());
        WebElement box = driver.findElement(By.id("quire-overlay"));
        assertThat(box.getAttribute("role")).isEqualTo("alert");
        assertThat(box.isDisplayed()).isTrue();
        assertThat(box.getText()).contains(MEMO + ":4:11: error: 'category' must be a string, not a list")
                .contains("4 | category: [Optimization, Scaling]");

        Files.writeString(site.resolve(MEMO), good);
        waitUntil(() -> driver.findElements(By.id("quire-overlay")).isEmpty());
    }

    private void openMemo() {
        driver.get("http://127.0.0.1:" + preview.port() + "/memos/warmup-stabilizes-adam/");
        // the page listens once its event stream is open
        waitUntil(() -> "open".equals(driver.findElement(By.tagName("html")).getAttribute("data-quire-live")));
    }

    private void markPage() {
        driver.executeScript("window.quireMark = true;");
    }

    private boolean marked() {
        return Boolean.TRUE.equals(driver.executeScript("return window.quireMark === true;"));
    }

    private String titleColor() {
        return String.valueOf(driver.executeScript(
                "return getComputedStyle(document.querySelector('.memo-title')).color;"));
    }

    private void edit(String from, String to) throws Exception {
        Path memo = site.resolve(MEMO);
        Files.writeString(memo, Files.readString(memo).replace(from, to));
    }

    /** Polls {@code condition}; the limit only ends a test that would otherwise hang. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
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
