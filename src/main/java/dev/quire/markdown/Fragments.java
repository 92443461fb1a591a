package dev.quire.markdown;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Parts of one memo's body written a second time for another place, from the syntax tree: a
 * note as the margin copy beside its reference, a heading as its entry in the contents list, an
 * open question as the ledger shows it. Each place changes a few things (see {@link Mode}); the
 * rest is written by the same node renderers as the page, so it reads the same.
 *
 * <p>One per memo render, used by one thread: it holds the mode of the part being written.
 */
final class Fragments {
    /** What a part is written for. */
    enum Mode {
        /** Blocks as spans, references without ids: phrasing content inside the margin note. */
        NOTE,
        /** No links (the entry is one) and no note references. */
        HEADING,
        /** No in-page links (shown elsewhere they would point at another page's anchors) and no note references. */
        ITEM
    }

    private HtmlRenderer renderer;
    private Mode mode = Mode.NOTE;
    private Node root;

    /** Set once the renderer, built with this object's node renderers, exists. */
    void use(HtmlRenderer fragmentRenderer) {
        this.renderer = fragmentRenderer;
    }

    Mode mode() {
        return mode;
    }

    /** The node whose children are being written: it is written without its own tags. */
    boolean isRoot(Node node) {
        return node == root;
    }

    /** A note's content as phrasing content; a note of one paragraph (most notes) is that paragraph's content. */
    String note(FootnoteDefinition def) {
        return write(Mode.NOTE, onlyParagraph(def)).strip();
    }

    /** A heading's content fit to sit inside a link. */
    String heading(Heading heading) {
        return write(Mode.HEADING, heading).strip();
    }

    /** A tight item's content, or a loose item's single paragraph unwrapped. */
    String item(ListItem item) {
        return write(Mode.ITEM, onlyParagraph(item));
    }

    private static Node onlyParagraph(Node parent) {
        Node first = parent.getFirstChild();
        return first instanceof Paragraph && first.getNext() == null ? first : parent;
    }

    /** Writes the children of {@code parent}, in one rendering: its node renderers skip the parent's own tags. */
    private String write(Mode as, Node parent) {
        Mode modeBefore = mode;
        Node rootBefore = root;
        mode = as;
        root = parent;
        try {
            return renderer.render(parent);
        } finally {
            mode = modeBefore;
            root = rootBefore;
        }
    }
}
