package dev.quire.search;

import java.util.List;

/**
 * One memo as the search sees it: what a result shows (title, date, address) and the text it
 * is matched against and quoted from.
 *
 * @param href the link to the memo page, as pages write it ("/memos/x/")
 * @param date "2026-07-01", for the result's {@code datetime}
 * @param dateText "July 1, 2026", as the result shows it
 * @param textTerms the terms of {@code text}, counted when the memo was rendered
 */
public record SearchDocument(String href, String title, String date, String dateText, String keywords,
                             String description, String text, List<TermCount> textTerms) {

    /** A document whose text is analysed when the index is built. */
    public SearchDocument(String href, String title, String date, String dateText, String keywords, String description,
                          String text) {
        this(href, title, date, dateText, keywords, description, text, SearchAnalyzer.counts(text));
    }
}
