package dev.quire.markdown;

/**
 * Another memo a body may link to, as known before any body is rendered.
 *
 * @param path the site path of its page, e.g. {@code memos/adam-warmup/}
 * @param draft a draft that this build does not publish (drafts built with --drafts are not)
 */
public record MemoTarget(String slug, String title, String path, boolean draft) {
}
