package dev.quire.render;

import dev.quire.cite.MemoCitation;
import dev.quire.content.Memo;

/** The citation of a memo page, as the "Cite this memo" block and the scholarly meta tags give it. */
public final class MemoCitations {
    private MemoCitations() {
    }

    /** The site's author (or, lacking one, its title) cites the memo at its absolute address. */
    public static MemoCitation of(Ctx ctx, Memo memo) {
        String author = ctx.config().author().isEmpty() ? ctx.config().title() : ctx.config().author();
        return new MemoCitation(author, memo.title(), memo.date(), ctx.absolute(memo.path()), ctx.config().title());
    }
}
