package dev.quire.content;

import dev.quire.frontmatter.EditorialKeys;
import dev.quire.frontmatter.Revisions;
import dev.quire.markdown.MemoBody;
import dev.quire.similar.MemoText;
import dev.quire.source.MemoSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One memo, parsed and rendered: what every page that shows it needs.
 *
 * @param body the body as the Markdown stage rendered it, with what it read from it
 * @param openQuestions the items of its "Open questions" section, item 1 first
 * @param editorial what its front matter says it answers and is distinct from
 * @param contentsHtml the table of contents shown above the body, or ""
 * @param linksTo the slugs of the memos its body links to, for their backlinks
 * @param series the name of the series it is a part of, or ""
 * @param revisions when it was last revised (from {@code updated:}, or the last commit when the
 *     settings ask) and its old addresses
 */
public record Memo(
        MemoSource source,
        String slug,
        String title,
        OffsetDateTime date,
        Label category,
        List<Label> tags,
        String description,
        String abstractText,
        String question,
        boolean draft,
        MemoBody body,
        int readMinutes,
        List<OpenQuestion> openQuestions,
        EditorialKeys editorial,
        String contentsHtml,
        List<String> linksTo,
        String series,
        Revisions revisions) {

    /** A memo in no series, never revised, with no old addresses. */
    public Memo(MemoSource source, String slug, String title, OffsetDateTime date, Label category, List<Label> tags,
                String description, String abstractText, String question, boolean draft, MemoBody body, int readMinutes,
                List<OpenQuestion> openQuestions, EditorialKeys editorial, String contentsHtml, List<String> linksTo) {
        this(source, slug, title, date, category, tags, description, abstractText, question, draft, body, readMinutes,
                openQuestions, editorial, contentsHtml, linksTo, "", Revisions.NONE);
    }

    /** The date of its last revision, or null when it was not revised after the day it was published. */
    public OffsetDateTime updated() {
        return revisions.updated();
    }

    /** The date feeds and the sitemap give as its last change: the last revision, else the publication. */
    public OffsetDateTime modified() {
        return revisions.updated() == null ? date : revisions.updated();
    }

    public boolean inSeries() {
        return !series.isEmpty();
    }

    /** The body as an HTML fragment. */
    public String bodyHtml() {
        return body.html();
    }

    /** Words a reader reads, for the read time. */
    public int words() {
        return body.words();
    }

    /** The body as the plain text search matches and quotes. */
    public String searchText() {
        return body.searchText();
    }

    /** The body as feeds carry it; "" when the site has no public address. */
    public String feedHtml() {
        return body.feedHtml();
    }

    /**
     * The site path of the memo's page, e.g. {@code memos/adam-warmup/}. Lower-cased, so that the
     * URL is the same on case-insensitive file systems and hosts.
     */
    public String path() {
        return pathOf(slug);
    }

    public static String pathOf(String slug) {
        return "memos/" + slug.toLowerCase(Locale.ROOT) + "/";
    }

    public String categoryPath() {
        return category.path("categories");
    }

    /** The longer text for Latest and feeds: the abstract, else the description. */
    public String summary() {
        return abstractText.isEmpty() ? description : abstractText;
    }

    /** What the repetition check compares: the question, or lacking one the title and description. */
    public String questionText() {
        return question.isEmpty() ? title + ". " + description : question;
    }

    /** What the similarity of memos reads of this one: the repetition check and related memos. */
    public MemoText similarityText() {
        return new MemoText(slug, questionText(), title, description, body.lead(), body.abbreviations());
    }

    /** Whether the body holds rendered math, so the page needs KaTeX's stylesheet. */
    public boolean hasMath() {
        return body.hasMath();
    }

    /** Whether the body holds citations, figures or links between memos, styled by the theme's cite.css. */
    public boolean hasReferences() {
        return body.hasFigures() || body.hasCitations() || !linksTo.isEmpty();
    }

    public boolean hasCategory() {
        return !category.isEmpty();
    }
}
