package dev.quire.output;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an output file is made from, named as keys so that {@code serve} can tell which files a
 * change touches. Every file also depends on the settings, the theme and the bibliography: a
 * change to any of those rebuilds everything, so they are not named here. An entry that declares
 * no inputs at all depends on everything and is rendered again after every change.
 */
public final class Inputs {
    /** The set and order of the published memos, and every memo's summary: the full lists. */
    public static final String MEMO_LIST = "memos";

    /** Any memo in any way, body included: for what is computed across all bodies (the search index). */
    public static final String ANY_MEMO = "memos:any";

    /** Only the settings, theme and bibliography (the 404 page, the favicon, theme files). */
    public static final Set<String> SITE_ONLY = Set.of();

    private Inputs() {
    }

    /** A memo in full: its body and everything in its front matter. */
    public static String memo(String slug) {
        return "memo:" + slug.toLowerCase(Locale.ROOT);
    }

    /** What a list shows of a memo: everything but its body (title, date, category, tags, read time...). */
    public static String summary(String slug) {
        return "summary:" + slug.toLowerCase(Locale.ROOT);
    }

    /** A page of {@code pages/} (or the publications page) in full, by its address. */
    public static String page(String slug) {
        return "page:" + slug.toLowerCase(Locale.ROOT);
    }

    /**
     * A memo page's related memos, in order. No change names this key: it makes a page's inputs
     * differ from the last build's when its list changed, which renders it again.
     */
    public static String relatedList(List<String> slugs) {
        return "related:" + String.join(",", slugs);
    }

    /** A source file copied as is, by its path in the site folder ({@code static/cv.pdf}). */
    public static String file(String relativePath) {
        return "file:" + relativePath;
    }
}
