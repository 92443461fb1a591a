package dev.quire.markdown.reference;

import org.commonmark.node.CustomNode;

/** {@code [[slug]]} or {@code [[slug|text]]}: a link to another memo, resolved once every memo is known. */
public final class WikiLink extends CustomNode {
    final String slug;
    final String text;
    String href;
    String title;

    WikiLink(String slug, String text) {
        this.slug = slug;
        this.text = text;
    }

    /** What the reader sees: the text as written, else the memo's title, else the slug. */
    public String shown() {
        return text != null ? text : title != null ? title : slug;
    }
}
