package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input nested deeper than Quire follows: a positioned error and exit 1, never a stack
 * overflow's thousand-line trace. Each case once overflowed the stack.
 */
class DeepInputTest {
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\nbase_url: https://notes.test/\n";

    @TempDir
    Path dir;

    private Run build(String memoBody) throws IOException {
        return build("", memoBody);
    }

    private Run build(String frontMatter, String memoBody) throws IOException {
        TestSites.write(dir, CONFIG + "=== memos/a.md\n---\ntitle: Deep\ndate: 2026-01-01\n" + frontMatter + "---\n" + memoBody);
        return TestSites.quire("build", dir.toString());
    }

    /** The first line of the report, and that it is a short report ending in the summary. */
    private void assertRefused(Run run, String firstLine, String hint) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().findFirst()).contains(firstLine);
        assertThat(run.err()).contains("  hint: " + hint + "\n")
                .endsWith("build failed: 1 error; nothing was written\n")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().count()).isEqualTo(5);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    private static final String MARKDOWN_HINT = "Quire renders at most 100 levels; flatten the nesting here";

    @Test
    void twoThousandBlockQuotes() throws IOException {
        assertRefused(build("> ".repeat(2000) + "deep\n"),
                "memos/a.md:5:201: error: Markdown nested more than 100 levels deep (block quotes, lists, emphasis or links inside one another)",
                MARKDOWN_HINT);
    }

    @Test
    void aThousandListLevels() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertRefused(build(list.toString()),
                "memos/a.md:105:201: error: Markdown nested more than 100 levels deep (block quotes, lists, emphasis or links inside one another)",
                MARKDOWN_HINT);
    }

    @Test
    void tenThousandEmphasisMarkers() throws IOException {
        assertRefused(build("*".repeat(10_000) + "x" + "*".repeat(10_000) + "\n"),
                "memos/a.md:5:201: error: Markdown nested more than 100 levels deep (block quotes, lists, emphasis or links inside one another)",
                MARKDOWN_HINT);
    }

    @Test
    void nestingWithinTheLimitIsRendered() throws IOException {
        StringBuilder body = new StringBuilder("> ".repeat(99) + "deep [link](https://a.org) *em*[^1]\n\n[^1]: a note\n\n");
        for (int i = 0; i < 99; i++) {
            body.append("  ".repeat(i)).append("- item\n");
        }
        body.append("\n").append("*".repeat(150)).append("x").append("*".repeat(150)).append('\n');
        Run run = build(body.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("_site/memos/a/index.html")).exists();
    }

    @Test
    void deepYamlInFrontMatter() throws IOException {
        assertRefused(build("extra: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "body\n"),
                "memos/a.md:4:57: error: invalid YAML in front matter: lists and mappings nested more than 50 levels deep",
                "no setting needs more than a few levels; look for brackets or indentation that never close");
    }

    @Test
    void deepBlockYamlInQuireYml() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Notes\nextra:\n");
        for (int i = 1; i < 3000; i++) {
            yaml.append("  ".repeat(i)).append("-\n");
        }
        TestSites.write(dir, "=== quire.yml\n" + yaml + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nbody\n");
        assertRefused(TestSites.quire("build", dir.toString()),
                "quire.yml:52:101: error: invalid YAML in quire.yml: lists and mappings nested more than 50 levels deep",
                "no setting needs more than a few levels; look for brackets or indentation that never close");
    }

    @Test
    void deepTexIsRefusedBeforeKatexRuns() throws IOException {
        assertRefused(build("$" + "{".repeat(5000) + "x" + "}".repeat(5000) + "$\n"),
                "memos/a.md:5:32: error: invalid TeX: groups nested more than 30 levels deep",
                "split the formula, or look for a '{' (or \\left, \\begin) that is never closed");
    }

    @Test
    void deepTexInADisplayFormula() throws IOException {
        assertRefused(build("$$\n" + "\\frac{".repeat(3000) + "x" + "}{y}".repeat(3000) + "\n$$\n"),
                "memos/a.md:6:186: error: invalid TeX: groups nested more than 30 levels deep",
                "split the formula, or look for a '{' (or \\left, \\begin) that is never closed");
    }
}
