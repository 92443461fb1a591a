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
}
