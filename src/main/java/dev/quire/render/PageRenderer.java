package dev.quire.render;

import dev.quire.content.Memo;
import dev.quire.content.Term;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the default theme's jte templates, precompiled at build time (type-checked,
 * auto-escaped, no compiler at run time). One instance is shared by the worker threads.
 */
public final class PageRenderer {
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.quire.render.templates");
    private final RenderContext ctx;

    public PageRenderer(RenderContext ctx) {
        this.ctx = ctx;
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

    public byte[] notFound() {
        return render("notfound.jte", Map.of("ctx", ctx));
    }

    private byte[] render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return PageAssets.link(out.toString(), ctx).getBytes(StandardCharsets.UTF_8);
    }
}
