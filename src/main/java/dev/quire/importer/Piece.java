package dev.quire.importer;

/** A stretch of a post's body, as {@link BodyScanner} cuts it: text to convert, math, or code to keep. */
public sealed interface Piece {
    /** Where the piece starts in the body. */
    int offset();

    /** Markdown text around math and code, converted by the dialect's rewrites. */
    record Text(int offset, String text) implements Piece {
    }

    /**
     * A formula.
     *
     * @param texOffset where the TeX itself starts in the body (after the delimiter)
     * @param block display math on lines of its own; false for math in running text
     * @param indent the indentation of a block's opening line (a list item's), kept on every line
     * @param escaped written with Markdown escapes ({@code \\(…\\)}): {@code \\} is one backslash, {@code \_} an underscore
     */
    record Math(int offset, int texOffset, String tex, boolean display, boolean block, String indent, boolean escaped)
            implements Piece {
    }

    /** Code to keep verbatim: a fenced block or a code span. */
    record Code(int offset, String text) implements Piece {
    }

    /** A Liquid or Hugo highlight block, written out as a fenced block. */
    record Highlight(int offset, String language, String code, String indent) implements Piece {
    }
}
