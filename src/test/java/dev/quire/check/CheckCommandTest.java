package dev.quire.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quire check} on the golden fixture site (clean) and on deliberately broken copies of it,
 * compared with the expected output in {@code src/test/resources/check/}. Regenerate those with
 * {@code -Dquire.updateGolden=true} and review the diff.
 */
class CheckCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/basic/site");
    private static final Path EXPECTED = Path.of("src/test/resources/check");
    private static final boolean UPDATE = Boolean.getBoolean("quire.updateGolden");

    @TempDir
    Path dir;

    @Test
    void theFixtureSiteIsClean() throws IOException {
        Run run = TestSites.quire("check", copyFixture().toString());
        assertThat(run.out()).matches("checked 6 memos, \\d+ pages, \\d+ links: no problems\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void brokenLinksAnchorsImagesAndARepeat() throws IOException {
        Path site = brokenLinks();
        Run run = TestSites.quire("check", site.toString());
        assertGolden("broken-links.txt", run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(site.resolve("_site")).doesNotExist();
    }

    @Test
    void brokenLinksAsJson() throws IOException {
        Run run = TestSites.quire("check", "--format", "json", brokenLinks().toString());
        assertGolden("broken-links.json", run.out());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void buildProblemsComeThroughCheck() throws IOException {
        Path site = copyFixture();
        replace(site.resolve("memos/2026-03-01-afternoon.md"), "answers: [adam-warmup#2]", "answers: [adam-warmup#7]");
        replace(site.resolve("memos/2026-01-05-first.md"), "category: Notes", "category: [Notes, Meta]");
        append(site.resolve("memos/bundle-memo/index.md"), "\n![A missing plot](missing.png)\n"); // a build error since images are checked when memos are read
        Run run = TestSites.quire("check", site.toString());
        assertGolden("broken-build.txt", run.out());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path site = copyFixture();
        append(site.resolve("memos/2026-03-01-afternoon.md"), "");
        write(site.resolve("memos/2026-05-01-warmup-again.md"), """
                ---
                title: Warmup and Adam, again
                date: 2026-05-01
                question: what makes Adam training stop diverging early on when a short learning-rate warmup is used.
                ---
                Body.
                """);
        Run run = TestSites.quire("check", site.toString());
        assertThat(run.out()).contains("warning: this memo's question looks like a repeat of 'adam-warmup'")
                .endsWith("1 warning\n");
        assertThat(run.exitCode()).isZero();

        replace(site.resolve("memos/2026-05-01-warmup-again.md"), "date: 2026-05-01", "date: 2026-05-01\ndistinct_from: [adam-warmup]");
        Run silenced = TestSites.quire("check", site.toString());
        assertThat(silenced.out()).endsWith(": no problems\n");
    }

    /** The fixture with a broken memo link, a missing anchor, a theme-side link from static/, and a repeat. */
    private Path brokenLinks() throws IOException {
        Path site = copyFixture();
        append(site.resolve("memos/2026-03-01-afternoon.md"),
                "\nSee [the warmup memo](/memos/adam-warmpu/) and [its table](/memos/adam-warmup/#results).\n");
        append(site.resolve("memos/2026-01-05-first.md"), "\nThe [setup](#setup) and [answers](/memos/adam-warmup/#open-question2) come first; see [warmup](2026-02-10-adam-warmup.md).\n");
        write(site.resolve("static/about.html"), "<!DOCTYPE html>\n<title>About</title>\n<p><a href=\"/nowhere/\">Nowhere</a></p>\n");
        write(site.resolve("memos/2026-05-01-warmup-again.md"), """
                ---
                title: Warmup and Adam, again
                date: 2026-05-01
                question: what makes Adam training stop diverging early on when a short learning-rate warmup is used.
                ---
                Body.
                """);
        return site;
    }

    private Path copyFixture() throws IOException {
        Path site = dir.resolve("site");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve(FIXTURE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return site;
    }

    private void assertGolden(String name, String actual) throws IOException {
        // page and link counts change with every theme change; they are not what these files test
        String normalised = actual.replace(dir.toString(), "$DIR")
                .replaceAll("(\\d+ memos), \\d+ pages, \\d+ links", "$1, N pages, N links")
                .replaceAll("\"(pages|links)\" : \\d+", "\"$1\" : N");
        if (UPDATE) {
            Files.writeString(EXPECTED.resolve(name), normalised, StandardCharsets.UTF_8);
        }
        assertThat(normalised).isEqualTo(Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
