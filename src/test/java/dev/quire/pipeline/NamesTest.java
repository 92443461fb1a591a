package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.source.Slugs;
import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that slug alike, names in other scripts, and entries of memos/ that cannot be read. */
class NamesTest {
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\n";
    private static final String GOOD = "=== memos/good.md\n---\ntitle: Fine\ndate: 2026-01-01\n---\nBody.\n";

    @TempDir
    Path dir;

    private Run build(String spec) throws IOException {
        TestSites.write(dir, spec);
        return TestSites.quire("build", dir.toString());
    }

    @Test
    void languageNamesWithPlusOrSharpKeepTheirOwnPages() throws IOException {
        Run run = build(CONFIG
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\ntags: [C++]\n---\nBody.\n"
                + "=== memos/b.md\n---\ntitle: B\ndate: 2026-01-02\ntags: [C]\n---\nBody.\n"
                + "=== memos/c.md\n---\ntitle: C\ndate: 2026-01-03\ntags: [c#, F#]\n---\nBody.\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/tags/c-plus-plus/index.html")).content().contains("A").doesNotContain(">B<");
        assertThat(dir.resolve("_site/tags/c/index.html")).exists();
        assertThat(dir.resolve("_site/tags/c-sharp/index.html")).exists();
        assertThat(dir.resolve("_site/tags/f-sharp/index.html")).exists();
    }

    @Test
    void twoNamesThatShareAPageAreAWarningNamingBoth() throws IOException {
        Run run = build(CONFIG
                + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\ntags: [C&, Weight decay]\ncategory: Ω\n---\nBody.\n"
                + "=== memos/b.md\n---\ntitle: B\ndate: 2026-01-02\ntags: [C, weight-decay]\ncategory: O\n---\nBody.\n");
        assertThat(run.err()).isEqualTo("""
                memos/b.md:1:1: warning: category 'O' shares the page /categories/o/ with category 'Ω' (memos/a.md): their memos are listed together
                  1 | ---
                    | ^
                  hint: if they are different things, rename one so that the URLs differ; if they are one, write it one way
                memos/b.md:1:1: warning: tag 'C' shares the page /tags/c/ with tag 'C&' (memos/a.md): their memos are listed together
                  1 | ---
                    | ^
                  hint: if they are different things, rename one so that the URLs differ; if they are one, write it one way
                2 warnings
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void nonLatinNamesGiveReadableDistinctSlugs() {
        assertThat(Slugs.of("機械学習")).isEqualTo("ji-xie-xue-xi");
        assertThat(Slugs.of("深層学習")).isEqualTo("shen-ceng-xue-xi");
        assertThat(Slugs.of("Градиентный спуск")).isEqualTo("gradientnyi-spusk");
        assertThat(Slugs.of("Σ-algebra")).isEqualTo("s-algebra");
        assertThat(Slugs.of("🚀 launch")).isEqualTo("rocket-launch");
        assertThat(Slugs.of("🔥")).isEqualTo("fire");
        assertThat(Slugs.of("Schrödinger")).isEqualTo("schrodinger");
        assertThat(Slugs.of("Training dynamics")).isEqualTo("training-dynamics");
        assertThat(Slugs.of("!!!")).isEqualTo("untitled");
    }

    /** The one pass that makes an ASCII name a slug gives what the rules' regular expressions give. */
    @Test
    void asciiNamesGiveTheSlugsOfTheRegularExpressions() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZz09 -_--.+#/C++ C# \t(Adam)";
        for (int i = 0; i < 5000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = name.toString()
                    .replaceAll("(?<=[\\p{L}\\p{N}+#])([+#])", "\u0000$1")
                    .replace("\u0000+", " plus ").replace("\u0000#", " sharp ")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            assertThat(Slugs.of(name.toString())).as("«%s»", name).isEqualTo(expected.isEmpty() ? "untitled" : expected);
        }
        assertThat(Slugs.of("2026-02-03-warmup-stabilizes-adam")).isEqualTo("2026-02-03-warmup-stabilizes-adam");
        assertThat(Slugs.of("--Weight  Decay--")).isEqualTo("weight-decay");
        assertThat(Slugs.of("C++ and C#")).isEqualTo("c-plus-plus-and-c-sharp");
    }

    @Test
    void memosNamedInOtherScriptsGetTheirOwnPages() throws IOException {
        Run run = build(CONFIG
                + "=== memos/2026-01-01-機械学習.md\n---\ntitle: 機械学習\ndate: 2026-01-01\ntags: [深層学習]\n---\nBody.\n"
                + "=== memos/2026-01-02-深層学習.md\n---\ntitle: 深層学習\ndate: 2026-01-02\n---\nBody.\n"
                + "=== memos/2026-01-03-🚀.md\n---\ntitle: 🚀\ndate: 2026-01-03\n---\nBody.\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/memos/ji-xie-xue-xi/index.html")).exists();
        assertThat(dir.resolve("_site/memos/shen-ceng-xue-xi/index.html")).exists();
        assertThat(dir.resolve("_site/memos/rocket/index.html")).exists();
        assertThat(dir.resolve("_site/tags/shen-ceng-xue-xi/index.html")).exists();
    }

    @Test
    void entriesThatCannotBeReadAreNamedInAWarning() throws Exception {
        TestSites.write(dir, CONFIG + GOOD);
        Path memos = dir.resolve("memos");
        Files.createSymbolicLink(memos.resolve("dangling.md"), Path.of("missing.md"));
        Files.createSymbolicLink(memos.resolve("loop-a.md"), Path.of("loop-b.md"));
        Files.createSymbolicLink(memos.resolve("loop-b.md"), Path.of("loop-a.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", memos.resolve("pipe.md").toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/dangling.md: warning: skipped a symbolic link to a missing file: dangling.md -> missing.md
                  hint: a memo is a regular Markdown file, or a folder with an index.md
                memos/loop-a.md: warning: skipped a loop of symbolic links: loop-a.md -> loop-b.md
                  hint: a memo is a regular Markdown file, or a folder with an index.md
                memos/loop-b.md: warning: skipped a loop of symbolic links: loop-b.md -> loop-a.md
                  hint: a memo is a regular Markdown file, or a folder with an index.md
                memos/pipe.md: warning: skipped not a regular file (a pipe, socket or device)
                  hint: a memo is a regular Markdown file, or a folder with an index.md
                4 warnings
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/memos/good/index.html")).exists();
    }
}
