package dev.quire.frontmatter;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A memo's front matter, typed (PRODUCT.md §2). Optional texts are empty strings when absent;
 * {@code slug} is null when the file name gives it.
 *
 * @param toc whether the memo may show a table of contents ({@code toc: false} turns it off)
 * @param series the name of the series the memo is a part of ({@code series:}), or ""
 * @param revisions its last revision date and old addresses ({@code updated:}, {@code aliases:})
 */
public record FrontMatter(
        String title,
        OffsetDateTime date,
        String category,
        List<String> tags,
        String description,
        String abstractText,
        String question,
        boolean draft,
        String slug,
        int slugLine,
        int slugColumn,
        EditorialKeys editorial,
        boolean toc,
        String series,
        Revisions revisions) {
}
