package dev.quire.markdown;

import dev.quire.cache.RenderCache;
import dev.quire.highlight.CodeHighlighter;
import dev.quire.js.JsEngine;
import dev.quire.js.JsEngineKind;
import dev.quire.markdown.callout.CalloutExtension;
import dev.quire.markdown.callout.CalloutTypes;
import dev.quire.markdown.math.MathExtension;
import dev.quire.markdown.math.MathHtmlRenderer;
import dev.quire.markdown.math.MathPass;
import dev.quire.markdown.reference.BodyReferences;
import dev.quire.markdown.reference.ReferenceHtmlRenderer;
import dev.quire.markdown.reference.ReferencesExtension;
import dev.quire.math.MathRenderer;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The commonmark pipeline for memo bodies: GFM tables, footnotes, heading ids ({@link HeadingIds}),
 * strikethrough, autolinks, math (rendered by KaTeX), highlighted code, and citations, figures
 * and links between memos (resolved with the context's resources). Parser and renderer are
 * immutable and shared by the worker threads.
 *
 * <p>Math and code run in a script engine this renderer owns and starts only when a formula or a
 * code block is missing from the cache: close the renderer when the build is done, which also
 * writes the cache it was given.
 */
public final class MarkdownRenderer implements AutoCloseable {
    /** Made when the first body is rendered: a build whose bodies all come from the cache never loads commonmark. */
    private volatile Syntax syntax;
    private final JsEngine js;
    private final MathRenderer math;
    private final CodeHighlighter highlighter;
    private final RenderCache cache;

    /** A renderer without macros or a disk cache, as in tests. */
    public MarkdownRenderer() {
        this(Map.of(), RenderCache.none(), JsEngineKind.AUTO);
    }

    /**
     * @param macros TeX macros for every formula, from {@code quire.yml}
     * @param cache where rendered formulas and code blocks are kept between builds; closed with this renderer
     * @param engine which JavaScript engine renders math and code
     */
    public MarkdownRenderer(Map<String, String> macros, RenderCache cache, JsEngineKind engine) {
        this.cache = cache;
        this.js = new JsEngine(engine);
        this.math = new MathRenderer(js, cache, macros);
        this.highlighter = new CodeHighlighter(js, cache);
    }

    /**
     * The parser, and the renderer's extensions: the parser's but footnotes, which
     * {@link FootnoteHtmlRenderer} writes.
     */
    private record Syntax(Parser parser, List<Extension> rendering) {
        static Syntax make() {
            List<Extension> extensions = List.of(
                    MathExtension.create(),
                    CalloutExtension.create(),
                    TablesExtension.create(),
                    FootnotesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create(),
                    ReferencesExtension.create()); // after autolinks: an e-mail address is never a citation
            Parser parser = Parser.builder()
                    .postProcessor(new NestingLimit()) // first: before any post-processor walks the tree
                    .extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
            return new Syntax(parser, extensions.stream().filter(e -> !(e instanceof FootnotesExtension)).toList());
        }
    }

    private Syntax syntax() {
        Syntax s = syntax;
        if (s == null) {
            synchronized (this) {
                s = syntax;
                if (s == null) {
                    s = Syntax.make();
                    syntax = s;
                }
            }
        }
        return s;
    }

    /**
     * Starts KaTeX and highlight.js in the background when the cache holds nothing yet, so that
     * the engine loads while the memos are read rather than when the first formula is met: a
     * build from an empty cache renders every formula and code block (the example site: V8 was
     * ready 0.2 s earlier). A site without any costs a few hundred milliseconds of one core, once.
     */
    public void startScriptsIfCacheEmpty() {
        if (cache.isEmpty()) {
            math.startInBackground();
            highlighter.startInBackground();
        }
    }

    /**
     * Applies {@code work} to every item in parallel, results in order, on the threads where
     * formulas and code blocks render without handing each one to another thread
     * ({@link JsEngine#inParallel}): how a build renders its bodies.
     */
    public <I, T> List<T> inParallel(List<I> items, java.util.function.Function<I, T> work) {
        return js.inParallel(items, work);
    }

    public Node parse(String markdown) {
        return syntax().parser().parse(markdown);
    }

    /** Renders a body on its own, as in tests: problems are collected but go nowhere. */
    public MemoBody render(String markdown) {
        return render(markdown, BodyContext.standalone(markdown));
    }

    /**
     * Renders one memo's body and reads what later stages need from its syntax tree; problems
     * found in it are reported to {@code context} at their file positions.
     */
    public MemoBody render(String markdown, BodyContext context) {
        Node document;
        try {
            document = parse(markdown);
        } catch (NestingLimit.TooDeep e) {
            int[] at = e.position();
            context.error(at[0], at[1], "Markdown nested more than " + NestingLimit.MAX_DEPTH
                            + " levels deep (block quotes, lists, emphasis or links inside one another)",
                    "Quire renders at most " + NestingLimit.MAX_DEPTH + " levels; flatten the nesting here");
            return new MemoBody("", "", 0, List.of(), List.of(), List.of(), "", false, false, false, false, List.of());
        }
        CalloutTypes.reportUnknown(document, context);
        MathPass.run(document, math, context);
        BodyReferences.Resolved references = BodyReferences.resolve(document, context);
        // Renderers are built per body: their node renderers share this body's notes and facts.
        Footnotes footnotes = Footnotes.of(document);
        Fragments fragments = new Fragments();
        fragments.use(renderer(footnotes, fragments, RenderTarget.FRAGMENT, null).build());
        SectionFacts sections = new SectionFacts(fragments);
        String html = render(renderer(footnotes, fragments, RenderTarget.PAGE, null).attributeProviderFactory(c -> sections),
                document, PAGE_PER_CHAR * markdown.length(), references.referencesHtml()); // the reference list ends the memo
        String pageUrl = context.resources().baseUrl() == null || context.self() == null ? null
                : context.resources().baseUrl() + context.self().path();
        String feedHtml = pageUrl == null ? ""
                : render(renderer(footnotes, fragments, RenderTarget.FEED, pageUrl), document,
                        FEED_PER_CHAR * markdown.length(), references.referencesHtml());
        BodyFlags flags = BodyFlags.of(document);
        return new MemoBody(html, feedHtml, WordCounter.count(document), references.memoLinks(), sections.contents(),
                sections.openQuestions(), BodyText.of(document, footnotes, references.referencesHtml()),
                flags.math, flags.code, flags.citations, flags.figures,
                LinkPlaces.of(document, markdown, context.bodyFirstLine()), BodyText.lead(document));
    }

    /**
     * How many characters of HTML a body's page and feed renderings hold per character of its
     * Markdown, a little over most bodies' (a 1,000-memo site with math and code: the page 3.1 in
     * the median, 3.4 at the 75th percentile; the feed, without the margin copies and KaTeX's
     * HTML, 1.7 and 1.8): most renderings then fit in the buffer they start in.
     */
    private static final double PAGE_PER_CHAR = 3.5;
    private static final double FEED_PER_CHAR = 1.9;

    /**
     * One rendering of the body with the reference list after it, written into one buffer sized
     * for it: concatenating the renderer's string with the list, and growing a buffer from
     * commonmark's default size, copied each body's HTML several times over.
     */
    private static String render(HtmlRenderer.Builder renderer, Node document, double expectedLength, String referencesHtml) {
        // capped: a body of many megabytes grows its buffer from there rather than claim it all at once
        StringBuilder out = new StringBuilder((int) Math.min(1 << 24, expectedLength) + referencesHtml.length());
        renderer.build().render(document, out);
        return out.append(referencesHtml).toString();
    }

    /** Where a rendering goes: the memo page, a part of it written for another place, or a feed entry. */
    private enum RenderTarget { PAGE, FRAGMENT, FEED }

    /**
     * A renderer builder for one body. Overriding renderers are added before the extensions, as
     * the first factory for a node type wins.
     */
    private HtmlRenderer.Builder renderer(Footnotes footnotes, Fragments fragments, RenderTarget target, String pageUrl) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        if (target == RenderTarget.FRAGMENT) {
            builder.nodeRendererFactory(c -> new FragmentNodes(c, fragments, footnotes, new CodeBlockRenderer(c, highlighter)));
        } else {
            builder.nodeRendererFactory(c -> new FootnoteHtmlRenderer(c, footnotes, target == RenderTarget.PAGE ? fragments : null));
        }
        FeedUrls urls = target == RenderTarget.FEED ? new FeedUrls(pageUrl) : null;
        if (urls != null) {
            builder.nodeRendererFactory(c -> new MathHtmlRenderer(c, true))
                    .nodeRendererFactory(c -> new ReferenceHtmlRenderer(c, pageUrl))
                    .nodeRendererFactory(urls::rawHtml);
        }
        builder.nodeRendererFactory(TableWrapRenderer::new)
                .attributeProviderFactory(c -> new HeadingIds())
                .extensions(syntax().rendering())
                .nodeRendererFactory(c -> new CodeBlockRenderer(c, highlighter))
                .attributeProviderFactory(c -> new TableAlignment())
                .attributeProviderFactory(c -> new OpenQuestionMarkup());
        if (urls != null) {
            builder.attributeProviderFactory(c -> urls);
        }
        return builder;
    }

    /** The JavaScript engine that rendered math and code ("V8", "GraalJS"), or "none" when all came from the cache. */
    public String engineName() {
        return js.engineName();
    }

    /** Why V8 was not used though it was wanted, once; see {@link JsEngine#takeWarning}. */
    public java.util.Optional<String> takeEngineWarning() {
        return js.takeWarning();
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
}
