package dev.quire.markdown;

import org.commonmark.node.CustomBlock;

/** A {@code $$ … $$} block on lines of its own. */
public final class DisplayMath extends CustomBlock {
    private final StringBuilder tex = new StringBuilder();

    void append(CharSequence line) {
        if (!tex.isEmpty()) {
            tex.append('\n');
        }
        tex.append(line);
    }

    public String tex() {
        return tex.toString().strip();
    }
}
