package dev.quire.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The three long texts of a memo body: the page's HTML, the feeds' HTML and the search text.
 * Either held, as the Markdown stage renders them, or read from where they are kept each time
 * they are asked for: a warm build writes each memo's page once and puts its text in the search
 * index once, so holding every body's texts from the memos stage to the pages stage only cost
 * memory (1.1 GB of a 10,000-memo build's heap, most of its collections' work).
 *
 * <p>Usage: {@code BodyTexts.of(html, feedHtml, searchText)} or
 * {@code BodyTexts.reading(() -> cache.html(key), ...)}; then {@code texts.html()}.
 */
public final class BodyTexts {
    private final Supplier<String> html;
    private final Supplier<byte[]> htmlUtf8;
    private final Supplier<String> feedHtml;
    private final Supplier<String> searchText;
    /**
     * The search text once read: the search index holds it from then on anyway (it compares each
     * document with the last build's), and {@code serve} builds its index again after every save.
     */
    private volatile String searchTextRead;

    private BodyTexts(Supplier<String> html, Supplier<byte[]> htmlUtf8, Supplier<String> feedHtml, Supplier<String> searchText) {
        this.html = html;
        this.htmlUtf8 = htmlUtf8;
        this.feedHtml = feedHtml;
        this.searchText = searchText;
    }

    /** Texts held in memory. */
    public static BodyTexts of(String html, String feedHtml, String searchText) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(feedHtml, "feedHtml");
        Objects.requireNonNull(searchText, "searchText");
        return new BodyTexts(() -> html, () -> html.getBytes(StandardCharsets.UTF_8), () -> feedHtml, () -> searchText);
    }

    /**
     * Texts read by the given suppliers every time they are asked for; nothing is held. The page
     * HTML is read as UTF-8 bytes, as it is kept and as the page is written.
     */
    public static BodyTexts reading(Supplier<byte[]> htmlUtf8, Supplier<String> feedHtml, Supplier<String> searchText) {
        return new BodyTexts(() -> new String(htmlUtf8.get(), StandardCharsets.UTF_8), htmlUtf8, feedHtml, searchText);
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

    /** Equal when the texts are: held or read, the same body is the same. */
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
