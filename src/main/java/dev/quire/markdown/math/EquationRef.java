package dev.quire.markdown.math;

import org.commonmark.node.CustomNode;

/** {@code @eq:name}: a reference to a numbered equation of the same memo, written "Equation 2". */
public final class EquationRef extends CustomNode {
    private final String label;
    private int number;

    EquationRef(String label) {
        this.label = label;
    }

    /** As written after the '@', e.g. {@code eq:adam}. */
    public String label() {
        return label;
    }

    /** The equation's number once resolved; 0 when there is no such equation. */
    public int number() {
        return number;
    }

    void number(int n) {
        this.number = n;
    }
}
