package dev.quire.markdown;

import org.commonmark.node.CustomNode;

/** {@code @fig:name}: "Figure 2", linking to the figure labelled {@code {#fig:name}}. */
final class FigureRef extends CustomNode {
    final String label;
    int number;

    FigureRef(String label) {
        this.label = label;
    }
}
