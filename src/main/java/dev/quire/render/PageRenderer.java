package dev.quire.render;

import dev.quire.cite.PublicationList;
import dev.quire.content.Memo;
import dev.quire.content.Page;
import dev.quire.content.Series;
import dev.quire.content.Term;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
    private final RenderContext ctx;

    public PageRenderer(RenderContext ctx) {
        this(ctx, null);
    }

    /** @param engine the site's own templates compiled with the built-in ones, or null for the built-in theme */
    public PageRenderer(RenderContext ctx, TemplateEngine engine) {
        this.ctx = ctx;
        this.engine = engine == null ? BUILT_IN : engine;
    }

    /** What the pages are rendered with, for the next build to take over from. */
    public RenderContext context() {
        return ctx;
    }

    public byte[] home() {
        return render("home.jte", Map.of("ctx", ctx));
    }

    public byte[] memo(Memo memo) {
        return render("memo.jte", Map.of("ctx", ctx, "memo", memo));
    }

    /** A page listing memos as archive rows: the archive, a category, a tag. */
    public byte[] list(PageMeta meta, String kicker, String heading, String intro, List<Memo> memos) {
        return render("list.jte", Map.of("ctx", ctx, "meta", meta, "kicker", kicker, "heading", heading,
                "intro", intro, "memos", memos));
    }

    /** The archive: every memo, grouped by year. */
    public byte[] archive(PageMeta meta) {
        return render("archive.jte", Map.of("ctx", ctx, "meta", meta));
    }

    public byte[] terms(PageMeta meta, String heading, List<Term> terms) {
        return render("terms.jte", Map.of("ctx", ctx, "meta", meta, "heading", heading, "terms", terms));
    }

    public byte[] topicLog() {
        return render("topiclog.jte", Map.of("ctx", ctx));
    }

    public byte[] openQuestions() {
        return render("openquestions.jte", Map.of("ctx", ctx));
    }

    public byte[] search() {
        return render("search.jte", Map.of("ctx", ctx));
    }

    /** A page of {@code pages/}. */
    public byte[] page(Page page) {
        return render("page.jte", Map.of("ctx", ctx, "page", page));
    }

    /** The publications page; {@code page}, the page of pages/ at its address, gives its text, or is null. */
    public byte[] publications(PublicationList list, Page page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ctx", ctx);
        params.put("list", list);
        params.put("page", page);
        return render("publications.jte", params);
    }

    /** A series: its parts in order. */
    public byte[] series(Series series) {
        return render("series.jte", Map.of("ctx", ctx, "series", series));
    }

    /** A redirect from an old address to the site path {@code target}, titled as its page. */
    public byte[] redirect(String target, String title) {
        return render("redirect.jte", Map.of("ctx", ctx, "target", target, "title", title));
    }

    public byte[] notFound() {
        return render("notfound.jte", Map.of("ctx", ctx));
    }

    private byte[] render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return PageAssets.link(out.toString(), ctx).getBytes(StandardCharsets.UTF_8);
    }
}
