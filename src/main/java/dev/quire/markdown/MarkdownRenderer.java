package dev.quire.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The commonmark pipeline for memo bodies: GFM tables, footnotes, heading anchors,
 * strikethrough, autolinks and math. Parser and renderer are immutable and shared by the worker
 * threads.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                MathExtension.create(),
                CalloutExtension.create(),
                TablesExtension.create(),
                FootnotesExtension.create(),
                HeadingAnchorExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> new TableAlignment())
                .attributeProviderFactory(context -> new OpenQuestionMarkup()).build();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a body on its own, as in tests: problems are collected but go nowhere. */
    public RenderedBody render(String markdown) {
        return render(markdown, BodyContext.standalone(markdown));
    }

    /** Renders one memo's body; problems found in it are reported to {@code context} at their file positions. */
    public RenderedBody render(String markdown, BodyContext context) {
        Node document = parse(markdown);
        CalloutTypes.reportUnknown(document, context);
        String html = labelFootnotes(wrapTables(renderer.render(document)));
        html = Sidenotes.insert(html, document);
        return new RenderedBody(html, WordCounter.count(document));
    }

    /**
     * Puts each table in a scrolling wrapper so a wide table scrolls by itself, never the page.
     * Plain replacement is safe here: the renderer escapes '<' in text and code, so the only
     * literal table tags in its output are real tables.
     */
    private static String wrapTables(String html) {
        return html.replace("<table>", "<div class=\"table-wrap\"><table>").replace("</table>", "</table></div>");
    }

    /** Gives the footnotes section a heading for screen readers and document outlines, as GitHub does. */
    private static String labelFootnotes(String html) {
        return html.replace("<section class=\"footnotes\" data-footnotes>\n",
                "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Notes</h2>\n");
    }
}
