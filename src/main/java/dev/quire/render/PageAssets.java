package dev.quire.render;

import dev.quire.cite.PublicationList;
import dev.quire.content.Ledger;
import dev.quire.content.Memo;
import dev.quire.content.OpenQuestion;
import dev.quire.content.Page;
import java.util.function.Predicate;

/**
 * What rendered math and code need on the one page being rendered, and on no other: KaTeX's
 * stylesheet where there is a formula, the copy button's script where there is a code block.
 * Decided from what the page shows (the Markdown stage's facts about each body and open
 * question), before the page is written, so that the layout links them in its head and the
 * page is written once, straight to bytes. A page without math does not pay for KaTeX's
 * stylesheet.
 *
 * @param math whether the page shows rendered math
 * @param code whether the page shows a code block
 */
public record PageAssets(boolean math, boolean code) {
    public static final String KATEX_CSS = "assets/katex/katex.min.css";
    public static final String COPY_SCRIPT = "assets/copy-code.js";
    public static final PageAssets NONE = new PageAssets(false, false);

    /** How rendered math and code begin in a page: the site's own templates are searched for them. */
    private static final String MATH_MARK = "<span class=\"katex\">";
    private static final String CODE_MARK = "<pre><code";

    /** The union: what a page showing both needs. */
    public PageAssets or(PageAssets other) {
        return new PageAssets(math || other.math, code || other.code);
    }

    /** What HTML written into every head by the settings ({@code theme.head}) shows, as a page would be searched. */
    static PageAssets inHead(String head) {
        return new PageAssets(head.contains(MATH_MARK), head.contains(CODE_MARK));
    }

    /**
     * A memo's page: its body, the open questions of other memos it answers, and always a code
     * block (the BibTeX entry of "Cite this memo").
     */
    static PageAssets memo(Memo memo, Ledger ledger) {
        boolean answersMath = ledger.answeredIn(memo).stream().map(Ledger.Item::question).anyMatch(OpenQuestion::hasMath);
        return new PageAssets(memo.body().hasMath() || answersMath, true);
    }

    /** The open-questions ledger: every open question. */
    static PageAssets ledger(Ledger ledger) {
        return new PageAssets(anyQuestion(ledger, OpenQuestion::hasMath), anyQuestion(ledger, OpenQuestion::hasCode));
    }

    /** A page of {@code pages/}. */
    static PageAssets page(Page page) {
        return new PageAssets(page.body().hasMath(), page.body().hasCode());
    }

    /** The publications page: each work's BibTeX as a code block, and the text of the page at its address, if any. */
    static PageAssets publications(PublicationList list, Page page) {
        PageAssets own = new PageAssets(false, !list.years().isEmpty());
        return page == null || page.bodyHtml().isBlank() ? own : own.or(page(page));
    }

    private static boolean anyQuestion(Ledger ledger, Predicate<OpenQuestion> test) {
        return ledger.entries().stream().flatMap(e -> e.items().stream()).map(Ledger.Item::question).anyMatch(test);
    }

    /**
     * For pages of the site's own templates, which may show any HTML anywhere: the finished page
     * searched for what it shows, and the links put before {@code </head>}. Quire's own
     * templates never come here.
     */
    static String linkBySearch(String html, RenderContext ctx) {
        boolean math = html.contains(MATH_MARK);
        boolean code = html.contains(CODE_MARK);
        int head = html.indexOf("</head>");
        if ((!math && !code) || head < 0) {
            return html;
        }
        StringBuilder tags = new StringBuilder();
        if (math) {
            tags.append("<link rel=\"stylesheet\" href=\"").append(ctx.href(KATEX_CSS)).append("\">\n");
        }
        if (code) {
            tags.append("<script src=\"").append(ctx.href(COPY_SCRIPT)).append("\" defer></script>\n");
        }
        return html.substring(0, head) + tags + html.substring(head);
    }
}
