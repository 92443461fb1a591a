package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache only saves time: uncached, cold and warm builds of the example site are byte-identical. */
class CachedBuildTest {
    private static final Path EXAMPLE = Path.of("example").toAbsolutePath();

    @TempDir
    Path cache;

    private static Map<String, byte[]> build(Path cacheDir) throws Exception {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(EXAMPLE, EXAMPLE.resolve("_site"), false, cacheDir), sink);
        return sink.files();
    }

    @Test
    void uncachedColdAndWarmBuildsAreByteIdentical() throws Exception {
        Map<String, byte[]> uncached = build(null);
        Map<String, byte[]> cold = build(cache);
        long packs;
        try (Stream<Path> files = Files.list(cache)) {
            packs = files.filter(f -> f.getFileName().toString().endsWith(".qpk")).count();
        }
        Map<String, byte[]> warm = build(cache);

        assertThat(packs).isEqualTo(1); // every formula and code block of the build in one pack
        assertThat(cold.keySet()).isEqualTo(uncached.keySet()).isEqualTo(warm.keySet());
        for (String path : uncached.keySet()) {
            assertThat(cold.get(path)).as("cold %s", path).isEqualTo(uncached.get(path));
            assertThat(warm.get(path)).as("warm %s", path).isEqualTo(uncached.get(path));
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".qpk")).count())
                    .as("a warm build writes no pack").isEqualTo(1);
        }
    }

    /**
     * A site whose rendered bodies pass the bound at which the cache writes what it was given to
     * its growing pack and reads it back from there (16 MB): the pages, feeds and search documents
     * made from bodies read back are those of a build without a cache.
     */
    @Test
    void aColdBuildThatWritesTheCacheAsItGoesIsByteIdentical(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("quire.yml"), "title: Long notes\nauthor: A. Writer\nbase_url: https://long.example.org/\n");
        Files.createDirectories(site.resolve("memos"));
        String paragraph = "Warmup keeps the *early* updates small while the second-moment estimate settles, "
                + "so Adam's step is not divided by a noisy denominator. See [the first note](/memos/long-00/).\n\n";
        for (int i = 0; i < 24; i++) {
            String name = String.format(java.util.Locale.ROOT, "long-%02d", i);
            Files.writeString(site.resolve("memos/" + name + ".md"), "---\ntitle: \"Long note " + i + "\"\ndate: 2026-01-"
                    + String.format(java.util.Locale.ROOT, "%02d", i + 1) + "\nquestion: \"What does note " + i
                    + " find?\"\n---\n" + ("## Part\n\n" + paragraph.repeat(40)).repeat(36));
        }
        Map<String, byte[]> uncached = build(site, null);
        Map<String, byte[]> cold = build(site, cache);
        Map<String, byte[]> warm = build(site, cache);
        long packBytes;
        try (Stream<Path> files = Files.list(cache)) {
            packBytes = files.filter(f -> f.getFileName().toString().endsWith(".qpk")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(packBytes).as("more than the cache holds in memory").isGreaterThan(16L << 20);
        assertThat(cold.keySet()).isEqualTo(uncached.keySet()).isEqualTo(warm.keySet());
        for (String path : uncached.keySet()) {
            assertThat(cold.get(path)).as("cold %s", path).isEqualTo(uncached.get(path));
            assertThat(warm.get(path)).as("warm %s", path).isEqualTo(uncached.get(path));
        }
    }

    /**
     * The search index is kept whole for a build none of whose memos changed: after an edit of a
     * memo's text, or of its title, the warm build's index and documents are those of a build
     * without a cache, not the kept ones.
     */
    @Test
    void theSearchIndexKeptWholeIsNotUsedOnceAMemoChanged(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("quire.yml"), "title: Notes\nauthor: A. Writer\nbase_url: https://notes.example.org/\n");
        Files.createDirectories(site.resolve("memos"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(site.resolve("memos/note-" + i + ".md"), "---\ntitle: \"Note " + i + "\"\ndate: 2026-01-0" + (i + 1)
                    + "\nquestion: \"What does note " + i + " find?\"\n---\nWarmup keeps early updates small.\n");
        }
        build(site, cache);
        Map<String, byte[]> warm = build(site, cache);
        assertSameFiles(build(site, cache), warm);

        Files.writeString(site.resolve("memos/note-1.md"), "---\ntitle: \"Note 1\"\ndate: 2026-01-02\n"
                + "question: \"What does note 1 find?\"\n---\nSharpness-aware minimization seeks flat minima.\n");
        assertSameFiles(build(site, cache), build(site, null));
        Files.writeString(site.resolve("memos/note-2.md"), "---\ntitle: \"A sharper title\"\ndate: 2026-01-03\n"
                + "question: \"What does note 2 find?\"\n---\nWarmup keeps early updates small.\n");
        Map<String, byte[]> edited = build(site, cache);
        assertSameFiles(edited, build(site, null));
        assertThat(new String(edited.get("search/terms/0.json"), StandardCharsets.UTF_8))
                .contains("\"sharper\"").isNotEqualTo(new String(warm.get("search/terms/0.json"), StandardCharsets.UTF_8));
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
    }

    private static Map<String, byte[]> build(Path site, Path cacheDir) throws Exception {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false, cacheDir), sink);
        return sink.files();
    }
}
