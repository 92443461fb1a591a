package dev.quire.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.markdown.BodyContext;
import dev.quire.markdown.BodyResources;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.markdown.MemoTarget;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Memo bodies as feeds carry them: MathML only, every address absolute, no margin copies. */
class FeedHtmlTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final MemoTarget SELF = new MemoTarget("adam-warmup", "Adam warmup", "memos/adam-warmup/", false);

    @AfterAll
    static void close() {
        MARKDOWN.close();
    }

    private static String feed(String markdown) {
        BodyContext context = new BodyContext(new SourceText("memos/adam-warmup.md", markdown), 1, new Problems(),
                Map.of("adam-warmup", SELF), SELF, null, new BodyResources(null, null, "https://notes.example.org/"));
        return MARKDOWN.render(markdown, context).feedHtml();
    }

    @Test
    void keepsKatexMathmlAndDropsItsHtmlRendering() {
        String feed = feed("With $\\beta_2$ small.\n\n$$x$$\n");
        assertThat(feed).startsWith("<p>With <span class=\"math inline\"><math aria-label=\"\\beta_2\" xmlns=\"http://www.w3.org/1998/Math/MathML\">")
                .contains("<annotation encoding=\"application/x-tex\">\\beta_2</annotation></semantics></math></span> small.</p>\n"
                        + "<div class=\"math display\"><span class=\"katex-display\"><math aria-label=\"x\" ")
                .endsWith("</math></span></div>\n")
                .doesNotContain("katex-html", "class=\"katex\"", "katex-mathml");
    }

    @Test
    void makesLinksAndImagesAbsolute() {
        assertThat(feed("[other](/memos/other/), [paper](https://arxiv.org/abs/1), ![A figure](figure.svg), "
                + "<a href=\"notes.html\">raw</a>"))
                .isEqualTo("<p><a href=\"https://notes.example.org/memos/other/\">other</a>, "
                        + "<a href=\"https://arxiv.org/abs/1\">paper</a>, "
                        + "<img src=\"https://notes.example.org/memos/adam-warmup/figure.svg\" alt=\"A figure\" />, "
                        + "<a href=\"https://notes.example.org/memos/adam-warmup/notes.html\">raw</a></p>\n");
    }

    @Test
    void keepsNotesAsFootnotesOnly() {
        String feed = feed("A claim.[^1]\n\n[^1]: Measured.\n");
        assertThat(feed).doesNotContain("sidenote")
                .contains("<a href=\"https://notes.example.org/memos/adam-warmup/#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>")
                .contains("<p>Measured. <a href=\"https://notes.example.org/memos/adam-warmup/#fnref-1\" class=\"footnote-backref\"");
    }
}
