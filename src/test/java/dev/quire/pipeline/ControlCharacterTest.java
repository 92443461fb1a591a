package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no page or feed can carry is an error at its place, found before any writer runs:
 * the Atom writer once threw on a backspace that {@code "\begin"} in double quotes had made,
 * with exit 3, no file and no line.
 */
class ControlCharacterTest {
    /** A base URL, so that the Atom feed (the writer that threw) is written. */
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\nbase_url: https://notes.test/\n";

    @TempDir
    Path dir;

    @Test
    void backspaceFromADoubleQuotedYamlEscape() throws IOException {
        TestSites.write(dir, CONFIG + "=== memos/a.md\n---\ntitle: \"Why \\begin{align} breaks\"\ndate: 2026-01-01\n---\nBody.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/a.md:2:13: error: a value in front matter holds the control character U+0008 (backspace), which no page or feed can carry
                  2 | title: "Why \\begin{align} breaks"
                    |             ^
                  hint: in double quotes a backslash starts an escape, and "\\b" is that character: write \\\\ for a backslash, or put the value in single quotes
                build failed: 1 error; nothing was written
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void controlCharacterInTheBody() throws IOException {
        TestSites.write(dir, CONFIG + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nA stray \u001B[0m escape.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEqualTo("""
                memos/a.md:5:9: error: the file holds the control character U+001B (escape), which no page or feed can carry
                  5 | A stray \uFFFD[0m escape.
                    |         ^
                  hint: delete it (an editor may show it as ^[ or not at all)
                build failed: 1 error; nothing was written
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("_site")).doesNotExist();
    }

    @Test
    void controlCharacterInQuireYml() throws IOException {
        TestSites.write(dir, "=== quire.yml\ntitle: \"Notes\\x07\"\n=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nBody.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).startsWith("""
                quire.yml:1:14: error: a value in quire.yml holds the control character U+0007 (bel), which no page or feed can carry
                  1 | title: "Notes\\x07"
                    |              ^
                  hint: in double quotes a backslash starts an escape, and "\\x07" is that character: write \\\\ for a backslash, or put the value in single quotes
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void tabsAndLineBreaksAreText() throws IOException {
        TestSites.write(dir, CONFIG + "=== memos/a.md\n---\ntitle: \"A\\tB\"\ndate: 2026-01-01\n---\nTab\there.\r\nCRLF.\n");
        Run run = TestSites.quire("build", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
