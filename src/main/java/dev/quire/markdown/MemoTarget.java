package dev.quire.markdown;

/**
 * Another memo a body may link to, as known before any body is rendered.
 *
 * @param path the site path of its page, e.g. {@code memos/adam-warmup/}
 */
public record MemoTarget(String slug, String title, String path, boolean draft) {
}
