package dev.quire.render;

import dev.quire.cite.MemoCitation;
import dev.quire.config.SiteConfig;
import dev.quire.content.Memo;

/** The citation of a memo page, as the "Cite this memo" block and the scholarly meta tags give it. */
public final class MemoCitations {
    private MemoCitations() {
    }

    /** The site's author cites the memo at its absolute address, under the key unique within the site. */
    public static MemoCitation of(RenderContext ctx, Memo memo) {
        String author = author(ctx.config());
        String key = ctx.citationKeys().getOrDefault(memo.slug(), MemoCitation.baseKey(author, memo.title(), memo.date()));
        return new MemoCitation(key, author, memo.title(), memo.date(), ctx.absolute(memo.path()), ctx.config().title());
    }

    /** The site's author, or lacking one its title. */
    static String author(SiteConfig config) {
        return config.author().isEmpty() ? config.title() : config.author();
    }
}
