package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: scaffolding, building, exit codes. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void newSiteThenBuildGivesASite() {
        Path site = dir.resolve("notes");
        Run created = TestSites.quire("new", "site", site.toString());
        assertThat(created.exitCode()).isZero();
        assertThat(site.resolve("quire.yml")).exists();

        Run built = TestSites.quire("build", "-s", site.toString());
        assertThat(built.err()).isEqualTo(FirstRunTest.PLACEHOLDER_WARNINGS);
        assertThat(built.exitCode()).isZero();
        assertThat(built.out()).startsWith("built 1 memo, ");
        assertThat(site.resolve("_site/index.html")).content().contains("What this notebook is for");
    }

    @Test
    void newSiteRefusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run run = TestSites.quire("new", "site", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: the folder exists and is not empty");
        assertThat(dir.resolve("quire.yml")).doesNotExist();
    }

    @Test
    void newMemoWritesADatedDraftFromTheQuestion() throws IOException {
        TestSites.quire("new", "site", dir.toString());
        Run run = TestSites.quire("new", "memo", "Why does warmup stabilize Adam?", "-c", "Optimization", "-s", dir.toString());
        assertThat(run.exitCode()).isZero();
        Path memo = dir.resolve("memos/" + LocalDate.now() + "-warmup-stabilize-adam.md");
        assertThat(memo).content()
                .contains("title: \"Why does warmup stabilize Adam?\"")
                .contains("category: \"Optimization\"")
                .contains("question: \"why does warmup stabilize Adam?\"")
                .contains("draft: true");

        Run again = TestSites.quire("new", "memo", "Why does warmup stabilize Adam?", "-s", dir.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("error: the file exists already");
    }

    @Test
    void draftsAreBuiltOnlyWhenAsked() throws IOException {
        TestSites.quire("new", "site", dir.toString());
        TestSites.quire("new", "memo", "What does a draft look like?", "-s", dir.toString());
        assertThat(TestSites.quire("build", dir.toString()).out()).startsWith("built 1 memo,");
        assertThat(TestSites.quire("build", dir.toString(), "--drafts").out()).startsWith("built 2 memos,");
    }

    @Test
    void badUsageExitsWithTwo() {
        Run run = TestSites.quire("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void versionAndHelp() {
        assertThat(TestSites.quire("--version").out()).startsWith("quire ");
        Run help = TestSites.quire("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("build", "serve", "new");
    }

    @Test
    void outputFolderThatIsNotASiteBuildIsNeverReplaced() throws IOException {
        TestSites.quire("new", "site", dir.resolve("site").toString());
        Path precious = dir.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.tex"), "years of work");
        Run run = TestSites.quire("build", dir.resolve("site").toString(), "-o", precious.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exists and does not look like a site build");
        assertThat(precious.resolve("thesis.tex")).hasContent("years of work");
    }

    @Test
    void twoBuildsOfTheExampleSiteAreByteIdentical() throws IOException {
        Path example = Path.of("example").toAbsolutePath();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(TestSites.quire("build", example.toString(), "-o", first.toString()).exitCode()).isZero();
        assertThat(TestSites.quire("build", example.toString(), "-o", second.toString()).exitCode()).isZero();
        try (Stream<Path> files = Files.walk(first)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = second.resolve(first.relativize(file));
                assertThat(twin).as(first.relativize(file).toString()).hasSameBinaryContentAs(file);
            }
        }
        try (Stream<Path> a = Files.walk(first); Stream<Path> b = Files.walk(second)) {
            assertThat(b.count()).isEqualTo(a.count());
        }
    }
}
