package dev.quire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import dev.quire.testing.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of contents and its {@code toc} key, callout types, and the citation block, through whole builds. */
class WritingFeaturesTest {
    private static final String CONFIG = "=== quire.yml\ntitle: Notes\nauthor: Clara Ashworth\nbase_url: https://notes.test/\n";
    private static final String THREE_HEADINGS = "## One\n\nText.\n\n## Two\n\n### Two and a half\n\nText.\n";

    @TempDir
    Path dir;

    private Run build(String spec) throws IOException {
        TestSites.write(dir, spec);
        return TestSites.quire("build", dir.toString());
    }

    private String page(String slug) throws IOException {
        return Files.readString(dir.resolve("_site/memos/" + slug + "/index.html"));
    }

    @Test
    void contentsListForThreeHeadingsUnlessTurnedOff() throws IOException {
        Run run = build(CONFIG
                + "=== memos/long.md\n---\ntitle: Long\ndate: 2026-01-01\n---\n" + THREE_HEADINGS
                + "=== memos/off.md\n---\ntitle: Off\ndate: 2026-01-02\ntoc: false\n---\n" + THREE_HEADINGS
                + "=== memos/short.md\n---\ntitle: Short\ndate: 2026-01-03\n---\n## One\n\n## Two\n");
        assertThat(run.err()).isEmpty();
        assertThat(page("long")).contains("""
                <nav class="toc" aria-label="Contents">
                <p class="toc-title" aria-hidden="true">Contents</p>
                <ol>
                <li><a href="#one">One</a></li>
                <li><a href="#two">Two</a>
                <ol>
                <li><a href="#two-and-a-half">Two and a half</a></li>
                </ol>
                </li>
                </ol>
                </nav>""");
        assertThat(page("off")).doesNotContain("class=\"toc\"").contains("<h2 id=\"one\">One</h2>");
        assertThat(page("short")).doesNotContain("class=\"toc\"");
    }

    @Test
    void tocMustBeTrueOrFalse() throws IOException {
        Run run = build(CONFIG + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\ntoc: no\n---\nBody.\n");
        assertThat(run.err()).isEqualTo("""
                memos/a.md:4:6: error: 'toc' must be true or false
                  4 | toc: no
                    |      ^
                build failed: 1 error; nothing was written
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void unknownCalloutTypeIsAWarningAndRendersAsANote() throws IOException {
        Run run = build(CONFIG + "=== memos/a.md\n---\ntitle: A\ndate: 2026-01-01\n---\nIntro.\n\n> [!WARN]\n> Careful.\n");
        assertThat(run.err()).isEqualTo("""
                memos/a.md:7:5: warning: unknown callout type 'warn', shown as a note
                  7 | > [!WARN]
                    |     ^
                  hint: did you mean 'warning'?
                1 warning
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(page("a")).contains("<div class=\"callout callout-note\" data-callout=\"warn\" role=\"note\">");
    }

    @Test
    void everyMemoPageCarriesItsCitation() throws IOException {
        build(CONFIG + "=== memos/2026-02-03-warmup.md\n---\ntitle: Why does warmup stabilize Adam?\ndate: 2026-02-03\n---\nBody.\n");
        String page = page("warmup");
        assertThat(page).contains("""
                <meta name="citation_title" content="Why does warmup stabilize Adam?">
                <meta name="citation_author" content="Clara Ashworth">
                <meta name="citation_publication_date" content="2026/02/03">
                <meta name="citation_journal_title" content="Notes">
                """);
        assertThat(page).contains("<summary>Cite this memo</summary>").contains("@misc{ashworth2026warmup,");
        assertThat(Files.readString(dir.resolve("_site/index.html"))).doesNotContain("citation_title");
    }

    @Test
    void citationKeysAreUniqueAndTheOldestKeepsTheBareKey() throws IOException {
        build(CONFIG
                + "=== memos/2026-05-01-later.md\n---\ntitle: Warmup, again\ndate: 2026-05-01\n---\nBody.\n"
                + "=== memos/2026-02-03-first.md\n---\ntitle: Warmup and Adam\ndate: 2026-02-03\n---\nBody.\n"
                + "=== memos/2026-06-01-third.md\n---\ntitle: Why warmup, once more\ndate: 2026-06-01\n---\nBody.\n");
        assertThat(page("first")).contains("@misc{ashworth2026warmup,");
        assertThat(page("later")).contains("@misc{ashworth2026warmupb,");
        assertThat(page("third")).contains("@misc{ashworth2026warmupc,");
    }
}
