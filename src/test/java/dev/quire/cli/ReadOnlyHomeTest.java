package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with math to render and a home folder that cannot be written (a container, a CI
 * sandbox): once, GraalJS failed to unpack its library into ~/.cache and the build ended in a
 * stack trace. In a process of its own, as the JavaScript runtime is chosen once per process.
 */
class ReadOnlyHomeTest {
    @TempDir
    Path dir;

    @Test
    void uncachedMathBuildsWithAHomeThatCannotBeWritten() throws Exception {
        TestSites.write(dir.resolve("site"), "=== quire.yml\ntitle: Notes\n=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nWith $x^2$.\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Duser.home=/dev/null/home", "-cp", System.getProperty("java.class.path"),
                "dev.quire.cli.Main", "build", dir.resolve("site").toString(), "--no-cache", "-q"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile())
                .start();
        p.getOutputStream().close();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("log"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("site/_site/memos/a/index.html"))).contains("class=\"katex\"");
    }
}
