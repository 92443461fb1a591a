package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.js.JsEngineKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build from an empty cache starts the script engine before the first formula, while memos are
 * still read; a build whose cache holds anything waits for a formula that misses it, so a warm
 * build never loads an engine.
 */
class EarlyScriptStartTest {
    @Test
    void anEmptyCacheStartsTheEngineAtOnce(@TempDir Path dir) throws InterruptedException {
        try (MarkdownRenderer markdown = new MarkdownRenderer(Map.of(), RenderCache.at(dir.resolve("cache")), JsEngineKind.GRAALJS)) {
            markdown.startScriptsIfCacheEmpty();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (markdown.engineName().equals("none") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(markdown.engineName()).isEqualTo("GraalJS");
        }
    }

    @Test
    void aCacheHoldingFormulasLeavesTheEngineUnloaded(@TempDir Path dir) throws InterruptedException {
        Path cache = dir.resolve("cache");
        try (MarkdownRenderer first = new MarkdownRenderer(Map.of(), RenderCache.at(cache), JsEngineKind.GRAALJS)) {
            assertThat(first.render("Energy: $E = mc^2$.").html()).contains("katex");
        }
        try (MarkdownRenderer second = new MarkdownRenderer(Map.of(), RenderCache.at(cache), JsEngineKind.GRAALJS)) {
            second.startScriptsIfCacheEmpty();
            assertThat(second.render("Energy: $E = mc^2$.").html()).contains("katex");
            Thread.sleep(200); // time enough for a start in the background to have chosen its engine
            assertThat(second.engineName()).isEqualTo("none");
        }
    }
}
