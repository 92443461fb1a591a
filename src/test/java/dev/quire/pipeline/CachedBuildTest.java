package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
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

    private static Map<String, byte[]> build(Path site, Path cacheDir) throws Exception {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), false, cacheDir), sink);
        return sink.files();
    }
}
