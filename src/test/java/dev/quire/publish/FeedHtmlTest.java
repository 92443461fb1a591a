package dev.quire.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Memo bodies as feeds carry them: MathML only, every address absolute. */
class FeedHtmlTest {
    private static final String PAGE = "https://notes.example.org/memos/adam-warmup/";

    @Test
    void keepsKatexMathmlAndDropsItsHtmlRendering() {
        String body = "<p>With <span class=\"math inline\"><span class=\"katex\"><span class=\"katex-mathml\">"
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><msub><mi>β</mi><mn>2</mn></msub></mrow>"
                + "<annotation encoding=\"application/x-tex\">\\beta_2</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span class=\"mord\">β</span>"
                + "<span class=\"msupsub\">2</span></span></span></span></span> small.</p>\n"
                + "<div class=\"math display\"><span class=\"katex-display\"><span class=\"katex\"><span class=\"katex-mathml\">"
                + "<math display=\"block\"><mi>x</mi></math></span><span class=\"katex-html\" aria-hidden=\"true\">x</span>"
                + "</span></span></div>";
        assertThat(FeedHtml.of(body, PAGE)).isEqualTo(
                "<p>With <span class=\"math inline\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>"
                        + "<msub><mi>β</mi><mn>2</mn></msub></mrow><annotation encoding=\"application/x-tex\">\\beta_2"
                        + "</annotation></semantics></math></span> small.</p>\n"
                        + "<div class=\"math display\"><span class=\"katex-display\"><math display=\"block\"><mi>x</mi>"
                        + "</math></span></div>");
    }

    @Test
    void makesLinksAndImagesAbsolute() {
        String body = "<p><a href=\"/memos/other/\">other</a>, <a href=\"#fn-1\">1</a>, "
                + "<a href=\"https://arxiv.org/abs/1\">paper</a>, <img src=\"figure.svg\" alt=\"A figure\"></p>";
        assertThat(FeedHtml.of(body, PAGE)).isEqualTo(
                "<p><a href=\"https://notes.example.org/memos/other/\">other</a>, "
                        + "<a href=\"https://notes.example.org/memos/adam-warmup/#fn-1\">1</a>, "
                        + "<a href=\"https://arxiv.org/abs/1\">paper</a>, "
                        + "<img src=\"https://notes.example.org/memos/adam-warmup/figure.svg\" alt=\"A figure\"></p>");
    }
}
