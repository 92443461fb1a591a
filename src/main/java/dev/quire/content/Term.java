package dev.quire.content;

import java.util.List;

/**
 * A category or a tag with its memos, newest first.
 *
 * @param path the site path of its page, e.g. {@code tags/adam/}
 */
public record Term(String name, String slug, String path, List<Memo> memos) {
}
