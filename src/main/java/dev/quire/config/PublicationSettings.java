package dev.quire.config;

import java.util.List;

/**
 * The {@code publications:} setting: a page listing the author's own works from
 * {@code references.bib}. A work is the author's when its {@code keywords} field holds one of
 * {@code keywords} (any case), or one of its authors is one of {@code authors}.
 *
 * @param slug the page's address ("publications" for {@code /publications/})
 * @param authors names as BibTeX writes them ("Ashworth, Tamsin", "T. Ashworth", "Ashworth"): the
 *     family name must match, and given names when written
 */
public record PublicationSettings(String slug, String title, String intro, List<String> keywords, List<String> authors) {
    public static final List<String> DEFAULT_KEYWORDS = List.of("mine", "selected");

    public PublicationSettings {
        keywords = List.copyOf(keywords);
        authors = List.copyOf(authors);
    }
}
