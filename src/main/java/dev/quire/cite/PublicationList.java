package dev.quire.cite;

import java.util.List;

/**
 * The author's own works for the publications page, newest year first.
 *
 * @param slug the page's address ("publications")
 */
public record PublicationList(String slug, String title, String intro, List<Year> years) {

    /** One year's works, in the order of {@code references.bib}. */
    public record Year(String year, List<Publication> works) {
    }

    /**
     * One work: its entry in the site's citation style, its links, and its BibTeX as written.
     *
     * @param id the anchor of its entry on the page
     * @param entryHtml the style's bibliography entry, as HTML
     */
    public record Publication(String key, String id, String entryHtml, List<Link> links, String bibtex) {
    }

    /**
     * A link of a work: DOI, arXiv, PDF, code...
     *
     * @param url an absolute address, or for a file of the site its path from the root without
     *     the leading slash ({@code local})
     */
    public record Link(String label, String url, boolean local) {
    }

    public String path() {
        return slug + "/";
    }

    public int count() {
        return years.stream().mapToInt(y -> y.works().size()).sum();
    }
}
