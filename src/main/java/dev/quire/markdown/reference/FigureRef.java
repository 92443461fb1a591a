package dev.quire.markdown.reference;

import org.commonmark.node.CustomNode;

/** {@code @fig:name}: "Figure 2", linking to the figure labelled {@code {#fig:name}}. */
public final class FigureRef extends CustomNode {
    final String label;
    int number;

    FigureRef(String label) {
        this.label = label;
    }

    /** "Figure 2", or the reference as written when no figure has its label. */
    public String shown() {
        return number == 0 ? "@" + label : "Figure " + number;
    }
}
