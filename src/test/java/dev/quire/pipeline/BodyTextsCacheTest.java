package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cache.RenderCache;
import dev.quire.diag.Problems;
import dev.quire.markdown.MemoBody;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body's three texts are kept beside it and read back only when asked for; a body whose texts
 * are not all kept whole is rendered again, never shown without them.
 */
class BodyTextsCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger renders = new AtomicInteger();

    private MemoBody render() {
        renders.incrementAndGet();
        return new MemoBody("<p>Warmup <em>helps</em>.</p>", "<p>Warmup <em>helps</em> (feed).</p>", 2, List.of(), List.of(),
                List.of(), "Warmup helps.", false, false, false, false, List.of());
    }

    private MemoBody body(BodyCache cache) {
        return cache.body("memos/warmup.md", "warmup v1", Map.of(), new Problems(), (targets, problems) -> render());
    }

    @Test
    void aBodyFromTheCacheReadsTheTextsKeptBesideIt() {
        MemoBody rendered;
        try (RenderCache cache = RenderCache.at(dir.resolve("cache"))) {
            rendered = body(new BodyCache(cache, "run", new ConcurrentHashMap<>()));
        }
        try (RenderCache cache = RenderCache.at(dir.resolve("cache"))) {
            BodyCache bodies = new BodyCache(cache, "run", new ConcurrentHashMap<>());
            MemoBody kept = body(bodies);
            assertThat(bodies.summary()).isEqualTo("1 cached, 0 rendered");
            assertThat(kept.html()).isEqualTo(rendered.html());
            assertThat(kept.feedHtml()).isEqualTo(rendered.feedHtml());
            assertThat(kept.searchText()).isEqualTo(rendered.searchText());
            assertThat(kept).isEqualTo(rendered);
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void aBodyWhoseTextsAreNotAllKeptIsRenderedAgain() {
        Path full = dir.resolve("full");
        Path partial = dir.resolve("partial");
        String key;
        try (RenderCache cache = RenderCache.at(full)) {
            BodyCache bodies = new BodyCache(cache, "run", new ConcurrentHashMap<>());
            body(bodies);
            key = bodies.keyOf("warmup v1");
        }
        // A cache holding the body and its page HTML but not its feed HTML or search text, as
        // one cut short between entries would.
        try (RenderCache from = RenderCache.at(full); RenderCache to = RenderCache.at(partial)) {
            to.putBytes(BodyCache.KIND, key, from.getBytes(BodyCache.KIND, key).orElseThrow());
            to.put(BodyCache.HTML, key, from.reread(BodyCache.HTML, key).orElseThrow());
        }
        try (RenderCache cache = RenderCache.at(partial)) {
            BodyCache bodies = new BodyCache(cache, "run", new ConcurrentHashMap<>());
            MemoBody body = body(bodies);
            assertThat(bodies.summary()).isEqualTo("0 cached, 1 rendered");
            assertThat(body.feedHtml()).isEqualTo("<p>Warmup <em>helps</em> (feed).</p>");
        }
        assertThat(renders).hasValue(2);
    }

    @Test
    void aRenderedBodyReadsItsTextsFromTheCacheOnceTheyAreWritten() throws IOException {
        // past the bound at which the cache writes what was put to disk and lets go of it
        String html = "<p>" + "Warmup helps. ".repeat(1_500_000) + "</p>";
        try (RenderCache cache = RenderCache.at(dir.resolve("cache"))) {
            BodyCache bodies = new BodyCache(cache, "run", new ConcurrentHashMap<>());
            MemoBody body = bodies.body("memos/long.md", "long v1", Map.of(), new Problems(), (targets, problems) ->
                    new MemoBody(html, "<p>feed</p>", 3, List.of(), List.of(), List.of(), "Warmup helps.", false, false, false,
                            false, List.of()));
            try (var files = Files.list(dir.resolve("cache"))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith(".tmp-"));
            }
            assertThat(body.html()).isEqualTo(html);
            assertThat(body.feedHtml()).isEqualTo("<p>feed</p>");
            assertThat(body.searchText()).isEqualTo("Warmup helps.");
            cache.flush();
            assertThat(body.html()).isEqualTo(html);
            assertThat(body.feedHtml()).isEqualTo("<p>feed</p>");
        }
    }
}
