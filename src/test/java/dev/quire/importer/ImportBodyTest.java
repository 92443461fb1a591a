package dev.quire.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import dev.quire.importer.hugo.HugoBlog;
import dev.quire.importer.jekyll.JekyllBlog;
import dev.quire.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One body at a time, the old engine's Markdown in, Quire's out: where kramdown's {@code $$} is
 * inline and where it is a block, MathJax's delimiters, numbered equations and their references,
 * Liquid, attribute lists and shortcodes. {@code \n} in a case is a line break.
 */
class ImportBodyTest {
    private static Path folder;
    private static FormulaCheck katex;
    private static BodyConverter converter;

    @BeforeAll
    static void start() throws IOException {
        folder = Files.createTempDirectory("quire-import-body");
        TestSites.write(folder.resolve("jekyll"), "=== _posts/2020-01-05-other.md\n---\ntitle: Other\n---\nText.\n");
        TestSites.write(folder.resolve("hugo"), """
                === hugo.toml
                [markup.goldmark.extensions.passthrough]
                  enable = true
                === content/posts/other.md
                ---
                title: Other
                ---
                Text.
                """);
        katex = new FormulaCheck(Map.of());
        converter = new BodyConverter(new MathEmitter(katex));
    }

    @AfterAll
    static void stop() throws IOException {
        katex.close();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The converted body and each warning as {@code line:column message} (the body starts on line 4). */
    private static String convert(Dialect dialect, String body, String warning) throws Exception {
        Problems problems = new Problems();
        Blog blog = dialect == Dialect.JEKYLL ? JekyllBlog.read(folder.resolve("jekyll"), problems)
                : HugoBlog.read(folder.resolve("hugo"), problems);
        ImportRun run = new ImportRun(blog, dialect, problems);
        Post other = blog.posts().get(0);
        run.index.addPost(other.path(), other.slug());
        String text = "---\ntitle: T\n---\n" + body;
        Post post = new Post("post.md", text, Map.of(), body, text.length() - body.length(), "t", null, List.of(), List.of());
        String out = converter.convert(new PostContext(post, run)).body();
        List<String> warnings = problems.sorted().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
        assertThat(warnings).isEqualTo(warning == null ? List.of() : List.of(warning));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Inline $$x_1$$ and $$ y^2 $$ here."          | "Inline $x_1$ and $y^2$ here."            |
            "$$x = 1$$"                                    | "$$\\nx = 1\\n$$\\n"                       |
            "Text\\n\\n$$\\na = b\\n$$\\n\\nMore."         | "Text\\n\\n$$\\na = b\\n$$\\n\\nMore."         |
            "- item $$a$$\\n\\n    $$\\n    b\\n    $$\\n" | "- item $a$\\n\\n    $$\\n    b\\n    $$\\n" |
            "> Quoted:\\n>\\n> $$\\n> a = b\\n> $$\\n"       | "> Quoted:\\n>\\n> $$\\n> a = b\\n> $$\\n" |
            "A \\\\( a\\_1 \\\\) and \\\\[ b \\\\]."        | "A $a_1$ and $$b$$."                      |
            "Costs $5 and $10 today, \\$ too."            | "Costs $5 and $10 today, \\$ too."       |
            "`$$x$$` stays code"                           | "`$$x$$` stays code"                      |
            "\\begin{equation}\\nE \\label{eq:e}\\n\\end{equation}\\nBy \\eqref{eq:e}." | "$$\\nE\\n$$ {#eq:e}\\nBy @eq:e." |
            "See {% post_url 2020-01-05-other %}{: .x}"   | "See /memos/other/" | "4:36 the kramdown attribute list '{: .x}' has no Quire equivalent and was removed"
            "* TOC\\n{:toc}\\n## A"                        | "## A"                                    |
            "{% highlight r %}\\nx <- 1\\n{% endhighlight %}\\n" | "```r\\nx <- 1\\n```\\n"           |
            """)
    void jekyll(String body, String expected, String warning) throws Exception {
        assertThat(convert(Dialect.JEKYLL, body.replace("\\n", "\n"), warning)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Inline $$x$$ stays display."                   | "Inline $$x$$ stays display."       |
            "\\(a\\) and \\[b\\]"                           | "$a$ and $$b$$"                     |
            "{{< katex >}}\\n{{< katex display >}}x{{< /katex >}}" | "\\n$$\\nx\\n$$\\n"              |
            "A [post]({{< ref `other.md#s` >}}), [again]({{< relref ""other"" >}})." | "A [post](/memos/other/#s), [again](/memos/other/)." |
            "{{< figure src=""/x.png"" caption=""Cap, $x$"" >}}" | "![Cap, $x$](/x.png)" | "4:17 image '/x.png' is not in the blog"
            """)
    void hugo(String body, String expected, String warning) throws Exception {
        assertThat(convert(Dialect.HUGO, body.replace("\\n", "\n"), warning)).isEqualTo(expected.replace("\\n", "\n"));
    }
}
