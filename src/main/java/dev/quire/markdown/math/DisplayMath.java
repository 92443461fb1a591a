package dev.quire.markdown.math;

import org.commonmark.node.CustomBlock;

/** A {@code $$ … $$} block on lines of its own, optionally labelled {@code $$ {#eq:name}} to be numbered. */
public final class DisplayMath extends CustomBlock {
    private final StringBuilder raw = new StringBuilder();
    private String label;
    private String html;
    private int number;
    private boolean texOnOpeningLine;

    private int lines;

    void append(CharSequence line) {
        if (lines++ > 0) {
            raw.append('\n');
        }
        raw.append(line);
    }

    public String tex() {
        return raw.toString().strip();
    }

    /** The lines between the dollars as written, from just after the opening {@code $$}. */
    String raw() {
        return raw.toString();
    }

    /** Whether {@link #raw()} starts on the opening {@code $$} line rather than the line after it. */
    boolean texOnOpeningLine() {
        return texOnOpeningLine;
    }

    void texOnOpeningLine(boolean value) {
        this.texOnOpeningLine = value;
    }

    /** The label after the closing {@code $$} as written (e.g. {@code eq:adam}), or null. */
    public String label() {
        return label;
    }

    void label(String written) {
        this.label = written;
    }

    /** As {@link InlineMath#html()}. */
    public String html() {
        return html;
    }

    void html(String rendered) {
        this.html = rendered;
    }

    /** The equation's number in its memo, 0 when it is not numbered. */
    int number() {
        return number;
    }

    void number(int n) {
        this.number = n;
    }

    /** The HTML id of a numbered equation: {@code eq:adam} gives {@code eq-adam}, as Quarto writes it. */
    static String anchor(String label) {
        return label.replace(':', '-');
    }
}
