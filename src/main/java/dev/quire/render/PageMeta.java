package dev.quire.render;

/**
 * What the page shell needs to know about one page.
 *
 * @param path the site path, "" for home, "memos/x/" for a memo
 * @param kind a word for the body class: home, memo, list, log, error
 */
public record PageMeta(String path, String title, String description, String kind) {
}
