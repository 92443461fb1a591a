package dev.quire.render;

import dev.quire.content.Memo;

/**
 * What the page shell needs to know about one page.
 *
 * @param path the site path, "" for home, "memos/x/" for a memo
 * @param kind a word for the body class: home, memo, list, log, error
 * @param memo the memo a memo page shows, else null: its head carries article metadata
 */
public record PageMeta(String path, String title, String description, String kind, Memo memo) {

    public PageMeta(String path, String title, String description, String kind) {
        this(path, title, description, kind, null);
    }
}
