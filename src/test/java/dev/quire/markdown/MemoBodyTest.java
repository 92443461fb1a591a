package dev.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What the Markdown stage reads from a body's syntax tree besides its HTML. */
class MemoBodyTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @AfterAll
    static void close() {
        MARKDOWN.close();
    }

    /** A body starting on line 5 of its file, as after four lines of front matter. */
    private static MemoBody render(String markdown) {
        BodyContext context = new BodyContext(new SourceText("memos/x.md", markdown), 5, new Problems(), Map.of(), null, null,
                BodyResources.NONE);
        return MARKDOWN.render(markdown, context);
    }

    @Test
    void contentsEntriesAreTheTopLevelSectionHeadingsWithThePageIds() {
        MemoBody body = render("""
                ## Setup [see](https://example.org)[^1]

                ### Data *split*

                > ## Not a section

                ## Setup

                #### Too deep

                [^1]: A note.
                """);
        assertThat(body.contents()).containsExactly(
                new ContentsEntry(2, "setup-see", "Setup see"),
                new ContentsEntry(3, "data-split", "Data <em>split</em>"),
                new ContentsEntry(2, "setup", "Setup"));
        assertThat(body.html()).contains("<h2 id=\"setup-see\">", "<h3 id=\"data-split\">", "<h2 id=\"setup\">");
        assertThat(TableOfContents.of(body.contents())).contains(
                "<li><a href=\"#setup-see\">Setup see</a>\n<ol>\n<li><a href=\"#data-split\">Data <em>split</em></a></li>\n</ol>\n</li>");
    }

    @Test
    void openQuestionItemsDropNoteMarksAndInPageLinks() {
        MemoBody body = render("""
                A claim.[^n]

                ## Open questions

                - Does it [hold](#setup) at *scale*?[^n]
                - See [the paper](https://arxiv.org/abs/1).

                - Does @fig:plot hold?

                ![A plot](plot.svg){#fig:plot}

                [^n]: A note.
                """);
        assertThat(body.openQuestions()).extracting(dev.quire.markdown.OpenItem::html).containsExactly("Does it hold at <em>scale</em>?",
                "See <a href=\"https://arxiv.org/abs/1\">the paper</a>.", "Does Figure 1 hold?");
        assertThat(body.html()).contains("<li id=\"open-question-3\">\n<p>Does <a class=\"figure-ref\" href=\"#fig:plot\">Figure 1</a> hold?</p>");
    }

    @Test
    void searchTextIsWhatAReaderReads() {
        MemoBody body = render("""
                Loss falls.[^a] Then *it* rises.

                | layer | acc |
                |---|---|
                | 6 | 97.1 |

                ```
                lr = 3e-4
                ```

                [^a]: Over ten&nbsp;seeds.
                """);
        assertThat(body.searchText()).isEqualTo("Loss falls. Then it rises. layer acc 6 97.1 lr = 3e-4 Notes Over ten seeds.");
        assertThat(body.html()).contains("<span class=\"sidenote\" data-n=\"1\">Over ten\u00a0seeds.</span>");
    }

    @Test
    void flagsSayWhatTheBodyHolds() {
        MemoBody plain = render("Just *text*.\n");
        assertThat(plain.hasMath() || plain.hasCode() || plain.hasCitations() || plain.hasFigures()).isFalse();
        MemoBody rich = render("Text.\n\n    indented code\n\n![A plot](plot.svg){#fig:plot}\n");
        assertThat(rich.hasCode()).isTrue();
        assertThat(rich.hasFigures()).isTrue();
        assertThat(rich.hasMath()).isFalse();
    }

    @Test
    void linksCarryTheFilePositionOfTheirDestination() {
        MemoBody body = render("""
                ## See [a](/memos/a/)

                | x | y |
                |---|---|
                | [b](/memos/b/) | ![c](c.png) |

                Text[^1] and [d][ref].

                [ref]: https://example.org/d
                [^1]: In a [note](#setup).
                """);
        assertThat(body.links()).containsExactly(
                new OutgoingLink("/memos/a/", 5, 12),
                new OutgoingLink("/memos/b/", 9, 7),
                new OutgoingLink("c.png", 9, 25),
                new OutgoingLink("https://example.org/d", 13, 8),
                new OutgoingLink("#setup", 14, 19));
    }

    @Test
    void aNoteInATableStaysAFootnoteAndTheOthersFloat() {
        MemoBody body = render("""
                | x |
                |---|
                | y[^t] |

                Text.[^m]

                [^t]: In a table.
                [^m]: In the margin.
                """);
        assertThat(body.html())
                .contains("<div class=\"table-wrap\"><table>", "</table></div>")
                .contains("<sup class=\"footnote-ref\"><a href=\"#fn-m\" id=\"fnref-m\" data-footnote-ref>2</a></sup>"
                        + "<span class=\"sidenote\" data-n=\"2\">In the margin.</span>")
                .contains("<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Notes</h2>")
                .contains("<li id=\"fn-t\">", "<li id=\"fn-m\" class=\"in-margin\">")
                .doesNotContain("data-n=\"1\"");
    }

    @Test
    void displayMathInANoteIsAPhrasingSpanInTheMargin() {
        MemoBody body = render("""
                A bound.[^b]

                [^b]: It follows from

                    $$x \\le 1$$
                """);
        String margin = body.html().substring(body.html().indexOf("<span class=\"sidenote\""), body.html().indexOf("</p>"));
        assertThat(margin).contains("<span class=\"sidenote-p\">It follows from</span>\n<span class=\"math display sidenote-div\">")
                .doesNotContain("<div");
        assertThat(body.html()).contains("<div class=\"math display\">");
        assertThat(body.hasMath()).isTrue();
    }
}
