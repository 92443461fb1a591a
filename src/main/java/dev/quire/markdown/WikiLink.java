package dev.quire.markdown;

import org.commonmark.node.CustomNode;

/** {@code [[slug]]} or {@code [[slug|text]]}: a link to another memo, resolved once every memo is known. */
final class WikiLink extends CustomNode {
    final String slug;
    final String text;
    String href;
    String title;

    WikiLink(String slug, String text) {
        this.slug = slug;
        this.text = text;
    }
}
