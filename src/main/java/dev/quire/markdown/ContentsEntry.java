package dev.quire.markdown;

/**
 * One section heading of a memo, as its contents list shows it.
 *
 * @param level 2 or 3
 * @param id the heading's anchor, as on the page
 * @param html the heading's content fit to sit inside a link: no links, no note references
 */
public record ContentsEntry(int level, String id, String html) {
}
