package dev.quire.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When V8's native library cannot load, a build falls back to GraalJS with one warning and the
 * same pages; asked for V8 by name, it fails in one line. Each case runs {@code quire build} in a
 * JVM of its own, told (through Javet's own system properties) to load the library from a folder
 * where it is missing or is not a library: the dynamic linker's real failure, not a simulation.
 */
class V8FallbackTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run quire(Path libraryFolder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (libraryFolder != null) { // null: Quire's own way of loading V8
            command.addAll(List.of("-Djavet.lib.loading.type=custom", "-Djavet.lib.loading.path=" + libraryFolder));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.quire.cli.Main"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A small site with math and code: the engine is needed, and a GraalJS build stays short. */
    private Path example() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("memos"));
        Files.writeString(site.resolve("quire.yml"), "title: Notes\nauthor: Ada Example\n");
        Files.writeString(site.resolve("memos/2026-01-05-warmup.md"), """
                ---
                title: Why warmup helps
                date: 2026-01-05
                category: Optimization
                ---
                With $\\beta_2 = 0.999$ the estimate is biased:

                $$
                \\hat v_t = \\frac{v_t}{1-\\beta_2^t}
                $$

                ```python
                def lr(step):
                    return 3e-4 * min(1, step / 500)
                ```
                """);
        return site;
    }

    @Test
    void aMissingLibraryFallsBackToGraalJsWithOneWarningAndTheSamePages() throws Exception {
        Path site = example();
        Path missing = Files.createDirectories(tmp.resolve("no-library-here"));
        Run run = quire(missing, "build", site.toString(), "-o", tmp.resolve("fallback").toString(), "--no-cache", "--timings");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("math and code: GraalJS");
        List<String> warnings = run.err().lines().filter(l -> l.contains("warning:")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("quire.yml: warning: V8 could not be used (the V8 library did not load: ")
                .endsWith("); math and code were rendered with GraalJS, slower, to the same output");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("SEVERE");

        Run normal = quire(null, "build", site.toString(), "-o", tmp.resolve("v8").toString(), "--no-cache", "--timings");
        assertThat(normal.exit()).as(normal.err()).isZero();
        assertThat(normal.out()).contains("math and code: V8");
        assertThat(normal.err()).doesNotContain("warning");
        assertSameFiles(tmp.resolve("fallback"), tmp.resolve("v8"));
    }

    @Test
    void aLibraryThatIsNotOneFallsBackAlike() throws Exception {
        Path site = example();
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("libjavet-v8-linux-x86_64.v.5.0.6.so"), "not a shared library\n");
        Run run = quire(broken, "build", site.toString(), "-o", tmp.resolve("out").toString(), "--no-cache", "--timings");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("math and code: GraalJS");
        // the JVM itself says it loaded a file without a stack-guard note; Quire says the rest once, without a trace
        assertThat(run.err()).contains("warning: V8 could not be used (the V8 library did not load: ")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void askedForByNameV8ThatCannotLoadFailsAsADefectLine() throws Exception {
        Path site = example();
        Path missing = Files.createDirectories(tmp.resolve("no-library-here"));
        Run run = quire(missing, "build", site.toString(), "-o", tmp.resolve("out").toString(), "--no-cache", "--js-engine", "v8");
        assertThat(run.exit()).isEqualTo(3);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).hasSize(1); // a defect is one line
        assertThat(lines.get(0)).startsWith("error: failed to render memos/").contains("the V8 library did not load")
                .endsWith("(set QUIRE_DEBUG=1 for the trace)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        try (Stream<Path> files = Files.walk(a)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path other = b.resolve(a.relativize(f).toString());
                assertThat(new String(Files.readAllBytes(other), StandardCharsets.UTF_8)).as(a.relativize(f).toString())
                        .isEqualTo(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
    }
}
