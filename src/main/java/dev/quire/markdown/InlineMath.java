package dev.quire.markdown;

import org.commonmark.node.CustomNode;

/** {@code $…$} in running text (or {@code $$…$$} inside a paragraph, with {@code display} set). */
public final class InlineMath extends CustomNode {
    private final String tex;
    private final boolean display;

    public InlineMath(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }
}
