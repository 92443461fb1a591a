package dev.quire.markdown;

/** A memo body as HTML, with the word count its read time comes from. */
public record RenderedBody(String html, int words) {

    /** Minutes at 230 words a minute, at least one. */
    public int readMinutes() {
        return Math.max(1, (int) Math.round(words / 230.0));
    }
}
