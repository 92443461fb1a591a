package dev.quire.fuzz;

import dev.quire.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memo bodies with Quire's extensions (math, citations, wikilinks, cross-references, callouts,
 * figures, footnotes): any body renders, its problems collected, never an exception or a hang.
 */
class MarkdownFuzzTest {
    private static final List<String> SYNTAX = List.of("$", "$$", "$$\n", "\\$", "\\", "x^2", "\\frac{a}{b}", "{", "}",
            "\\begin{align}", "\\end{align}", "\\label{x}", "{#eq:a}", "@eq:a", "[@", "@smith2020", "[@smith2020, sec. 4.2]",
            "-@", ";", ", p. 3", "]", "[", "[[", "]]", "|", "[[a|b]]", "> ", "> [!note]", "> [!warning] Title\n",
            "> [!", "![alt](x.png)", "{#fig:a}", "@fig:a", "[^1]", "[^1]: ", "`", "```", "```python\n", "    ", "- ",
            "1. ", "## ", "# Open questions\n", "| a | b |\n", "|---|---|\n", "*", "_", "~~", "<span>", "</span>",
            "<!--", "-->", "&amp;", "http://x.org", "a@b.org", "\n", "\n\n");

    private static MarkdownRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new MarkdownRenderer();
        renderer.render("$x$ and\n\n```python\nx = 1\n```\n"); // starts the script engine outside the hang limit
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @Test
    void anyBodyRenders() {
        FuzzInput.check(SYNTAX, 40, body -> renderer.render(body));
    }
}
