package dev.quire.content;

import dev.quire.diag.Place;
import dev.quire.frontmatter.Revisions;
import dev.quire.markdown.MemoBody;
import dev.quire.source.MemoSource;
import java.time.OffsetDateTime;

/**
 * A page beyond the memos, from {@code pages/}: {@code pages/about.md} is {@code /about/}. Its
 * body is Markdown as a memo's (math, citations, figures, code, links to memos); it has no date,
 * category or themes, and no list shows it; the menu links to it.
 *
 * @param slugPlace where its address was decided (its {@code slug:}, else its file), for collisions
 * @param contentsHtml the contents list shown above the body, or ""
 */
public record Page(MemoSource source, String slug, Place slugPlace, String title, String description, boolean draft,
                   MemoBody body, String contentsHtml, Revisions revisions) {

    /** The site path of the page: {@code about/}. */
    public String path() {
        return slug + "/";
    }

    public String bodyHtml() {
        return body.html();
    }

    /** The date of its last revision ({@code updated:}, or the last commit when the settings ask), or null. */
    public OffsetDateTime updated() {
        return revisions.updated();
    }

    public boolean hasMath() {
        return body.hasMath();
    }

    public boolean hasReferences() {
        return body.hasFigures() || body.hasCitations() || !body.memoLinks().isEmpty();
    }
}
