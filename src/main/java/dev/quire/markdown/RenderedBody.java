package dev.quire.markdown;

import java.util.List;

/**
 * A memo body as HTML, with the word count its read time comes from.
 *
 * @param memoLinks the slugs of the memos it links to, in order of first link, for backlinks
 */
public record RenderedBody(String html, int words, List<String> memoLinks) {

    /** Minutes at 230 words a minute, at least one. */
    public int readMinutes() {
        return Math.max(1, (int) Math.round(words / 230.0));
    }
}
