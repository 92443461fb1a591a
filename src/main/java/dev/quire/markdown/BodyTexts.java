package dev.quire.markdown;

import dev.quire.search.SearchAnalyzer;
import dev.quire.search.TermCount;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The long texts of a memo body: the page's HTML, the feeds' HTML, the search text and its
 * counted terms.
 * Either held, as the Markdown stage renders them, or read from where they are kept each time
 * they are asked for: a warm build writes each memo's page once and puts its text in the search
 * index once, so holding every body's texts from the memos stage to the pages stage only cost
 * memory (1.1 GB of a 10,000-memo build's heap, most of its collections' work). The search
 * terms are kept here for the same reason, and because a warm build whose search index is kept
 * whole never reads them: decoded with the rest of the body, some 200 terms a memo, they were
 * most of a warm build's memos stage.
 *
 * <p>Usage: {@code BodyTexts.of(html, feedHtml, searchText, terms)} or
 * {@code BodyTexts.reading(() -> cache.html(key), ...)}; then {@code texts.html()}.
 */
public final class BodyTexts {
    private final Supplier<String> html;
    private final Supplier<byte[]> htmlUtf8;
    private final Supplier<String> feedHtml;
    private final Supplier<String> searchText;
    private final Supplier<List<TermCount>> searchTerms;
    /**
     * The search text once read: the search index holds it from then on anyway (it compares each
     * document with the last build's), and {@code serve} builds its index again after every save.
     */
    private volatile String searchTextRead;
    /** The search terms once read, for the same reason. */
    private volatile List<TermCount> searchTermsRead;

    private BodyTexts(Supplier<String> html, Supplier<byte[]> htmlUtf8, Supplier<String> feedHtml, Supplier<String> searchText,
                      Supplier<List<TermCount>> searchTerms) {
        this.html = html;
        this.htmlUtf8 = htmlUtf8;
        this.feedHtml = feedHtml;
        this.searchText = searchText;
        this.searchTerms = searchTerms;
    }

    /** Texts held in memory; {@code searchTerms} are those of {@code searchText}, as the search index counts them. */
    public static BodyTexts of(String html, String feedHtml, String searchText, List<TermCount> searchTerms) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(feedHtml, "feedHtml");
        Objects.requireNonNull(searchText, "searchText");
        List<TermCount> terms = List.copyOf(searchTerms);
        return new BodyTexts(() -> html, () -> html.getBytes(StandardCharsets.UTF_8), () -> feedHtml, () -> searchText,
                () -> terms);
    }

    /** Texts held in memory, the search terms counted from {@code searchText} now. */
    public static BodyTexts of(String html, String feedHtml, String searchText) {
        return of(html, feedHtml, searchText, SearchAnalyzer.counts(searchText));
    }

    /**
     * Texts read by the given suppliers every time they are asked for; nothing is held. The page
     * HTML is read as UTF-8 bytes, as it is kept and as the page is written.
     */
    public static BodyTexts reading(Supplier<byte[]> htmlUtf8, Supplier<String> feedHtml, Supplier<String> searchText,
                                    Supplier<List<TermCount>> searchTerms) {
        return new BodyTexts(() -> new String(htmlUtf8.get(), StandardCharsets.UTF_8), htmlUtf8, feedHtml, searchText,
                searchTerms);
    }

    /** The body as the memo page shows it. */
    public String html() {
        return html.get();
    }

    /**
     * {@link #html} in UTF-8, as pages are written: a body read from the cache goes to its page
     * without being decoded and encoded again (the two were a quarter of a warm build's samples
     * at 10,000 memos). Do not modify the array.
     */
    public byte[] htmlUtf8() {
        return htmlUtf8.get();
    }

    /** The body as feeds carry it, or "" when the site has no public address. */
    public String feedHtml() {
        return feedHtml.get();
    }

    /** The text a search matches and quotes. */
    public String searchText() {
        String text = searchTextRead;
        if (text == null) {
            text = searchText.get();
            searchTextRead = text;
        }
        return text;
    }

    /** The terms of {@link #searchText} as the search index counts them, sorted by term. */
    public List<TermCount> searchTerms() {
        List<TermCount> terms = searchTermsRead;
        if (terms == null) {
            terms = searchTerms.get();
            searchTermsRead = terms;
        }
        return terms;
    }

    /** Equal when the texts are: held or read, the same body is the same (its terms follow from its search text). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BodyTexts t && html().equals(t.html()) && feedHtml().equals(t.feedHtml())
                && searchText().equals(t.searchText());
    }

    @Override
    public int hashCode() {
        return Objects.hash(html(), feedHtml(), searchText());
    }
}
