package dev.quire.markdown.math;

import org.commonmark.node.CustomNode;

/** {@code $…$} in running text (or {@code $$…$$} inside a paragraph, with {@code display} set). */
public final class InlineMath extends CustomNode {
    private final String tex;
    private final boolean display;
    private final int texStart;
    private String html;

    /** @param texStart how many characters of the node's source precede the TeX (the dollars, spaces) */
    public InlineMath(String tex, boolean display, int texStart) {
        this.tex = tex;
        this.display = display;
        this.texStart = texStart;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }

    int texStart() {
        return texStart;
    }

    /** KaTeX's output with its TeX as the {@code <math>}'s label ({@link MathHtmlRenderer#labelled}), once rendered; null when the TeX could not be rendered. */
    public String html() {
        return html;
    }

    void html(String rendered) {
        this.html = rendered;
    }
}
