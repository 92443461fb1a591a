package dev.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.output.MemorySink;
import dev.quire.pipeline.BuildOptions;
import dev.quire.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-file tests: the fixture site under {@code golden/<case>/site} (or, for a fixture other
 * tests share, {@code sites/<case>/}) is built in memory and every page is compared with
 * {@code golden/<case>/expected}. Run with
 * {@code -Dquire.updateGolden=true} to rewrite the expected files, then review the diff.
 * Theme assets (CSS, fonts) are compared by name only, so restyling does not churn the pages.
 */
class GoldenSiteTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final boolean UPDATE = Boolean.getBoolean("quire.updateGolden");

    @TestFactory
    Stream<DynamicTest> everyPageMatchesItsGoldenFile() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(ROOT)) {
            for (Path dir : cases.sorted().toList()) {
                Path site = Files.isDirectory(dir.resolve("site")) ? dir.resolve("site") : SITES.resolve(dir.getFileName());
                Map<String, byte[]> files = build(site, false);
                Path expected = dir.resolve("expected");
                if (UPDATE) {
                    rewrite(expected, files);
                }
                String listing = String.join("\n", files.keySet()) + "\n";
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": file list", () ->
                        assertThat(listing).isEqualTo(Files.readString(expected.resolve("FILES.txt")))));
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    if (compared(file.getKey())) {
                        tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": " + file.getKey(), () ->
                                assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                                        .isEqualTo(Files.readString(expected.resolve(file.getKey())))));
                    }
                }
            }
        }
        return tests.stream();
    }

    static Map<String, byte[]> build(Path site, boolean drafts) throws Exception {
        MemorySink sink = new MemorySink();
        // no cache: every formula and code block is rendered anew, and nothing is written beside the fixture
        new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), drafts, null), sink);
        return sink.files();
    }

    private static boolean compared(String path) {
        return !path.startsWith("assets/") && (path.endsWith(".html") || path.endsWith(".svg") || path.endsWith(".xml")
                || path.endsWith(".json") || path.endsWith(".txt"));
    }

    private static void rewrite(Path expected, Map<String, byte[]> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> old = Files.walk(expected)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(expected);
        Files.writeString(expected.resolve("FILES.txt"), String.join("\n", files.keySet()) + "\n");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (compared(file.getKey())) {
                Path target = expected.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
    }
}
