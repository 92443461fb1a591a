package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire import} on small blogs written inline: bad input, exact reports, the progress line. */
class ImportCommandTest {
    @TempDir
    Path temp;

    private static final String ONE_POST = post("_posts/2020-01-05-a.md", "A", "Text.");

    /** One post of a blog written inline: its file, with a front matter holding only the title. */
    private static String post(String path, String title, String body) {
        return "=== " + path + "\n---\ntitle: " + title + "\n---\n" + body + "\n";
    }

    /** Runs an import that must be refused: the exit code, then exactly one error line and its hint. */
    private static void refused(String engine, Path blog, Path out, int exitCode, Path where, String message, String hint) {
        TestSites.Run run = TestSites.quire("import", engine, blog.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.err()).isEqualTo(where + ": error: " + message + "\n  hint: " + hint + "\n");
    }

    @Test
    void aMissingBlogFolderIsAUsageError() {
        Path missing = temp.resolve("nowhere");
        refused("jekyll", missing, temp.resolve("out"), 2, missing, "no such folder",
                "give the folder of the blog: quire import jekyll ~/my-blog");
    }

    @Test
    void aHugoSiteImportedAsJekyllNamesTheOtherEngine() throws IOException {
        Path blog = TestSites.write(temp.resolve("site"), post("content/posts/a.md", "A", "Text."));
        refused("jekyll", blog, temp.resolve("out"), 1, blog, "no _posts/ folder: this is not a Jekyll blog",
                "it has a content/ folder: try 'quire import hugo " + blog + "'");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderWithoutContentIsNotAHugoSite() throws IOException {
        Path blog = TestSites.write(temp.resolve("empty"), "=== README.md\nNothing here.\n");
        refused("hugo", blog, temp.resolve("out"), 1, blog, "no content/ folder: this is not a Hugo site",
                "give the folder that holds hugo.toml and content/");
    }

    @Test
    void aBlogWithoutPostsSaysWhy() throws IOException {
        Path blog = TestSites.write(temp.resolve("blog"), "=== _posts/notes.md\nNo date, no front matter.\n");
        refused("jekyll", blog, temp.resolve("out"), 1, blog,
                "no post to import: _posts/notes.md: not imported: a post's file name must start with its date",
                "posts are _posts/YYYY-MM-DD-name.md files that start with a front matter");
    }

    @Test
    void anOutputFolderHoldingSomethingElseIsNeverWritten() throws IOException {
        Path blog = TestSites.write(temp.resolve("blog"), ONE_POST);
        Path out = TestSites.write(temp.resolve("out"), "=== notes.txt\nmine\n");
        refused("jekyll", blog, out, 1, out, "the output folder is not empty and is not a Quire site",
                "choose a new folder with -o; nothing was written");
        assertThat(out.resolve("memos")).doesNotExist();
    }

    @Test
    void anOutputFolderInsideTheBlogIsRefused() throws IOException {
        Path blog = TestSites.write(temp.resolve("blog"), ONE_POST);
        refused("jekyll", blog, blog.resolve("site"), 2, blog.resolve("site"), "the output folder is inside the blog",
                "the blog is never written to: choose a folder outside it with -o");
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        TestSites.Run run = TestSites.quire("import", "wordpress", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for positional parameter at index 0 (ENGINE): unknown engine 'wordpress': use jekyll or hugo");
    }

    @Test
    void aFormulaKatexStillRejectsIsReportedAndNamedByTheBuild() throws IOException {
        Path blog = TestSites.write(temp.resolve("blog"),
                post("_posts/2020-01-05-sc.md", "Small caps", "The optimizer $$\\textsc{Adam}$$ and {% gist 123 %} and {{ page.title }}.")
                + post("_posts/2020-01-06-dollars.md", "Dollars",
                        "To kramdown a single dollar is text, so $\\{x\\_i\\}$ was written with escapes."));
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.quire("import", "jekyll", blog.toString(), "-o", out.toString(), "-q");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                _posts/2020-01-05-sc.md:4:17: warning: KaTeX cannot render this formula: Undefined control sequence: \\textsc
                  4 | The optimizer $$\\textsc{Adam}$$ and {% gist 123 %} and {{ page.title }}.
                    |                 ^
                  hint: it was left as written: define the command in quire.yml under math: macros:, or rewrite it
                _posts/2020-01-05-sc.md:4:37: warning: unknown Liquid tag 'gist'; it was left as written
                  4 | The optimizer $$\\textsc{Adam}$$ and {% gist 123 %} and {{ page.title }}.
                    |                                     ^
                  hint: replace it with what it showed, or remove it
                _posts/2020-01-05-sc.md:4:56: warning: the Liquid expression '{{ page.title }}' cannot be converted; it was left as written
                  4 | The optimizer $$\\textsc{Adam}$$ and {% gist 123 %} and {{ page.title }}.
                    |                                                        ^
                  hint: write out what it showed on the old site
                """);
        assertThat(Files.readString(out.resolve("memos/2020-01-05-sc.md"))).isEqualTo("""
                ---
                title: Small caps
                date: 2020-01-05
                slug: sc
                ---
                The optimizer $\\textsc{Adam}$ and {% gist 123 %} and {{ page.title }}.
                """);
        assertThat(Files.readString(out.resolve("memos/2020-01-06-dollars.md")))
                .endsWith("To kramdown a single dollar is text, so ${x_i}$ was written with escapes.\n");
        TestSites.Run build = TestSites.quire("build", out.toString(), "--no-cache");
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).startsWith("memos/2020-01-05-sc.md:6:16: error: invalid TeX: Undefined control sequence: \\textsc");
    }

    @Test
    void progressLinesAndAReImportIntoTheSameSite() throws IOException {
        Path blog = TestSites.write(temp.resolve("blog"),
                post("_posts/2020-01-05-a.md", "A", "One.") + post("_posts/notes/2020-02-01-a.md", "Another A", "Two."));
        Path out = temp.resolve("out");
        TestSites.Run first = TestSites.quire("import", "jekyll", blog.toString(), "-o", out.toString());
        assertThat(first.err()).startsWith("importing 1/2 posts…\nimporting 2/2 posts…\n")
                .contains("_posts/notes/2020-02-01-a.md:1:1: warning: another post already has the slug 'a'; this one becomes 'a-2'");
        TestSites.Run again = TestSites.quire("import", "jekyll", blog.toString(), "-o", out.toString(), "-q");
        assertThat(again.exitCode()).isZero();
        try (var memos = Files.list(out.resolve("memos"))) {
            assertThat(memos.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2020-01-05-a.md", "2020-02-01-a-2.md");
        }
    }

    @Test
    void withoutGoldmarksPassthroughTheMarkdownEscapesInMathAreUndone() throws IOException {
        // and what would be a citation in Quire is escaped: the old post meant the brackets
        Path blog = TestSites.write(temp.resolve("site"), """
                === hugo.toml
                title = "Plain goldmark"
                === content/posts/weights.md
                ---
                title: Weights
                date: 2023-01-01
                ---
                The weight [@kish] $w\\_i = p(x\\_i)/q(x\\_i)$ on
                $$\\left\\\\{ x : x\\_1 > 0 \\right\\\\}$$
                and {{< math >}}$\\mathbb{E}\\_p$ as written{{< /math >}}, \\(not math\\), [[a, b]].
                """);
        Path out = temp.resolve("out");
        assertThat(TestSites.quire("import", "hugo", blog.toString(), "-o", out.toString(), "-q").err()).isEmpty();
        assertThat(Files.readString(out.resolve("memos/2023-01-01-weights.md"))).endsWith("""
                ---
                The weight [\\@kish] $w_i = p(x_i)/q(x_i)$ on
                $$
                \\left\\{ x : x_1 > 0 \\right\\}
                $$
                and $\\mathbb{E}\\_p$ as written, \\(not math\\), [\\[a, b]].
                """);
        assertThat(TestSites.quire("build", out.toString(), "--no-cache").exitCode()).isZero();
    }
}
