package dev.quire.render;

import dev.quire.content.Memo;
import dev.quire.content.Page;

/**
 * What the page shell needs to know about one page.
 *
 * @param path the site path, "" for home, "memos/x/" for a memo
 * @param kind a word for the body class: home, memo, list, log, error
 * @param memo the memo a memo page shows, else null: its head carries article metadata
 * @param page the page of {@code pages/} a page shows, else null
 */
public record PageMeta(String path, String title, String description, String kind, Memo memo, Page page) {

    public PageMeta(String path, String title, String description, String kind) {
        this(path, title, description, kind, null, null);
    }

    public PageMeta(String path, String title, String description, String kind, Memo memo) {
        this(path, title, description, kind, memo, null);
    }

    /** Whether the page shows citations, figures or backlinks, which the theme's cite.css styles. */
    public boolean hasReferences(RenderContext ctx) {
        return memo != null && (memo.hasReferences() || !ctx.site().referencedBy(memo).isEmpty())
                || page != null && page.hasReferences();
    }
}
