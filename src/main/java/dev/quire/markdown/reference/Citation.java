package dev.quire.markdown.reference;

import dev.quire.cite.CiteItem;
import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A citation: {@code [@a; see @b, p. 3]} (bracketed) or {@code @a} in running text (narrative).
 * Its HTML is filled in once the whole body is known, since numbering and disambiguation depend
 * on every citation of the memo.
 */
public final class Citation extends CustomNode {
    final List<CiteItem> items;
    final boolean narrative;
    final String source;
    String html;
    /** Where each item's key starts, relative to the node's first column. */
    int[] offsets;

    Citation(List<CiteItem> items, boolean narrative, String source) {
        this.items = items;
        this.narrative = narrative;
        this.source = source;
    }

    /** The citation as written, brackets included. */
    public String source() {
        return source;
    }

    /** The formatted citation, null until the bibliography has formatted it. */
    public String html() {
        return html;
    }
}
