package dev.quire.render;

import dev.quire.cite.PublicationList;
import dev.quire.content.Memo;
import dev.quire.content.Page;
import dev.quire.content.Series;
import dev.quire.content.Term;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the default theme's jte templates, precompiled at build time (type-checked,
 * auto-escaped, no compiler at run time), or with the engine of a site that replaces some of them
 * ({@link dev.quire.theme.ThemeTemplates}). One instance is shared by the worker threads.
 */
public final class PageRenderer {
    private static final TemplateEngine BUILT_IN =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.quire.render.templates");
    private final TemplateEngine engine;
    /** Whether the templates are Quire's own, whose pages say what they show; a site's own may show anything. */
    private final boolean builtIn;
    private final RenderContext ctx;
    /** What the settings' {@code theme.head}, written into every page's head, holds. */
    private final PageAssets head;

    public PageRenderer(RenderContext ctx) {
        this(ctx, null);
    }

    /** @param engine the site's own templates compiled with the built-in ones, or null for the built-in theme */
    public PageRenderer(RenderContext ctx, TemplateEngine engine) {
        this.ctx = ctx;
        this.engine = engine == null ? BUILT_IN : engine;
        this.builtIn = engine == null;
        this.head = PageAssets.inHead(ctx.config().theme().head());
    }

    /** What the pages are rendered with, for the next build to take over from. */
    public RenderContext context() {
        return ctx;
    }

    public byte[] home() {
        return render("home.jte", PageAssets.NONE, Map.of());
    }

    public byte[] memo(Memo memo) {
        return render("memo.jte", PageAssets.memo(memo, ctx.site().ledger()), Map.of("memo", memo));
    }

    /** A page listing memos as archive rows: the archive, a category, a tag. */
    public byte[] list(PageMeta meta, String kicker, String heading, String intro, List<Memo> memos) {
        return render("list.jte", PageAssets.NONE, Map.of("meta", meta, "kicker", kicker, "heading", heading,
                "intro", intro, "memos", memos));
    }

    /** The archive: every memo, grouped by year. */
    public byte[] archive(PageMeta meta) {
        return render("archive.jte", PageAssets.NONE, Map.of("meta", meta));
    }

    public byte[] terms(PageMeta meta, String heading, List<Term> terms) {
        return render("terms.jte", PageAssets.NONE, Map.of("meta", meta, "heading", heading, "terms", terms));
    }

    public byte[] topicLog() {
        return render("topiclog.jte", PageAssets.NONE, Map.of());
    }

    public byte[] openQuestions() {
        return render("openquestions.jte", PageAssets.ledger(ctx.site().ledger()), Map.of());
    }

    public byte[] search() {
        return render("search.jte", PageAssets.NONE, Map.of());
    }

    /** A page of {@code pages/}. */
    public byte[] page(Page page) {
        return render("page.jte", PageAssets.page(page), Map.of("page", page));
    }

    /** The publications page; {@code page}, the page of pages/ at its address, gives its text, or is null. */
    public byte[] publications(PublicationList list, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("list", list);
        params.put("page", page);
        return render("publications.jte", PageAssets.publications(list, page), params);
    }

    /** A series: its parts in order. */
    public byte[] series(Series series) {
        return render("series.jte", PageAssets.NONE, Map.of("series", series));
    }

    /** A redirect from an old address to the site path {@code target}, titled as its page. */
    public byte[] redirect(String target, String title) {
        return render("redirect.jte", PageAssets.NONE, Map.of("target", target, "title", title));
    }

    public byte[] notFound() {
        return render("notfound.jte", PageAssets.NONE, Map.of());
    }

    /**
     * One page, written straight to UTF-8 bytes. With Quire's templates the layout links what
     * {@code shows} needs; with a site's own, the finished page is searched for it instead.
     *
     * @param shows what the page shows that needs KaTeX's stylesheet or the copy button's script
     * @param params the template's parameters but {@code ctx}
     */
    private byte[] render(String template, PageAssets shows, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        if (!builtIn) {
            all.put("ctx", ctx);
            StringOutput out = new StringOutput();
            engine.render(template, all, out);
            return PageAssets.linkBySearch(out.toString(), ctx).getBytes(StandardCharsets.UTF_8);
        }
        all.put("ctx", ctx.forPage(shows.or(head)));
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, all, out);
        return out.toByteArray();
    }
}
