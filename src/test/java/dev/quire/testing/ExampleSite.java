package dev.quire.testing;

import dev.quire.diag.BuildFailedException;
import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The bundled example site, for tests that read, serve or edit its pages. */
public final class ExampleSite {
    private static final Path EXAMPLE = Path.of("example").toAbsolutePath();

    private ExampleSite() {
    }

    /** Every output file of the example site, built into memory, by site path. */
    public static Map<String, byte[]> build() throws BuildFailedException {
        MemorySink sink = new MemorySink();
        new SiteBuilder().build(new BuildOptions(EXAMPLE, EXAMPLE.resolve("_site"), false), sink);
        return sink.files();
    }

    /** A copy of the example site's files in {@code site}, for tests that edit them. */
    public static void copyTo(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve(EXAMPLE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }
}
