package dev.quire.frontmatter;

/**
 * A reference from front matter to another memo, {@code slug} or {@code slug#n} (the memo's
 * n-th open question), with where it was written so that a wrong one is reported in place.
 *
 * @param item the open-question number, or 0 when the reference names a whole memo
 * @param text the reference as written
 * @param sourceLine the text of that line, for the problem display
 */
public record MemoRef(String slug, int item, String text, int line, int column, String sourceLine) {
}
