package dev.quire.markdown.reference;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;

/**
 * An image alone in its paragraph, shown as a figure with its alt text (or title) as caption.
 * A label ({@code ![caption](loss.svg){#fig:loss}}) numbers it, in order of appearance.
 */
public final class Figure extends CustomBlock {
    final String label;
    int number;
    int width;
    int height;

    Figure(Image image, String label) {
        this.label = label;
        appendChild(image);
    }

    public Image image() {
        return (Image) getFirstChild();
    }

    /** Its number once the body's figures are numbered; 0 without a label. */
    public int number() {
        return number;
    }
}
