package dev.quire.search;

/**
 * One memo as the search sees it: what a result shows (title, date, address) and the text it
 * is matched against and quoted from.
 *
 * @param href the link to the memo page, as pages write it ("/memos/x/")
 * @param date "2026-07-01", for the result's {@code datetime}
 * @param dateText "July 1, 2026", as the result shows it
 */
public record SearchDocument(String href, String title, String date, String dateText, String keywords,
                             String description, String text) {
}
