package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fixture blog ({@code import/jekyll-blog}, {@code import/hugo-blog}) is imported with
 * {@code quire import}; every file written and the report are compared with
 * {@code import/expected/<engine>/}, then the new site is built by {@code quire build} with no
 * error. Run with {@code -Dquire.updateGolden=true} to rewrite the expected files, then review
 * the diff. Images and other copied files are compared by name and size.
 */
class ImportGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/import");
    private static final boolean UPDATE = Boolean.getBoolean("quire.updateGolden");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFileAndTheReportMatchTheirGoldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String engine : List.of("jekyll", "hugo")) {
            Path blog = ROOT.resolve(engine + "-blog");
            Path out = temp.resolve(engine + "-site");
            Map<String, String> before = Trees.read(blog);
            TestSites.Run run = TestSites.quire("import", engine, blog.toString(), "-o", out.toString());
            Map<String, String> files = Trees.read(out);
            files.put("REPORT.txt", "exit " + run.exitCode() + "\n" + run.err() + run.out().replace(out.toAbsolutePath().toString(), "OUT"));
            Path expected = ROOT.resolve("expected").resolve(engine);
            if (UPDATE) {
                Trees.write(expected, files);
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                tests.add(DynamicTest.dynamicTest(engine + ": " + file.getKey(), () ->
                        assertThat(file.getValue()).isEqualTo(Files.readString(expected.resolve(file.getKey())))));
            }
            tests.add(DynamicTest.dynamicTest(engine + ": no file missing", () ->
                    assertThat(files.keySet()).isEqualTo(Trees.read(expected).keySet())));
            tests.add(DynamicTest.dynamicTest(engine + ": the blog is left as it was", () ->
                    assertThat(Trees.read(blog)).isEqualTo(before)));
            tests.add(DynamicTest.dynamicTest(engine + ": the new site builds with no error", () -> {
                TestSites.Run build = TestSites.quire("build", out.toString(), "-o", out.resolve("_site").toString(), "--no-cache");
                assertThat(build.err()).doesNotContain("error:");
                assertThat(build.exitCode()).isZero();
                assertThat(build.out()).startsWith("built 3 memos");
            }));
        }
        return tests.stream();
    }

    /** Folder trees as path → text; a file that is not text stands as its size, so images are compared by name and size. */
    static final class Trees {
        private Trees() {
        }

        static Map<String, String> read(Path root) throws IOException {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String name = root.relativize(p).toString().replace('\\', '/');
                    files.put(name, isText(name) ? Files.readString(p) : Files.size(p) + " bytes\n");
                }
            }
            return files;
        }

        static void write(Path root, Map<String, String> files) throws IOException {
            if (Files.exists(root)) {
                try (Stream<Path> old = Files.walk(root)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }

        private static boolean isText(String name) {
            return name.matches(".*\\.(md|markdown|yml|yaml|toml|json|html|txt|tex)$");
        }
    }
}
