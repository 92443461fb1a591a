package dev.quire.search;

import java.util.List;
import java.util.Objects;

/**
 * One memo as the search sees it: what a result shows (title, date, address) and the text it
 * is matched against and quoted from. The text and its terms are read when first asked for: a
 * build whose index is kept whole ({@link SearchIndex#kept}) reads neither.
 *
 * @param href the link to the memo page, as pages write it ("/memos/x/")
 * @param date "2026-07-01", for the result's {@code datetime}
 * @param dateText "July 1, 2026", as the result shows it
 * @param body the text and its terms, counted when the memo was rendered
 */
public record SearchDocument(String href, String title, String date, String dateText, String keywords,
                             String description, Text body) {

    /** A document's text and its terms as {@link SearchAnalyzer#counts} gives them, sorted by term. */
    public interface Text {
        String text();

        List<TermCount> terms();

        /** Text held now, its terms counted now. */
        static Text of(String text) {
            return new Held(text, SearchAnalyzer.counts(text));
        }
    }

    /** A text and its terms held in memory. */
    private record Held(String text, List<TermCount> terms) implements Text {
    }

    /** A document whose text is analysed now. */
    public SearchDocument(String href, String title, String date, String dateText, String keywords, String description,
                          String text) {
        this(href, title, date, dateText, keywords, description, Text.of(text));
    }

    public String text() {
        return body.text();
    }

    public List<TermCount> textTerms() {
        return body.terms();
    }

    /** Equal when every field and the text are: two reads of the same memo are the same document. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SearchDocument d && href.equals(d.href) && title.equals(d.title) && date.equals(d.date)
                && dateText.equals(d.dateText) && keywords.equals(d.keywords) && description.equals(d.description)
                && (body == d.body || text().equals(d.text()) && textTerms().equals(d.textTerms()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(href, title, date, dateText, keywords, description, text());
    }
}
