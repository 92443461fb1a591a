package dev.quire.markdown;

import dev.quire.cache.RenderCache;
import dev.quire.highlight.CodeHighlighter;
import dev.quire.js.JsEngine;
import dev.quire.math.MathRenderer;
import java.util.List;
import java.util.Map;
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
 * strikethrough, autolinks, math (rendered by KaTeX), highlighted code, and citations, figures
 * and links between memos (resolved with the context's resources). Parser and renderer are
 * immutable and shared by the worker threads.
 *
 * <p>Math and code run in a script engine this renderer owns and starts only when a formula or a
 * code block is missing from the cache: close the renderer when the build is done, which also
 * writes the cache it was given.
 */
public final class MarkdownRenderer implements AutoCloseable {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final JsEngine js = new JsEngine();
    private final MathRenderer math;
    private final RenderCache cache;

    /** A renderer without macros or a disk cache, as in tests. */
    public MarkdownRenderer() {
        this(Map.of(), RenderCache.none());
    }

    /**
     * @param macros TeX macros for every formula, from {@code quire.yml}
     * @param cache where rendered formulas and code blocks are kept between builds; closed with this renderer
     */
    public MarkdownRenderer(Map<String, String> macros, RenderCache cache) {
        this.cache = cache;
        this.math = new MathRenderer(js, cache, macros);
        CodeHighlighter highlighter = new CodeHighlighter(js, cache);
        List<Extension> extensions = List.of(
                MathExtension.create(),
                CalloutExtension.create(),
                TablesExtension.create(),
                FootnotesExtension.create(),
                HeadingAnchorExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                ReferencesExtension.create()); // after autolinks: an e-mail address is never a citation
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .nodeRendererFactory(context -> new CodeBlockRenderer(context, highlighter))
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
        MathPass.run(document, math, context);
        BodyReferences.Resolved references = BodyReferences.resolve(document, context);
        String html = labelFootnotes(wrapTables(renderer.render(document)));
        html = Sidenotes.insert(html, document);
        html += references.referencesHtml(); // the reference list ends the memo
        return new RenderedBody(html, WordCounter.count(document), references.memoLinks());
    }

    /** Writes the formulas and code blocks rendered so far to the cache, keeping the renderer open (for {@code serve}). */
    public void flush() {
        cache.flush();
    }

    /** Writes the cache and closes the script engine, if math or code started it. */
    @Override
    public void close() {
        try {
            js.close();
        } finally {
            cache.close();
        }
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
